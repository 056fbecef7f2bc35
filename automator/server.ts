// The automator server: one WebSocket endpoint that WeChat's miniprogram-automator client drives.
// Requests `{ id, method, params }` answer `{ id, result }` or `{ id, error: { message } }`;
// events go out as `{ method, params }`. A bad request gets an error answer and the server keeps
// serving. It listens on loopback unless told otherwise.

import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import type { MiniProgram } from '../headless/mini-program.ts'
import { malformed, messageOf, unknownMethod } from './errors.ts'
import { watchEvents } from './events.ts'
import { ElementHandles } from './handles.ts'
import { METHODS } from './methods.ts'
import type { AutomatorHome, Params, Session } from './session.ts'

export interface AutomatorOptions {
  program: MiniProgram
  /** 0 (default): a free port. */
  port?: number
  /** Default 127.0.0.1: only this machine can drive the app. */
  host?: string
  home?: AutomatorHome
  /** A client sent Tool.close (miniProgram.close()): the owner may stop. */
  onCloseRequest?: () => void
}

export interface AutomatorServer {
  /** `ws://127.0.0.1:N`, for automator.connect({ wsEndpoint }). */
  endpoint: string
  port: number
  /** Ends every connection and the server (the app is the caller's to close). */
  close(): Promise<void>
}

export async function startAutomatorServer(options: AutomatorOptions): Promise<AutomatorServer> {
  const host = options.host ?? '127.0.0.1'
  const wss = new WebSocketServer({ host, port: options.port ?? 0 })
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve)
    wss.once('error', reject)
  })
  const handles = new ElementHandles()
  const home = options.home ?? { kind: 'headless' }
  const stops = new Set<() => void>()
  wss.on('connection', (socket) => {
    const stop = serve(socket, { ...options, home, handles })
    stops.add(stop)
    socket.once('close', () => (stop(), stops.delete(stop)))
  })
  const port = (wss.address() as AddressInfo).port
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  return {
    endpoint: `ws://${shown.includes(':') ? `[${shown}]` : shown}:${port}`,
    port,
    close: async () => {
      for (const stop of stops) stop()
      for (const client of wss.clients) client.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
    },
  }
}

type Served = AutomatorOptions & { home: AutomatorHome; handles: ElementHandles }

/** Serves one client; returns what stops its event forwarding. */
function serve(socket: WebSocket, o: Served): () => void {
  let logs = false
  const send = (message: unknown) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message))
  }
  const session: Session = {
    program: o.program,
    handles: o.handles,
    home: o.home,
    emit: (method, params) => send({ method, params }),
    enableLog: () => (logs = true),
    requestClose: () => setImmediate(() => o.onCloseRequest?.()),
  }
  const stop = watchEvents(o.program.host, { emit: session.emit, logsEnabled: () => logs })
  socket.on('message', (data) => void answer(String(data), session, send))
  return stop
}

async function answer(text: string, session: Session, send: (m: unknown) => void): Promise<void> {
  let id: unknown = null
  try {
    const request = parse(text)
    id = request.id
    const handler = Object.hasOwn(METHODS, request.method) ? METHODS[request.method] : undefined
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
