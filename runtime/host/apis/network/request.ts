// wx.request: a real HTTP request from the host. Result fields as documented: data,
// statusCode, header, cookies. Failures: "request:fail timeout" when `timeout` (or app.json
// networkTimeout.request, default 60 s) passes, "request:fail abort" after RequestTask.abort().
// Events: 'onHeadersReceived' ({ header, statusCode }) for RequestTask.onHeadersReceived.

import { type ApiArgs, type ApiContext, ok } from '../types.ts'
import { checkRequest } from './checks.ts'
import { METHODS, decodeResponse, encodeRequest } from './encode.ts'
import { httpCall } from './http.ts'
import { type TaskTable, failure, timeoutOf } from './tasks.ts'

export { METHODS }

export function requestApi(tasks: TaskTable) {
  return async (args: ApiArgs, ctx: ApiContext) => {
    const error = checkRequest(args)
    if (error) return error
    const method = ((args.method as string | undefined) ?? 'GET').toUpperCase()
    const header = (args.header as Record<string, unknown> | undefined) ?? {}
    const encoded = encodeRequest(ctx.appId, method, args.url as string, header, args.data)
    const { objectId, signal } = tasks.start(args, ctx)
    try {
      const res = await httpCall({
        method,
        ...encoded,
        timeoutMs: timeoutOf(args, ctx.networkTimeout.request),
        clock: ctx.clock,
        signal,
        onHeaders: (statusCode, header) =>
          ctx.emit(objectId, 'onHeadersReceived', { header, statusCode }),
      })
      const dataType = (args.dataType as string | undefined) ?? 'json'
      const responseType = (args.responseType as string | undefined) ?? 'text'
      return ok('request', {
        data: decodeResponse(res.body, dataType, responseType),
        statusCode: res.statusCode,
        header: res.header,
        cookies: res.cookies,
      })
    } catch (e) {
      return failure('request', e)
    } finally {
      tasks.finish(objectId)
    }
  }
}
