// One HTTP exchange for request, downloadFile and uploadFile: Node's http/https (not fetch, so
// upload progress, raw header casing and every Set-Cookie are available), a total timeout on
// the injected clock, abort through an AbortSignal, and redirects followed as a browser does.

import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Clock } from '../clock.ts'

export interface HttpCall {
  method: string
  url: string
  headers: Record<string, string>
  body?: Buffer
  timeoutMs: number
  clock: Clock
  signal: AbortSignal
  onHeaders?: (statusCode: number, header: Record<string, string>) => void
  onDownloadProgress?: (received: number, total: number) => void
  onUploadProgress?: (sent: number, total: number) => void
}

export interface HttpResponse {
  statusCode: number
  header: Record<string, string>
  cookies: string[]
  body: Buffer
}

/** Why an exchange failed, worded for the errMsg: 'timeout', 'abort' or the socket error. */
export class HttpFailure extends Error {}

const MAX_REDIRECTS = 10
const CHUNK = 64 * 1024

export function httpCall(call: HttpCall): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, response?: HttpResponse) => {
      call.clock.clearTimeout(timer)
      call.signal.removeEventListener('abort', onAbort)
      if (error) reject(error)
      else resolve(response!)
    }
    const timer = call.clock.setTimeout(() => cancel(new HttpFailure('timeout')), call.timeoutMs)
    let cancel = (_e: Error) => {}
    const onAbort = () => cancel(new HttpFailure('abort'))
    if (call.signal.aborted) return done(new HttpFailure('abort'))
    call.signal.addEventListener('abort', onAbort)
    const follow = (url: string, method: string, body: Buffer | undefined, hops: number) => {
      cancel = exchange({ ...call, url, method, body }, (error, res, next) => {
        if (error) return done(error)
        if (next && hops < MAX_REDIRECTS) {
          const keep = next.status === 307 || next.status === 308
          return follow(next.location, keep ? method : 'GET', keep ? body : undefined, hops + 1)
        }
        done(null, res)
      })
    }
    follow(call.url, call.method, call.body, 0)
  })
}

type Redirect = { status: number; location: string }
type Finish = (error: Error | null, res?: HttpResponse, redirect?: Redirect) => void

/** One request on the wire; returns how to cancel it. */
function exchange(call: HttpCall, finish: Finish): (e: Error) => void {
  let settled = false
  const once: Finish = (e, r, n) => {
    if (settled) return
    settled = true
    finish(e, r, n)
  }
  const url = new URL(call.url)
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest
  const req = send(url, { method: call.method, headers: call.headers }, (res) => {
    const location = res.headers.location
    if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location) {
      res.resume()
      return once(null, undefined, {
        status: res.statusCode,
        location: new URL(location, url).href,
      })
    }
    readResponse(res, call, once)
  })
  req.on('error', (e) => once(new HttpFailure(e.message)))
  writeBody(req, call.body, call.onUploadProgress)
  return (e) => {
    once(e)
    req.destroy()
  }
}

function readResponse(res: IncomingMessage, call: HttpCall, finish: Finish) {
  const statusCode = res.statusCode ?? 0
  const header = headerObject(res.rawHeaders)
  call.onHeaders?.(statusCode, header)
  const total = Number(res.headers['content-length'] ?? 0)
  const chunks: Buffer[] = []
  let received = 0
  res.on('data', (chunk: Buffer) => {
    chunks.push(chunk)
    received += chunk.length
    call.onDownloadProgress?.(received, total)
  })
  res.on('error', (e) => finish(new HttpFailure(e.message)))
  res.on('end', () => {
    const setCookie = res.headers['set-cookie'] ?? []
    finish(null, { statusCode, header, cookies: setCookie, body: Buffer.concat(chunks) })
  })
}

function writeBody(
  req: ReturnType<typeof httpRequest>,
  body: Buffer | undefined,
  onProgress: HttpCall['onUploadProgress'],
) {
  if (!body || body.length === 0) return void req.end()
  let sent = 0
  const next = () => {
    if (sent >= body.length) return void req.end()
    const piece = body.subarray(sent, sent + CHUNK)
    req.write(piece, () => {
      sent += piece.length
      onProgress?.(sent, body.length)
      next()
    })
  }
  next()
}

/** Response headers with the server's casing; repeated ones joined as the client shows them. */
function headerObject(raw: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!
    const value = raw[i + 1]!
    out[name] = name in out ? `${out[name]},${value}` : value
  }
  return out
}
