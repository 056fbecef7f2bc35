// Small helpers the services share: read a JSON body with a size limit, answer JSON, listen on
// loopback unless told otherwise and close every kept-alive connection on close.

import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** The raw body as a string, refused with 413 past `limit` bytes. */
export function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      // Drained, not destroyed: the client still reads the 413 answer.
      chunks.length = 0
      reject(new HttpError(413, `request body over ${limit} bytes`))
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export function parseJson(text: string): Record<string, unknown> {
  if (!text) return {}
  try {
    const value: unknown = JSON.parse(text)
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>
  } catch {
    // answered below
  }
  throw new HttpError(400, 'body is not a JSON object')
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

export interface Listening {
  url: string
  port: number
  close(): Promise<void>
}

/** Listens on `host` (default 127.0.0.1: loopback unless the caller asks) and `port` (0: free). */
export function listen(server: Server, options: { host?: string; port?: number } = {}) {
  const host = options.host ?? '127.0.0.1'
  return new Promise<Listening>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo
      const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host
      resolve({
        url: `http://${shown}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}

/** Logger every service takes; tests capture it to prove no secret is ever written. */
export type Logger = (level: 'info' | 'warn' | 'error', message: string) => void

export const consoleLogger: Logger = (level, message) =>
  (level === 'info' ? console.log : console.error)(`[${level}] ${message}`)

export const silentLogger: Logger = () => {}
