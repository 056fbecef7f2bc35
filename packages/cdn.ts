// A CDN on loopback for code packages: serves the files of one folder over HTTP with strong
// ETags (revalidation answers 304), single byte ranges (resumed downloads), and a network
// profile applied to every response: a round trip of latency before it starts, a download rate
// shared by all responses in flight, and connections dropped partway at the profile's loss rate.

import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { extname, resolve, sep } from 'node:path'
import { parseNetworkProfile, type NetworkProfile } from './network-profiles.ts'

export interface CdnOptions {
  /** The folder whose files are served (package files, manifests). */
  root: string
  /** Default 0: any free port. */
  port?: number
  /** Default 127.0.0.1: loopback only. */
  host?: string
  /** A profile or its spec (`4g`, `3g,loss=0.2`); default `none`. */
  network?: NetworkProfile | string
  /** Source of randomness for losses (tests make it predictable). */
  random?: () => number
}

export interface CdnStats {
  requests: number
  /** Body bytes written (cut-off responses count what was sent). */
  bytesSent: number
  /** Responses whose connection was dropped on purpose (loss). */
  dropped: number
}

export interface CdnServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string
  readonly port: number
  network: NetworkProfile
  readonly stats: CdnStats
  close(): Promise<void>
}

const CHUNK_BYTES = 16 * 1024
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD',
  'access-control-allow-headers': 'range, if-range, if-none-match',
  'access-control-expose-headers': 'etag, content-range, content-length, accept-ranges',
}
const TYPES: Record<string, string> = {
  '.wxapkg': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
}

export async function startCdn(options: CdnOptions): Promise<CdnServer> {
  const root = resolve(options.root)
  const random = options.random ?? Math.random
  const toProfile = (n: CdnOptions['network']) =>
    typeof n === 'object' ? n : parseNetworkProfile(n ?? 'none')
  const stats: CdnStats = { requests: 0, bytesSent: 0, dropped: 0 }
  const link = new SharedLink()
  const etags = new Map<string, { key: string; etag: string }>()
  const sockets = new Set<Socket>()

  const server = createServer((req, res) => {
    stats.requests++
    serve(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(`cdn error: ${error instanceof Error ? error.message : String(error)}\n`)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  const cdn: CdnServer = {
    url: '',
    port: 0,
    network: toProfile(options.network),
    stats,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => done())
      }),
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The simulator page loads packages from another origin (its dev server's): CORS, with the
    // headers a resumed download sends and reads.
    for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value)
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end()
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const file = resolveInside(root, req.url ?? '/')
    const info = file ? await stat(file).catch(() => null) : null
    if (!file || !info?.isFile()) {
      res.writeHead(file ? 404 : 403, { 'content-type': 'text/plain' })
      res.end(file ? 'not found\n' : 'outside the served folder\n')
      return
    }
    const body = await readFile(file)
    const etag = etagOf(file, `${info.size}:${info.mtimeMs}`, body)
    const profile = cdn.network
    await sleep(profile.latencyMs)
    const headers: Record<string, string | number> = {
      'accept-ranges': 'bytes',
      'cache-control': 'no-cache',
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      etag,
    }
    if (matches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers).end()
      return
    }
    let range = parseRange(req.headers.range, body.length)
    // If-Range: a range of a file that changed since is answered with the whole file.
    const ifRange = req.headers['if-range']
    if (range && ifRange && ifRange !== etag) range = null
    if (range === 'unsatisfiable') {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${body.length}` }).end()
      return
    }
    const [start, end] = range ?? [0, body.length - 1]
    const part = body.subarray(start, end + 1)
    headers['content-length'] = part.length
    if (range) headers['content-range'] = `bytes ${start}-${end}/${body.length}`
    res.writeHead(range ? 206 : 200, headers)
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    // A lost connection: part of the body, then the socket is destroyed mid-response.
    const cutAt =
      profile.loss > 0 && random() < profile.loss ? Math.floor(random() * part.length) : -1
    for (let at = 0; at < part.length; at += CHUNK_BYTES) {
      const chunk = part.subarray(at, Math.min(at + CHUNK_BYTES, part.length))
      if (cutAt >= 0 && at + chunk.length > cutAt) {
        const head = chunk.subarray(0, cutAt - at)
        if (head.length) await send(res, head, profile)
        stats.dropped++
        res.socket?.destroy()
        return
      }
      await send(res, chunk, profile)
      if (res.destroyed) return
    }
    res.end()
  }

  async function send(res: ServerResponse, chunk: Uint8Array, profile: NetworkProfile) {
    await link.transfer(chunk.length, profile.bytesPerSecond)
    if (res.destroyed) return
    stats.bytesSent += chunk.length
    if (!res.write(chunk)) await new Promise((done) => res.once('drain', done))
  }

  function etagOf(file: string, key: string, body: Buffer): string {
    const known = etags.get(file)
    if (known?.key === key) return known.etag
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
    etags.set(file, { key, etag })
    return etag
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => done())
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return Object.assign(cdn, { port: address.port, url: `http://${host}:${address.port}` })
}

/** The link's download capacity, shared in order by every response in flight. */
class SharedLink {
  #freeAt = 0

  /** Resolves when `bytes` have had their time on the link. */
  async transfer(bytes: number, bytesPerSecond: number): Promise<void> {
    if (!Number.isFinite(bytesPerSecond)) return
    const now = performance.now()
    const start = Math.max(now, this.#freeAt)
    this.#freeAt = start + (bytes / bytesPerSecond) * 1000
    await sleep(this.#freeAt - now)
  }
}

/** The file a URL path names inside `root`, or null when it would leave it. */
function resolveInside(root: string, url: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(new URL(url, 'http://cdn').pathname)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const file = resolve(root, '.' + path)
  return file === root || file.startsWith(root + sep) ? file : null
}

/** One `bytes=` range (suffix and open forms); several ranges are answered whole (RFC 9110
 *  lets a server ignore Range). */
function parseRange(
  header: string | undefined,
  size: number,
): [number, number] | 'unsatisfiable' | null {
  const m = header?.match(/^bytes=(\d*)-(\d*)$/)
  if (!m || (m[1] === '' && m[2] === '')) return null
  let start: number
  let end: number
  if (m[1] === '') {
    const suffix = Number(m[2])
    if (suffix === 0) return 'unsatisfiable'
    start = Math.max(0, size - suffix)
    end = size - 1
  } else {
    start = Number(m[1])
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  }
  if (start >= size || start > end) return 'unsatisfiable'
  return [start, end]
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}

const sleep = (ms: number) =>
  ms > 0 ? new Promise<void>((done) => setTimeout(done, ms)) : Promise.resolve()
