// Bridge benchmarks: which wire form a setData patch should take between two real threads
// (structured clone of the object, or its JSON string), what its byte size costs, and the raw
// MessagePort round trip that the setData round trip target (≤ 3× raw) is measured against.

import { Worker } from 'node:worker_threads'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { defaultOptions, measureAll, summarize, type Bench, type Result } from './harness.ts'
import { printTable, type Target } from './report.ts'
import { fromMessagePort } from '../bridge/endpoint.ts'
import { inProcessPair, type Delivery } from '../bridge/in-process.ts'
import { decodePatch, encodePatch } from '../bridge/wire.ts'
import { utf8Length } from '../bridge/size.ts'

// ---------------------------------------------------------------------------------------------
// The shapes real setData calls have

interface Shape {
  name: string
  make: () => Record<string, unknown>
}

const row = (i: number) => ({
  id: i,
  name: `row ${i}`,
  desc: `the description of row number ${i}`,
  done: i % 3 === 0,
  tags: ['a', 'b'],
})
const LOREM = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '
const HANZI = '小程序的逻辑层与渲染层分开运行，数据通过 setData 传给视图。'

const shapes: Shape[] = [
  { name: 'one key', make: () => ({ 'list[3].done': true }) },
  { name: '10 rows', make: () => ({ list: Array.from({ length: 10 }, (_, i) => row(i)) }) },
  { name: '10,000 rows', make: () => ({ list: Array.from({ length: 10_000 }, (_, i) => row(i)) }) },
  { name: '1 MB string', make: () => ({ text: LOREM.repeat(Math.ceil(2 ** 20 / LOREM.length)) }) },
  {
    name: '1 MB string, 中文',
    make: () => ({ text: HANZI.repeat(Math.ceil(2 ** 20 / 3 / HANZI.length)) }),
  },
  {
    name: '1,000 keys',
    make: () => ({
      form: Object.fromEntries(
        Array.from({ length: 1000 }, (_, i) => [
          `field${i}`,
          { value: i, label: `Field ${i}`, on: true },
        ]),
      ),
    }),
  },
]

// ---------------------------------------------------------------------------------------------
// Asynchronous cases: the harness times synchronous runs, so round trips get this small twin
// (same idea: warm-up, then samples in interleaved rounds, medians).

interface AsyncBench {
  name: string
  run: () => Promise<void>
  after?: () => void
}

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

async function timeBatch(bench: AsyncBench, batch: number): Promise<number> {
  const t0 = performance.now()
  for (let i = 0; i < batch; i++) await bench.run()
  return (performance.now() - t0) / batch
}

/** Warm-up, then rounds of ~100 ms per case until the budget is spent; ms per run. */
async function measureAsync(benches: AsyncBench[], options = defaultOptions): Promise<Result[]> {
  const live = []
  for (const bench of benches) {
    let first = await timeBatch(bench, 3)
    const warm = performance.now()
    while (performance.now() - warm < 200) first = await timeBatch(bench, 1)
    const batch = Math.max(1, Math.min(200, Math.ceil(1 / Math.max(first, 1e-3))))
    live.push({ bench, batch, samples: [] as number[], estimate: first * batch })
  }
  const start = performance.now()
  for (let round = 0; ; round++) {
    if (round >= options.minSamples && performance.now() - start > options.budgetMs) break
    if (live.every((c) => c.samples.length >= options.maxSamples)) break
    for (const c of live) {
      if (c.estimate >= 5) gc()
      const k = Math.max(1, Math.min(20, Math.floor(100 / c.estimate)))
      for (let i = 0; i < k && c.samples.length < options.maxSamples; i++) {
        c.samples.push(await timeBatch(c.bench, c.batch))
        c.estimate = c.samples.at(-1)! * c.batch
      }
    }
  }
  for (const c of live) c.bench.after?.()
  return live.map((c) => ({
    name: c.bench.name,
    samples: c.samples,
    batch: c.batch,
    ...summarize(c.samples),
  }))
}

// ---------------------------------------------------------------------------------------------
// Benchmarks

// The worker answers every message with a 1-byte ack, after decoding a JSON patch if it got one
// (structured clone decodes on arrival, before the handler runs).
const WORKER = `
const { parentPort } = require('node:worker_threads')
parentPort.on('message', (m) => {
  if (typeof m.patch === 'string') JSON.parse(m.patch)
  parentPort.postMessage(1)
})`

/** A worker thread and a way to wait for its next answer. */
class Peer {
  readonly worker = new Worker(WORKER, { eval: true })
  #waiting: (() => void) | undefined
  constructor() {
    this.worker.on('message', () => this.#waiting?.())
  }
  roundTrip(message: unknown): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting = resolve
      this.worker.postMessage(message)
    })
  }
}

/**
 * The ways a patch can cross, each timed from the logic thread's setData to the object in the
 * view thread. Every form but the first gives the JSON length the 1024 KB limit needs.
 */
function wireCases(peer: Peer, shape: Shape): AsyncBench[] {
  const patch = shape.make()
  const post = (p: unknown, size: number) => peer.roundTrip({ type: 'setData', patch: p, size })
  return [
    { name: `${shape.name}: clone only`, run: () => post(patch, 0) },
    {
      name: `${shape.name}: stringify + clone`,
      run: () => post(patch, JSON.stringify(patch).length),
    },
    {
      name: `${shape.name}: stringify + parse + clone`,
      run: () => {
        const json = JSON.stringify(patch)
        return post(JSON.parse(json), json.length)
      },
    },
    {
      name: `${shape.name}: JSON string`,
      run: () => {
        const json = JSON.stringify(patch)
        return post(json, json.length)
      },
    },
    {
      name: `${shape.name}: encodePatch`,
      run: () => {
        const wire = encodePatch(patch)
        return post(wire.patch, wire.size)
      },
    },
  ]
}

/** Synchronous costs in one thread: the size check, and the copy single-thread mode makes. */
function sizeCases(shape: Shape): Bench[] {
  const patch = shape.make()
  const json = JSON.stringify(patch)
  const encoder = new TextEncoder()
  const cases: [string, () => unknown][] = [
    ['JSON.stringify', () => JSON.stringify(patch)],
    ['stringify + .length', () => JSON.stringify(patch).length],
    ['stringify + utf8Length', () => utf8Length(JSON.stringify(patch))],
    ['stringify + Buffer.byteLength', () => Buffer.byteLength(JSON.stringify(patch))],
    ['stringify + TextEncoder', () => encoder.encode(JSON.stringify(patch)).length],
    ['JSON.parse', () => JSON.parse(json)],
    ['structuredClone', () => structuredClone(patch)],
  ]
  return cases.map(([name, f]) => ({
    name: `${shape.name}: ${name}`,
    run: () => void f(),
    batch: true,
  }))
}

async function wireForm(peer: Peer): Promise<void> {
  const rows = await measureAsync(shapes.flatMap((s) => wireCases(peer, s)))
  const find = (name: string) => rows.find((r) => r.name === name)
  const base = (row: Result) => find(row.name.replace(/: .*$/, ': stringify + clone'))
  printTable({
    title: 'Bridge: a setData patch between two worker threads (post → decoded → 1-byte ack)',
    rows,
    ratios: [{ label: '× stringify+clone', baseline: base }],
    notes: [
      'clone only: structured clone of the patch, no size, not normalized as JSON (the floor)',
      'stringify + clone: JSON.stringify for the size check, then the object by structured clone',
      'stringify + parse + clone: the same, with the patch normalized as JSON first',
      'JSON string: the JSON string crosses and is parsed on arrival (normalized by the way)',
      'encodePatch: the chosen form (bridge/wire.ts): JSON string, or clone when strings dominate',
    ],
  })
  for (const shape of shapes) {
    const patch = shape.make()
    const back = decodePatch(encodePatch(patch).patch)
    if (JSON.stringify(back) !== JSON.stringify(patch)) throw new Error(`${shape.name}: lost`)
  }
}

async function sizeCost(): Promise<void> {
  const rows = await measureAll(shapes.flatMap(sizeCases))
  const find = (name: string) => rows.find((r) => r.name === name)
  printTable({
    title: 'Bridge: computing the serialized size in one thread (and parse, clone for reference)',
    rows,
    ratios: [
      { label: '× stringify', baseline: (r) => find(r.name.replace(/: .*$/, ': JSON.stringify')) },
    ],
    extra: [{ label: 'bytes', cell: (r) => sizeLabel(r.name) }],
  })
}

function sizeLabel(name: string): string {
  const shape = shapes.find((s) => name.startsWith(`${s.name}:`))
  return shape ? String(utf8Length(JSON.stringify(shape.make()))) : ''
}

/** A tiny message there and back: through the raw port, the Endpoint adapter, in-process. */
async function roundTrips(peer: Peer): Promise<Result[]> {
  const endpoint = fromMessagePort<number, unknown>(peer.worker)
  let answer: (() => void) | undefined
  endpoint.onMessage(() => answer?.())
  const viaEndpoint = () =>
    new Promise<void>((resolve) => {
      answer = resolve
      endpoint.post({ type: 'ping' })
    })
  const cases: AsyncBench[] = [
    { name: 'raw MessagePort (worker thread)', run: () => peer.roundTrip({ type: 'ping' }) },
    { name: 'Endpoint over the same port', run: viaEndpoint },
    inProcessCase('task'),
    inProcessCase('microtask'),
  ]
  const rows = await measureAsync(cases)
  endpoint.onMessage(() => {}) // the peer's worker is terminated by the caller
  return rows
}

function inProcessCase(delivery: Delivery): AsyncBench {
  const [a, b] = inProcessPair<number, { type: string }>({ delivery })
  b.onMessage(() => b.post(1))
  let answer: (() => void) | undefined
  a.onMessage(() => answer?.())
  return {
    name: `in-process pair, ${delivery} delivery`,
    run: () =>
      new Promise<void>((resolve) => {
        answer = resolve
        a.post({ type: 'ping' })
      }),
    after: () => a.close(),
  }
}

async function rawRoundTrip(peer: Peer): Promise<void> {
  const rows = await roundTrips(peer)
  const raw = rows[0]
  const targets: Target[] = []
  printTable({
    title: 'Bridge: a tiny message there and back (baseline of the setData round trip target)',
    rows,
    ratios: [{ label: '× raw', baseline: () => raw }],
    targets,
    notes: ['target for the setData round trip (issue 4): ≤ 3× the raw MessagePort round trip'],
  })
}

export async function bridgeBenchmarks(): Promise<void> {
  const peer = new Peer()
  try {
    process.stderr.write('  bridge: raw round trips…\n')
    await rawRoundTrip(peer)
    process.stderr.write('  bridge: wire forms…\n')
    await wireForm(peer)
    process.stderr.write('  bridge: size cost…\n')
    await sizeCost()
  } finally {
    await peer.worker.terminate()
  }
}
