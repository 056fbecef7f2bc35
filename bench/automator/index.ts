// Automator benchmark (issue 9): the round trip of Page.getData through the automator server
// (WeChat's miniprogram-automator client → WebSocket → server → logic thread and back) against
// the same read through the in-process headless API (`page.data()`), in the same run on the same
// app; a bare WebSocket client shows what the server and the socket cost without the client's
// own work.

import automator from 'miniprogram-automator'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { WebSocket, WebSocketServer } from 'ws'
import { launch } from '../../index.ts'
import { measureAll, type TimedBench } from '../harness.ts'
import { printTable } from '../report.ts'

const TODO = join(import.meta.dirname, '../../samples/todo')
/** Calls per sampling turn. */
const CALLS = 20

async function timeEach(count: number, call: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const t0 = performance.now()
    await call()
    times.push(performance.now() - t0)
  }
  return times
}

/** A bare protocol client: one request at a time, answered by id. */
async function bareClient(endpoint: string) {
  const ws = new WebSocket(endpoint)
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)))
  let next = 0
  const waiting = new Map<number, (m: unknown) => void>()
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { id?: number }
    if (typeof m.id === 'number') waiting.get(m.id)?.(m)
  })
  return {
    send: (method: string, params: object) =>
      new Promise((resolve) => {
        const id = next++
        waiting.set(id, resolve)
        ws.send(JSON.stringify({ id, method, params }))
      }),
    close: () => ws.close(),
  }
}

/** A WebSocket server on loopback that answers each request with an empty result. */
async function echoServer() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise((resolve) => wss.once('listening', resolve))
  wss.on('connection', (socket) =>
    socket.on('message', (data) => {
      const { id } = JSON.parse(String(data)) as { id: number }
      socket.send(JSON.stringify({ id, result: {} }))
    }),
  )
  const endpoint = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`
  return { endpoint, close: () => new Promise((resolve) => wss.close(resolve)) }
}

export async function automatorBenchmarks(): Promise<void> {
  const app = await launch({ project: TODO, automatorPort: 0 })
  const endpoint = app.automator!.endpoint
  const client = await automator.connect({ wsEndpoint: endpoint })
  const bare = await bareClient(endpoint)
  const echo = await echoServer()
  const echoClient = await bareClient(echo.endpoint)
  try {
    const page = (await app.currentPage())!
    const clientPage = (await client.currentPage())!
    const cases: TimedBench[] = [
      { name: 'headless API: page.data()', timed: () => timeEach(CALLS, () => page.data()) },
      {
        name: 'WebSocket echo, no app (transport alone)',
        timed: () => timeEach(CALLS, () => echoClient.send('Echo', {})),
      },
      {
        name: 'automator: Page.getData, bare WebSocket',
        timed: () => timeEach(CALLS, () => bare.send('Page.getData', { pageId: page.webviewId })),
      },
      {
        name: 'automator: page.data(), miniprogram-automator',
        timed: () => timeEach(CALLS, () => clientPage.data()),
      },
    ]
    const rows = await measureAll(cases)
    const [api, , , viaClient] = rows
    const ratio =
      api && viaClient && 'median' in api && 'median' in viaClient
        ? viaClient.median / api.median
        : undefined
    printTable({
      title: 'Automator: Page.getData round trip (todo sample, headless, logic in a worker)',
      rows,
      ratios: [{ label: '× headless API', baseline: () => api }],
      targets: [
        {
          label: 'automator page.data() ≤ 10× the headless API',
          value: ratio,
          pass: (v) => v <= 10,
        },
      ],
      notes: [
        'every case reads the same page data from the logic thread (an evaluate round trip)',
        'the automator cases add JSON over a loopback WebSocket and the server looking the page up',
        'the echo row is the socket alone; the gap above echo + headless is the event loop serving',
        'the socket and the logic worker in turn (it grows with the machine load)',
      ],
    })
  } finally {
    bare.close()
    echoClient.close()
    await echo.close()
    client.disconnect()
    await app.close()
  }
}
