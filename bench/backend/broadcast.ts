// Broadcast to many connected clients: a bare `ws` server sending one serialised message to every
// socket, against the tunnel service (a signed HTTP broadcast, numbered frames, outboxes, acks),
// and the tunnel again while 10% of the clients drop and reconnect mid-run. Clients live in
// another process (clients.ts). Latency: stamp at the server side's send to arrival at a client.

import { type ChildProcess, fork } from 'node:child_process'
import { createServer } from 'node:http'
import { WebSocketServer } from 'ws'
import { listen } from '../../server/http-util.ts'
import { tunnelApi } from '../../server/tunnel/api-client.ts'
import { startTunnelService } from '../../server/tunnel/service.ts'

export interface BroadcastRun {
  latencies: number[]
  lost: number
  clients: number
  dropped: number
}

export const BROADCASTS = 100
const INTERVAL_MS = 20
const PAD = 'x'.repeat(70)
const now = () => performance.timeOrigin + performance.now()

function startClients(): Promise<{ child: ChildProcess; ask: (c: object) => Promise<any> }> {
  const child = fork(new URL('./clients.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
  })
  const waiting: ((v: unknown) => void)[] = []
  child.on('message', (m) => waiting.shift()?.(m))
  const ask = (command: object) =>
    new Promise<any>((resolve, reject) => {
      waiting.push((answer) =>
        (answer as { error?: string }).error
          ? reject(new Error((answer as { error: string }).error))
          : resolve(answer),
      )
      child.send(command)
    })
  return new Promise((resolve) => {
    waiting.push(() => resolve({ child, ask }))
  })
}

async function paced(send: (n: number) => Promise<void> | void) {
  const start = performance.now()
  for (let n = 1; n <= BROADCASTS; n++) {
    const due = start + n * INTERVAL_MS - performance.now()
    if (due > 0) await new Promise((r) => setTimeout(r, due))
    await send(n)
  }
  await new Promise((r) => setTimeout(r, 500))
}

async function collect(ask: (c: object) => Promise<any>, clients: number, dropped: number) {
  const report = (await ask({ op: 'report' })) as { received: number[]; latencies: number[] }
  const lost = report.received.reduce((sum, r) => sum + (BROADCASTS - r), 0)
  await ask({ op: 'close' })
  return { latencies: report.latencies, lost, clients, dropped }
}

export async function bareBroadcast(count: number): Promise<BroadcastRun> {
  const server = createServer()
  const wss = new WebSocketServer({ server })
  const listening = await listen(server)
  const { ask } = await startClients()
  try {
    await ask({
      op: 'connect',
      mode: 'bare',
      urls: Array(count).fill(listening.url.replace('http', 'ws')),
    })
    await paced((n) => {
      const text = JSON.stringify({ n, at: now(), pad: PAD })
      for (const ws of wss.clients) ws.send(text)
    })
    return await collect(ask, count, 0)
  } finally {
    wss.close()
    await listening.close()
  }
}

export async function tunnelBroadcast(count: number, dropFraction = 0): Promise<BroadcastRun> {
  const secret = `bench-${crypto.randomUUID()}`
  const service = await startTunnelService({ secret, reconnectWindowMs: 10_000 })
  const api = tunnelApi({ url: service.url, secret })
  const { ask } = await startClients()
  try {
    const urls: string[] = []
    for (let i = 0; i < count; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, count - i) }, () => api.create()),
      )
      urls.push(...batch.map((t) => t.connectUrl))
    }
    await ask({ op: 'connect', mode: 'tunnel', urls })
    const dropped = dropFraction
      ? (
          (await ask({ op: 'drop', fraction: dropFraction, afterMs: 20 * INTERVAL_MS })) as {
            dropped: number
          }
        ).dropped
      : 0
    await paced((n) => api.broadcast('b', { n, at: now(), pad: PAD }))
    return await collect(ask, count, dropped)
  } finally {
    await service.close()
  }
}
