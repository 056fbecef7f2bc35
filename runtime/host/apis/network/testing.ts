// Test helpers for the network APIs: a loopback HTTP server and a recorder of emitted events.

import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: Buffer
}

export type Route = (req: Received, res: ServerResponse) => void

/** Starts a server on 127.0.0.1 that records each request and answers by path. */
export async function startServer(routes: Record<string, Route>) {
  const received: Received[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const got = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      }
      received.push(got)
      const route = routes[(req.url ?? '').split('?')[0]!]
      if (route) route(got, res)
      else res.writeHead(404).end('missing')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export interface EmittedEvent {
  objectId: number
  name: string
  payload: unknown
}

/** Collects `emit` calls and waits for one that matches. */
export function eventRecorder() {
  const events: EmittedEvent[] = []
  const waiters: { match: (e: EmittedEvent) => boolean; resolve: (e: EmittedEvent) => void }[] = []
  const emit = (objectId: number, name: string, payload: unknown) => {
    const event = { objectId, name, payload }
    events.push(event)
    for (const w of [...waiters]) {
      if (!w.match(event)) continue
      waiters.splice(waiters.indexOf(w), 1)
      w.resolve(event)
    }
  }
  const next = (objectId: number, name: string, timeoutMs = 5000) => {
    const match = (e: EmittedEvent) => e.objectId === objectId && e.name === name
    const seen = events.find(match)
    if (seen) {
      events.splice(events.indexOf(seen), 1)
      return Promise.resolve(seen.payload)
    }
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${name} event on ${objectId}`)),
        timeoutMs,
      )
      waiters.push({
        match,
        resolve: (e) => {
          clearTimeout(timer)
          events.splice(events.indexOf(e), 1)
          resolve(e.payload)
        },
      })
    })
  }
  return { emit, events, next }
}
