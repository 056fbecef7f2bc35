// Backend benchmarks (issue 10): logins per second through the server SDK in both layouts
// against the platform's exchange alone, and broadcast delivery to 1,000 connected clients by the
// tunnel service against a bare `ws` server measured in the same run, also while 10% of the
// clients reconnect. Targets: tunnel p95 within 2× of bare ws, 0 messages lost.

import { type Result, type Stats, measureAll, summarize } from '../harness.ts'
import { formatRatio, printTable } from '../report.ts'
import { BROADCASTS, type BroadcastRun, bareBroadcast, tunnelBroadcast } from './broadcast.ts'
import { loginBenches } from './logins.ts'

const CLIENTS = Number(process.env.BENCH_BACKEND_CLIENTS) || 1000

export async function backendBenchmarks(): Promise<void> {
  await loginTable()
  await broadcastTable()
}

async function loginTable() {
  const stacks = await loginBenches()
  try {
    const rows = await measureAll(stacks.benches, {
      budgetMs: 6000,
      minSamples: 20,
      maxSamples: 2000,
    })
    const base = rows[0]
    printTable({
      title: 'backend: one login (code → session → token), one at a time, loopback',
      rows,
      ratios: [{ label: '× exchange', baseline: () => base }],
      extra: [
        { label: 'logins/s', cell: (r) => ('median' in r ? (1000 / r.median).toFixed(0) : '') },
      ],
      notes: ['the phone’s part (wx.login, getUserProfile) is not timed; SQLite store, Express'],
    })
  } finally {
    await stacks.close()
  }
}

async function broadcastTable() {
  const runs: [string, BroadcastRun][] = []
  const cases: [string, () => Promise<BroadcastRun>][] = [
    [`bare ws broadcast, ${CLIENTS} clients (baseline)`, () => bareBroadcast(CLIENTS)],
    [`tunnel broadcast, ${CLIENTS} clients`, () => tunnelBroadcast(CLIENTS)],
    [`tunnel, 10% of clients reconnecting`, () => tunnelBroadcast(CLIENTS, 0.1)],
  ]
  for (const [name, run] of cases) {
    try {
      runs.push([name, await run()])
    } catch (e) {
      runs.push([name, { latencies: [], lost: NaN, clients: CLIENTS, dropped: 0 }])
      console.log(`   ${name}: failed: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
  const rows: Result[] = runs.map(([name, run]) =>
    run.latencies.length ? stats(name, run.latencies) : { name, error: 'no messages arrived' },
  )
  const lost = new Map(runs.map(([name, run]) => [name, run]))
  const p95 = (i: number) => (rows[i] && 'p95' in rows[i]! ? (rows[i] as Stats).p95 : undefined)
  const ratioP95 = (i: number) => (p95(i) !== undefined && p95(0) ? p95(i)! / p95(0)! : undefined)
  printTable({
    title: `backend: broadcast delivery latency, ${BROADCASTS} broadcasts of ~100 bytes every 20 ms, clients in another process`,
    rows,
    ratios: [{ label: '× bare ws', baseline: () => rows[0] }],
    extra: [
      { label: 'p95 × bare', cell: (r) => ratioText(p95(rows.indexOf(r)), p95(0)) },
      { label: 'lost', cell: (r) => String(lost.get(r.name)?.lost ?? '') },
      { label: 'reconnected', cell: (r) => String(lost.get(r.name)?.dropped ?? '') },
    ],
    targets: [
      { label: 'tunnel p95 ≤ 2× bare ws p95', value: ratioP95(1), pass: (v) => v <= 2 },
      { label: 'tunnel lost = 0', value: runs[1]?.[1].lost, pass: (v) => v === 0, format: String },
      {
        label: 'tunnel p95 ≤ 2× bare ws p95, 10% reconnecting',
        value: ratioP95(2),
        pass: (v) => v <= 2,
      },
      {
        label: 'lost = 0 with 10% reconnecting',
        value: runs[2]?.[1].lost,
        pass: (v) => v === 0,
        format: String,
      },
    ],
    notes: [
      'latency: stamped just before the broadcast is sent (tunnel: before the signed HTTP call) to arrival at each client; one sample per client and message',
    ],
  })
}

function stats(name: string, samples: number[]): Stats {
  return { name, samples, batch: 1, ...summarize(samples) }
}

function ratioText(a: number | undefined, b: number | undefined): string {
  return a !== undefined && b ? formatRatio(a / b) : ''
}
