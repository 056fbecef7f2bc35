// The bench's WebSocket clients, in their own process (forked by broadcast.ts), so the clients'
// work does not share an event loop with the server's. Each client records, for every broadcast
// it receives, the delay since the server side stamped it (`at`, epoch ms with fractions: one
// machine, one clock). Tunnel clients speak the tunnel's frames (hello, numbered messages,
// cumulative acks) and can drop and reconnect with the same tunnel id.

import { WebSocket } from 'ws'

type Mode = 'bare' | 'tunnel'
type Command =
  | { op: 'connect'; mode: Mode; urls: string[] }
  | { op: 'drop'; fraction: number; afterMs: number }
  | { op: 'report' }
  | { op: 'close' }

const now = () => performance.timeOrigin + performance.now()

interface Client {
  url: string
  ws: WebSocket
  received: number
  lastSeq: number
  latencies: number[]
  seen: Set<number>
}

let clients: Client[] = []
let mode: Mode = 'bare'

function open(client: Client): Promise<void> {
  const sep = client.url.includes('?') ? '&' : '?'
  const url = mode === 'tunnel' ? `${client.url}${sep}ack=${client.lastSeq}` : client.url
  const ws = new WebSocket(url)
  client.ws = ws
  ws.on('message', (data) => receive(client, String(data)))
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
}

function receive(client: Client, text: string) {
  const frame = JSON.parse(text) as { t?: string; s?: number; d?: { content: Payload } } & Payload
  let payload: Payload | undefined = frame
  if (mode === 'tunnel') {
    if (frame.t !== 'm' || frame.s === undefined || frame.s <= client.lastSeq) return
    client.lastSeq = frame.s
    payload = frame.d?.content
    if (frame.s % 10 === 0) client.ws.send(`{"t":"a","s":${frame.s}}`)
  }
  if (!payload || typeof payload.n !== 'number' || client.seen.has(payload.n)) return
  client.seen.add(payload.n)
  client.received++
  client.latencies.push(now() - payload.at)
}

interface Payload {
  n: number
  at: number
}

async function handle(command: Command) {
  if (command.op === 'connect') {
    mode = command.mode
    clients = command.urls.map((url) => ({
      url,
      received: 0,
      lastSeq: 0,
      latencies: [],
      seen: new Set(),
      ws: null as unknown as WebSocket,
    }))
    for (let i = 0; i < clients.length; i += 100)
      await Promise.all(clients.slice(i, i + 100).map(open))
    return { ok: true }
  }
  if (command.op === 'drop') {
    const chosen = clients.filter((_, i) => i % Math.round(1 / command.fraction) === 0)
    setTimeout(() => {
      for (const client of chosen) {
        client.ws.removeAllListeners('message')
        client.ws.terminate()
        setTimeout(() => void open(client).catch(() => {}), 50 + Math.random() * 100)
      }
    }, command.afterMs)
    return { dropped: chosen.length }
  }
  if (command.op === 'report') {
    return {
      received: clients.map((c) => c.received),
      latencies: clients.flatMap((c) => c.latencies),
    }
  }
  for (const c of clients) c.ws.terminate()
  setTimeout(() => process.exit(0), 50)
  return { ok: true }
}

process.on('message', (command: Command) => {
  handle(command).then(
    (answer) => process.send!(answer),
    (e: unknown) => process.send!({ error: String(e) }),
  )
})
process.send!({ ready: true })
