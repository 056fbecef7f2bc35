// A tunnel client written straight on `ws`, speaking the wire frames (server/tunnel/wire.ts), so
// tests can do what the client SDK never does: send garbage, drop the line, skip acks.

import { WebSocket } from 'ws'

export interface RawClient {
  ws: WebSocket
  frames: Record<string, any>[]
  closed: Promise<{ code: number; reason: string }>
  next(pred: (f: Record<string, any>) => boolean, timeoutMs?: number): Promise<Record<string, any>>
  send(frame: unknown): void
}

/** Pings every `pingMs` (as the client SDK does) unless it is 0. */
export function connectRaw(url: string, pingMs = 40): Promise<RawClient> {
  const ws = new WebSocket(url)
  const pinger = pingMs
    ? setInterval(() => ws.readyState === ws.OPEN && ws.send('{"t":"ping"}'), pingMs)
    : undefined
  ws.on('close', () => clearInterval(pinger))
  const frames: Record<string, any>[] = []
  const waiters: (() => void)[] = []
  let seen = 0
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data))
    if (frame.t === 'pong' && pingMs) return
    frames.push(frame)
    for (const w of waiters.splice(0)) w()
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  )
  const client: RawClient = {
    ws,
    frames,
    closed,
    send: (frame) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
    next(pred, timeoutMs = 8000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('no such frame: ' + JSON.stringify(frames))),
          timeoutMs,
        )
        const look = () => {
          while (seen < frames.length) {
            const f = frames[seen++]!
            if (pred(f)) {
              clearTimeout(timer)
              return resolve(f)
            }
          }
          waiters.push(look)
        }
        look()
      })
    },
  }
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client))
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused: ${res.statusCode}`)))
    ws.once('error', reject)
  })
}
