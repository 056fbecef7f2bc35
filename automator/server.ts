// The automator server: one WebSocket endpoint that WeChat's miniprogram-automator client drives.
// Requests `{ id, method, params }` answer `{ id, result }` or `{ id, error: { message } }`;
// events go out as `{ method, params }`. A bad request gets an error answer and the server keeps
// serving. It listens on loopback unless told otherwise. The methods and what a client's
// session holds come from the home (headless.ts, browser/).

import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import { malformed, messageOf, unknownMethod } from './errors.ts'
import type { Params } from './session.ts'

export type MethodTable<S> = Readonly<
  Record<string, (params: Params, session: S) => Promise<unknown>>
>

/** What a home gets for each client: a way to send it events and to ask the owner to stop. */
export interface Client {
  emit(method: string, params: unknown): void
  requestClose(): void
}

export interface ServeOptions<S> {
  /** 0 (default): a free port. */
  port?: number
  /** Default 127.0.0.1: only this machine can drive the app. */
  host?: string
  methods: MethodTable<S>
  /** The session of a new client (its events start here) and what ends it. */
  connect(client: Client): { session: S; stop(): void }
}

export interface AutomatorServer {
  /** `ws://127.0.0.1:N`, for automator.connect({ wsEndpoint }). */
  endpoint: string
  port: number
  /** Called when a client sends Tool.close (miniProgram.close()): the owner may stop. */
  onCloseRequest?: () => void
  /** Ends every connection and the server (the app is its owner's to close). */
  close(): Promise<void>
}

export async function serveAutomator<S>(options: ServeOptions<S>): Promise<AutomatorServer> {
  const host = options.host ?? '127.0.0.1'
  const wss = new WebSocketServer({ host, port: options.port ?? 0 })
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve)
    wss.once('error', reject)
  })
  const stops = new Set<() => void>()
  const port = (wss.address() as AddressInfo).port
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  const server: AutomatorServer = {
    endpoint: `ws://${shown.includes(':') ? `[${shown}]` : shown}:${port}`,
    port,
    close: async () => {
      for (const stop of stops) stop()
      stops.clear()
      for (const client of wss.clients) client.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
    },
  }
  wss.on('connection', (socket) => {
    const send = (message: unknown) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message))
    }
    const { session, stop } = options.connect({
      emit: (method, params) => send({ method, params }),
      // after the answer went out
      requestClose: () => setImmediate(() => server.onCloseRequest?.()),
    })
    stops.add(stop)
    socket.on('message', (data) => void answer(String(data), options.methods, session, send))
    socket.once('close', () => (stop(), stops.delete(stop)))
  })
  return server
}

async function answer<S>(
  text: string,
  methods: MethodTable<S>,
  session: S,
  send: (m: unknown) => void,
): Promise<void> {
  let id: unknown = null
  try {
    const request = parse(text)
    id = request.id
    const handler = Object.hasOwn(methods, request.method) ? methods[request.method] : undefined
    if (!handler) throw unknownMethod(request.method)
    const result = await handler(request.params, session)
    send({ id, result: result ?? {} })
  } catch (error) {
    send({ id, error: { message: messageOf(error) } })
  }
}

function parse(text: string): { id: unknown; method: string; params: Params } {
  let message: unknown
  try {
    message = JSON.parse(text)
  } catch {
    throw malformed('not JSON')
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    throw malformed('not an object')
  const { id, method, params } = message as Record<string, unknown>
  if (typeof method !== 'string') throw malformed('"method" must be a string')
  if (
    params !== undefined &&
    (typeof params !== 'object' || params === null || Array.isArray(params))
  )
    throw malformed('"params" must be an object')
  return { id, method, params: (params ?? {}) as Params }
}
