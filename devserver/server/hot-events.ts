// The channel that tells open simulator pages about rebuilds: server-sent events on
// /__mpsim/events (an EventSource in the page), one `build` event per rebuild. Plain HTTP, so
// it needs nothing from Vite's HMR socket (off: the runtime itself does not hot-swap).

import type { ServerResponse } from 'node:http'
import type { HotBuildEvent } from './watch.ts'

export const EVENTS_PATH = '/__mpsim/events'

export class HotEvents {
  readonly #clients = new Set<ServerResponse>()

  /** Keeps the response open as an event stream. */
  attach(res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    })
    res.write(': mpsim hot reload\n\n')
    this.#clients.add(res)
    res.on('close', () => this.#clients.delete(res))
  }

  send(event: HotBuildEvent): void {
    const text = `event: build\ndata: ${JSON.stringify(event)}\n\n`
    for (const res of this.#clients) res.write(text)
  }

  close(): void {
    for (const res of this.#clients) res.end()
    this.#clients.clear()
  }
}
