// The tunnel service: mini programs connect over WebSocket (wx.connectSocket) to /ws?tunnel=<id>;
// the business server asks for tunnel ids, pushes and closes through the signed HTTP API, and
// hears of connects, messages and closes through signed callbacks (signing.ts). Loopback unless
// told otherwise; secrets and message contents never logged.

import { randomBytes } from 'node:crypto'
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import {
  HttpError,
  type Listening,
  type Logger,
  listen,
  parseJson,
  readBody,
  sendJson,
  silentLogger,
} from '../http-util.ts'
import { type Command, type Fanout, localFanout, redisFanout } from './fanout.ts'
import { SIGNATURE_HEADER, signatureProblem, signedPost } from './signing.ts'
import { Tunnel, type TunnelHooks, type TunnelLimits } from './tunnel.ts'

export interface TunnelServiceOptions extends Partial<TunnelLimits> {
  /** Shared with the business server: signs the API requests and the callbacks. */
  secret: string
  /** Where connect/message/close callbacks go unless a tunnel names its own. */
  callbackUrl?: string
  host?: string
  port?: number
  /** The ws:// base clients are told to connect to (default: the listening address). */
  publicUrl?: string
  /** Redis URL: several instances share the tunnels (fanout.ts). */
  redis?: string
  log?: Logger
}

export interface TunnelService extends Listening {
  tunnels: Map<string, Tunnel>
}

const DEFAULT_LIMITS: TunnelLimits = {
  maxMessageBytes: 64 * 1024,
  reconnectWindowMs: 30_000,
  heartbeatMs: 10_000,
  maxOutbox: 10_000,
}

export async function startTunnelService(options: TunnelServiceOptions): Promise<TunnelService> {
  const log = options.log ?? silentLogger
  const limits: TunnelLimits = { ...DEFAULT_LIMITS, ...definedOnly(options) }
  const fanout = options.redis ? await redisFanout(options.redis) : localFanout()
  const tunnels = new Map<string, Tunnel>()
  const hooks = tunnelHooks(options.secret, options.callbackUrl, tunnels, fanout, log)
  fanout.onCommand((command) => apply(command, tunnels))
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes * 4 })
  const server = createServer((req, res) => {
    api(req, res, { options, limits, fanout, tunnels, hooks, publicUrl: () => wsBase }).catch(
      (e: unknown) => {
        const status = e instanceof HttpError ? e.status : 500
        if (status === 500) log('error', `tunnel api: ${String(e)}`)
        sendJson(res, status, { code: -1, message: e instanceof Error ? e.message : 'error' })
      },
    )
  })
  server.on('upgrade', (req, socket, head) => {
    upgrade(req, socket, head, wss, tunnels, fanout, limits, hooks).catch(() => socket.destroy())
  })
  const listening = await listen(server, options)
  const wsBase = options.publicUrl ?? listening.url.replace(/^http/, 'ws')
  const sweep = setInterval(() => dropSilent(tunnels, limits.heartbeatMs), limits.heartbeatMs)
  sweep.unref()
  log('info', `tunnel service on ${listening.url}${fanout.shared ? ' (redis)' : ''}`)
  return {
    ...listening,
    tunnels,
    async close() {
      clearInterval(sweep)
      for (const client of wss.clients) client.terminate()
      await listening.close()
      await fanout.close()
    },
  }
}

function definedOnly(options: Partial<TunnelLimits>): Partial<TunnelLimits> {
  const keys = Object.keys(DEFAULT_LIMITS) as (keyof TunnelLimits)[]
  return Object.fromEntries(
    keys.filter((k) => options[k] !== undefined).map((k) => [k, options[k]]),
  )
}

function tunnelHooks(
  secret: string,
  defaultCallback: string | undefined,
  tunnels: Map<string, Tunnel>,
  fanout: Fanout,
  log: Logger,
): TunnelHooks {
  const callback = (tunnel: Tunnel, payload: Record<string, unknown>) => {
    const url = tunnel.callbackUrl ?? defaultCallback
    return url ? signedPost(url, secret, { tunnelId: tunnel.id, ...payload }) : Promise.resolve({})
  }
  return {
    connected: async (tunnel) => void (await callback(tunnel, { type: 'connect' })),
    message: async (tunnel, data) => void (await callback(tunnel, { type: 'message', data })),
    waiting: (tunnel) => log('info', `tunnel ${tunnel.label} disconnected, waiting`),
    async closed(tunnel, reason) {
      if (tunnels.get(tunnel.id) === tunnel) tunnels.delete(tunnel.id)
      await fanout.forget(tunnel.id)
      log('info', `tunnel ${tunnel.label} closed: ${reason}`)
      await callback(tunnel, { type: 'close', reason })
    },
    warn: (message) => log('warn', message),
  }
}

function apply(command: Command, tunnels: Map<string, Tunnel>): void {
  const targets = command.ids
    ? command.ids.map((id) => tunnels.get(id)).filter((t) => t !== undefined)
    : [...tunnels.values()]
  if (command.op === 'send') for (const t of targets) t.send(command.data)
  else for (const t of targets) t.close('closed by the server')
}

async function upgrade(
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  wss: WebSocketServer,
  tunnels: Map<string, Tunnel>,
  fanout: Fanout,
  limits: TunnelLimits,
  hooks: TunnelHooks,
) {
  const url = new URL(req.url ?? '/', 'http://x')
  const id = url.searchParams.get('tunnel') ?? ''
  const ack = Number(url.searchParams.get('ack') ?? 0)
  let tunnel = tunnels.get(id)
  if (!tunnel && url.pathname === '/ws') {
    const meta = await fanout.lookup(id)
    if (meta) tunnel = new Tunnel(id, meta.callbackUrl, limits, hooks)
  }
  if (
    !tunnel ||
    tunnel.state === 'closed' ||
    url.pathname !== '/ws' ||
    !Number.isSafeInteger(ack)
  ) {
    socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n')
    return
  }
  const found = tunnel
  tunnels.set(id, found)
  wss.handleUpgrade(req, socket, head, (ws) => found.attach(ws, ack))
}

function dropSilent(tunnels: Map<string, Tunnel>, heartbeatMs: number) {
  const limit = Date.now() - heartbeatMs * 2.5
  for (const t of tunnels.values())
    if (t.state === 'open' && t.lastSeen < limit) t.socket?.terminate()
}

interface ApiContext {
  options: TunnelServiceOptions
  limits: TunnelLimits
  fanout: Fanout
  tunnels: Map<string, Tunnel>
  hooks: TunnelHooks
  publicUrl: () => string
}

async function api(req: IncomingMessage, res: ServerResponse, c: ApiContext) {
  const path = new URL(req.url ?? '/', 'http://x').pathname
  if (req.method !== 'POST') throw new HttpError(404, `no ${req.method} ${path}`)
  const text = await readBody(req, c.limits.maxMessageBytes * 2 + 64 * 1024)
  const problem = signatureProblem(c.options.secret, req.headers[SIGNATURE_HEADER], text)
  if (problem) throw new HttpError(401, problem)
  const body = parseJson(text)
  if (path === '/tunnels') {
    const id = randomBytes(16).toString('base64url')
    const callbackUrl = typeof body.callbackUrl === 'string' ? body.callbackUrl : undefined
    await c.fanout.register(id, { callbackUrl })
    if (!c.fanout.shared) c.tunnels.set(id, new Tunnel(id, callbackUrl, c.limits, c.hooks))
    return sendJson(res, 200, {
      code: 0,
      data: { tunnelId: id, connectUrl: `${c.publicUrl()}/ws?tunnel=${id}` },
    })
  }
  const ids = idsOf(body)
  if (path === '/send' || path === '/broadcast') {
    if (typeof body.type !== 'string') throw new HttpError(400, 'type must be a string')
    const data = JSON.stringify({ type: body.type, content: body.content })
    if (Buffer.byteLength(data) > c.limits.maxMessageBytes)
      throw new HttpError(
        413,
        `message of ${Buffer.byteLength(data)} bytes is over the tunnel's limit of ${c.limits.maxMessageBytes} bytes`,
      )
    const unknown = c.fanout.shared ? [] : (ids ?? []).filter((id) => !c.tunnels.has(id))
    await c.fanout.publish({
      op: 'send',
      ids: path === '/broadcast' ? undefined : (ids ?? []),
      data,
    })
    return sendJson(res, 200, { code: 0, data: { invalidTunnelIds: unknown } })
  }
  if (path === '/close') {
    await c.fanout.publish({ op: 'close', ids: ids ?? [] })
    return sendJson(res, 200, { code: 0, data: {} })
  }
  throw new HttpError(404, `no POST ${path}`)
}

function idsOf(body: Record<string, unknown>): string[] | undefined {
  if (body.tunnelIds === undefined) return undefined
  const ids = body.tunnelIds
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string'))
    throw new HttpError(400, 'tunnelIds must be an array of strings')
  return ids as string[]
}
