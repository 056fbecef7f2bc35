// wx.request in the browser home, through fetch. The result has the documented fields (data,
// statusCode, header, cookies). What fetch cannot give: upload progress, the server's header
// casing and Set-Cookie (the browser hides it), and any cross-origin response the server does
// not allow by CORS (the request fails with the browser's reason).

import { checkRequest } from '../apis/network/checks.ts'
import { type ApiArgs, type ApiContext, fail, ok } from '../apis/types.ts'
import { cleanHeaders, findHeader, queryString } from '../apis/network/encode.ts'

/** `running`: the abort controller of each request in flight, by objectId (for abort). */
export function fetchRequestApi(running: Map<number, AbortController>) {
  return async (args: ApiArgs, ctx: ApiContext) => {
    const error = checkRequest(args)
    if (error) return error
    const method = ((args.method as string | undefined) ?? 'GET').toUpperCase()
    const objectId = typeof args.objectId === 'number' ? args.objectId : ctx.nextObjectId()
    const controller = new AbortController()
    running.set(objectId, controller)
    const timeoutMs = typeof args.timeout === 'number' ? args.timeout : ctx.networkTimeout.request
    let reason = 'abort'
    const timer = ctx.clock.setTimeout(() => {
      reason = 'timeout'
      controller.abort()
    }, timeoutMs)
    try {
      const res = await fetch(...encode(method, args, controller.signal))
      const header = Object.fromEntries(res.headers.entries())
      ctx.emit(objectId, 'onHeadersReceived', { header, statusCode: res.status })
      const data = await decode(res, args)
      return ok('request', { data, statusCode: res.status, header, cookies: [] })
    } catch (e) {
      if (controller.signal.aborted) return fail('request', reason)
      return fail('request', e instanceof Error ? e.message : String(e))
    } finally {
      ctx.clock.clearTimeout(timer)
      running.delete(objectId)
    }
  }
}

function encode(method: string, args: ApiArgs, signal: AbortSignal): [string, RequestInit] {
  const headers = cleanHeaders((args.header as Record<string, unknown> | undefined) ?? {})
  const type = findHeader(headers, 'content-type') ?? (headers['content-type'] = 'application/json')
  let url = args.url as string
  const data = args.data
  let body: BodyInit | undefined
  if (data !== undefined && data !== null) {
    if (method === 'GET') {
      const query = typeof data === 'string' ? data : queryString(data)
      if (query) url += (url.includes('?') ? '&' : '?') + query
    } else if (data instanceof ArrayBuffer || typeof data === 'string') body = data
    else if (/x-www-form-urlencoded/i.test(type)) body = queryString(data)
    else body = /json/i.test(type) ? JSON.stringify(data) : String(data)
  }
  return [url, { method, headers, body, signal }]
}

async function decode(res: Response, args: ApiArgs): Promise<unknown> {
  if (args.responseType === 'arraybuffer') return res.arrayBuffer()
  const text = (await res.text()).replace(/^\uFEFF/, '')
  if (((args.dataType as string | undefined) ?? 'json') !== 'json') return text
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
