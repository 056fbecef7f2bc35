// Runtime benchmarks: the setData round trip of a launched app (logic's `this.setData(patch, cb)`
// → host → view applied → ack → logic's callback), timed inside the logic thread so the test
// driver is not in the numbers, in dual-thread (worker) and single-thread mode, against a raw
// MessagePort round trip between the same two threads taken in the same run. Then where the
// time goes: the hops as the host's record saw them, and the costs of each step alone.

import { PerformanceObserver } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch, type MiniProgram } from '../index.ts'
import { decodePatch, encodePatch } from '../bridge/wire.ts'
import { messageBytes } from '../bridge/size.ts'
import { HostRecord } from '../runtime/host/record.ts'
import { defaultOptions, measureAll, summarize, type Bench, type Result } from './harness.ts'
import { formatMs, printTable } from './report.ts'

const FILES: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': 'App({})\n',
  'pages/index/index.wxml': '<view>{{n}}</view>\n',
  'pages/index/index.js': 'Page({ data: { n: 0 } })\n',
}

/** Runs in logic: `count` setData round trips one after another; ms of each. */
const SET_DATA_LOOP = `async function (count, start) {
  const page = getCurrentPages()[0]
  const times = []
  for (let i = 0; i < count; i++) {
    const t0 = performance.now()
    await new Promise((resolve) => page.setData({ n: start + i }, resolve))
    times.push(performance.now() - t0)
  }
  return times
}`

// The raw baseline, measured the same way: the worker times `count` round trips to the main
// thread, which echoes each message (as the host would, minus everything the host does).
const RAW_WORKER = `
const { parentPort } = require('node:worker_threads')
let waiting
parentPort.on('message', async (m) => {
  if (m.type === 'pong') return waiting()
  const times = []
  for (let i = 0; i < m.count; i++) {
    const t0 = performance.now()
    await new Promise((resolve) => {
      waiting = resolve
      parentPort.postMessage({ type: 'ping', i })
    })
    times.push(performance.now() - t0)
  }
  parentPort.postMessage({ type: 'times', times })
})`

/** A case that yields a batch of per-trip times when asked. */
interface TripCase {
  name: string
  trips: (count: number) => Promise<number[]>
  close: () => Promise<void>
}

/** Trips per batch: about a few ms of work per case per round. */
const BATCH = 50

function rawCase(): TripCase {
  const worker = new Worker(RAW_WORKER, { eval: true })
  let done: ((times: number[]) => void) | undefined
  worker.on('message', (m: { type: string; times?: number[] }) => {
    if (m.type === 'ping') worker.postMessage({ type: 'pong' })
    else done?.(m.times ?? [])
  })
  return {
    name: 'raw MessagePort (main ↔ worker_threads)',
    trips: (count) =>
      new Promise((resolve) => {
        done = resolve
        worker.postMessage({ type: 'run', count })
      }),
    close: async () => void (await worker.terminate()),
  }
}

async function appCase(
  name: string,
  project: string,
  mode: 'worker' | 'single-thread',
  /** Adjusts the app once; may return what to do after each batch. */
  tune: (mp: MiniProgram) => (() => void) | void = () => {},
): Promise<AppCase> {
  const mp = await launch({ project, mode })
  const afterBatch = tune(mp)
  let next = 1
  return {
    name,
    mp,
    trips: async (count) => {
      const times = (await mp.evaluate(SET_DATA_LOOP, count, next)) as number[]
      next += count
      afterBatch?.()
      return times
    },
    close: () => mp.close(),
  }
}

interface TripResults {
  rows: Result[]
  /** Host-thread GC (ms) per trip during each case's batches, by case name. */
  gcPerTrip: Map<string, number>
}

/** Warm-up, then rounds (one batch per case each) until the budget is spent. GC entries of this
 *  thread are counted for the case whose batch was running when they started. */
async function measureTrips(cases: TripCase[], options = defaultOptions): Promise<TripResults> {
  for (const c of cases) await c.trips(BATCH * 4)
  const gcs: { start: number; ms: number }[] = []
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, ms: e.duration })
  })
  observer.observe({ entryTypes: ['gc'] })
  const samples = cases.map(() => [] as number[])
  const windows = cases.map(() => [] as [number, number][])
  const start = performance.now()
  for (let round = 0; ; round++) {
    if (round >= options.minSamples && performance.now() - start > options.budgetMs) break
    if (samples.every((s) => s.length >= options.maxSamples * BATCH)) break
    for (const [i, c] of cases.entries()) {
      const t0 = performance.now()
      samples[i]!.push(...(await c.trips(BATCH)))
      windows[i]!.push([t0, performance.now()])
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 10)) // the observer's last entries
  observer.disconnect()
  const gcIn = (w: [number, number][]) =>
    gcs.filter((g) => w.some(([a, b]) => g.start >= a && g.start < b)).reduce((t, g) => t + g.ms, 0)
  return {
    rows: cases.map((c, i) => ({
      name: c.name,
      samples: samples[i]!,
      batch: 1,
      ...summarize(samples[i]!),
    })),
    gcPerTrip: new Map(cases.map((c, i) => [c.name, gcIn(windows[i]!) / samples[i]!.length])),
  }
}

// ---------------------------------------------------------------------------------------------
// Where the time goes

/** The four hops of each setData trip in the host's record, in host time (performance.now). */
function hopSpans(mp: MiniProgram): Record<string, number[]> {
  const setData = mp.record.entries.filter((e) => e.type === 'setData' || e.type === 'setDataDone')
  const spans: Record<string, number[]> = {
    'host: logic→host setData until sent to the view (decode, route)': [],
    'view: from delivery to setDataDone (in-process hop, jsdom apply, ack)': [],
    'host: setDataDone from the view until sent to logic': [],
    'host: whole span, setData in → setDataDone out': [],
  }
  const lists = Object.values(spans)
  for (let i = 0; i + 3 < setData.length; i += 4) {
    const [fromLogic, toView, fromView, toLogic] = setData.slice(i, i + 4)
    if (fromLogic!.direction !== 'logic→host' || toLogic!.direction !== 'host→logic') continue
    lists[0]!.push(toView!.sentAt - fromLogic!.receivedAt)
    lists[1]!.push(fromView!.sentAt - toView!.receivedAt)
    lists[2]!.push(toLogic!.sentAt - fromView!.receivedAt)
    lists[3]!.push(toLogic!.receivedAt - fromLogic!.sentAt)
  }
  return spans
}

async function hopBreakdown(dual: AppCase, trip: Result): Promise<void> {
  dual.mp.record.clear()
  const times = await dual.trips(BATCH * 10)
  const rows: Result[] = [
    { name: 'whole trip, timed in logic', samples: times, batch: 1, ...summarize(times) },
  ]
  for (const [name, samples] of Object.entries(hopSpans(dual.mp)))
    rows.push({ name, samples, batch: 1, ...summarize(samples) })
  dual.mp.record.clear()
  printTable({
    title: 'Runtime: where a dual-thread setData round trip spends its time (host clock)',
    rows,
    ratios: [{ label: '× trip', baseline: () => rows[0] }],
    notes: [
      'whole trip less the host span = logic (setData, encode, callback) + two thread crossings',
      'view span: two in-process hops (structuredClone + a MessageChannel task each) + apply',
      `the main table's dual-thread median was ${'median' in trip ? formatMs(trip.median) : '—'}`,
    ],
  })
}

/** Each step of the trip alone, in the main thread. */
function stepCases(mp: MiniProgram): Bench[] {
  const page = mp.host.views.all()[0]?.view()?.page
  if (!page) throw new Error('runtime bench: the page has no view')
  const record = new HostRecord({ keepPayloads: true }, () => false)
  const message = {
    type: 'setData',
    webviewId: 1,
    instanceId: 0,
    patch: '{"n":1}',
    callId: 1,
    size: 7,
  }
  let k = 0
  return [
    { name: 'encodePatch({ n })', run: () => void encodePatch({ n: k++ }), batch: true },
    { name: 'decodePatch', run: () => void decodePatch(message.patch), batch: true },
    {
      name: 'messageBytes (record size, once per hop)',
      run: () => void messageBytes(message as never),
      batch: true,
    },
    {
      name: 'structuredClone (in-process view hop, each way)',
      run: () => void structuredClone(message),
      batch: true,
    },
    {
      name: 'record: one hop recorded (HostRecord.add, payload kept)',
      run: () => {
        if (record.entries.length > 10_000) record.clear()
        const at = performance.now()
        record.add({
          direction: 'logic→host',
          webviewId: 1,
          sentAt: at,
          receivedAt: at,
          message: message as never,
        })
      },
      batch: true,
    },
    {
      name: 'view: page.setData({ n }) on jsdom',
      run: () => page.setData({ n: k++ }),
      batch: true,
    },
  ]
}

type AppCase = TripCase & { mp: MiniProgram }

/** The raw baseline and the apps, each pushed as it starts (so all are closed on a failure). */
async function startCases(dir: string, cases: TripCase[]): Promise<void> {
  cases.push(rawCase())
  cases.push(await appCase('setData, dual-thread (worker)', dir, 'worker'))
  const payloads = (mp: MiniProgram) => void (mp.record.keepPayloads = false)
  cases.push(
    await appCase('setData, dual-thread, record without payloads', dir, 'worker', payloads),
  )
  const clear = (mp: MiniProgram) => () => mp.record.clear()
  cases.push(await appCase('setData, dual-thread, record cleared per batch', dir, 'worker', clear))
  const pause = (mp: MiniProgram) => mp.record.pause()
  cases.push(await appCase('setData, dual-thread, record paused', dir, 'worker', pause))
  cases.push(await appCase('setData, single-thread', dir, 'single-thread'))
}

export async function runtimeBenchmarks(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-bench-runtime-'))
  const cases: TripCase[] = []
  try {
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(join(dir, file, '..'), { recursive: true })
      await writeFile(join(dir, file), text)
    }
    process.stderr.write('  runtime: launching…\n')
    await startCases(dir, cases)
    const [, dual, , , , single] = cases as [TripCase, AppCase, AppCase, AppCase, AppCase, AppCase]
    process.stderr.write('  runtime: setData round trips…\n')
    const trips = await measureTrips(cases)
    printRoundTrips(trips)
    await hopBreakdown(dual, trips.rows[1]!)
    printTable({
      title: 'Runtime: the steps of a setData trip alone (main thread)',
      rows: await measureAll(stepCases(single.mp)),
    })
  } finally {
    for (const c of cases) await c.close()
    await rm(dir, { recursive: true, force: true })
  }
}

function printRoundTrips({ rows, gcPerTrip }: TripResults): void {
  const raw = rows[0]
  const dual = rows[1]
  const value =
    raw && dual && 'median' in raw && 'median' in dual ? dual.median / raw.median : undefined
  printTable({
    title: 'Runtime: setData({ n }) round trip, logic call → view applied → logic callback',
    rows,
    ratios: [{ label: '× raw', baseline: () => raw }],
    extra: [{ label: 'host GC/trip', cell: (row) => formatMs(gcPerTrip.get(row.name) ?? NaN) }],
    targets: [{ label: 'dual-thread setData ≤ 3× raw MessagePort', value, pass: (v) => v <= 3 }],
    notes: [
      'each time is taken inside the logic thread (the raw one inside its worker), per trip',
      'raw: the worker posts, the main thread echoes at once, the worker gets it back',
      "host GC/trip: this thread's GC pauses that began during the case's batches, per trip",
    ],
  })
}
