// A small benchmark harness: warm-up, then samples until a time budget is spent, then the median
// and p95. The machine is shared and noisy, so medians are what we compare, every ratio is
// against a baseline measured in the same run, and cases of one table are sampled in turns.

import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

export interface Bench<S = unknown> {
  name: string
  /** Once, before warm-up (not timed): compile, mount a large list… */
  before?: () => void | Promise<void>
  /** Before each sample (not timed): a fresh document… Its result is passed to `run`. */
  setup?: () => S
  /** The measured work. */
  run: (state: S) => void
  /** After each sample (not timed). */
  teardown?: (state: S) => void
  /** Once, after the last sample. */
  after?: () => void
  /** Allows several runs per sample when one run is too short to time alone (no setup). */
  batch?: boolean
  /** Skip the full GC before samples. For work that runs in a long-lived process with a grown
   *  heap (a compiler in a build): a forced GC shrinks the heap, and the sample after it then
   *  measures regrowing it. GCs that the work itself causes are still inside the timing. */
  noForcedGc?: boolean
}

/**
 * A case that times itself: work that finishes in another thread or after a message round trip
 * (an app's navigation, a setData timed inside the logic thread). Each call of `timed` takes one
 * or more samples and returns their times (ms each); the harness only schedules the calls, in
 * the same rounds as the other cases of the table.
 */
export interface TimedBench {
  name: string
  before?: () => void | Promise<void>
  timed: () => Promise<number[]>
  after?: () => void | Promise<void>
}

export type AnyBench = Bench<any> | TimedBench

export interface Stats {
  name: string
  /** Milliseconds per run, one entry per sample. */
  samples: number[]
  median: number
  p95: number
  /** Runs per sample (1 unless the bench is batched). */
  batch: number
}

export interface Failed {
  name: string
  error: string
}

export type Result = Stats | Failed

export interface MeasureOptions {
  /** Wall time for the sampling rounds of all cases measured together (setup included). */
  budgetMs: number
  minSamples: number
  maxSamples: number
}

/** Budget per table; `BENCH_BUDGET_MS=3000 npm run bench` for a quick look. */
export const defaultOptions: MeasureOptions = {
  budgetMs: Number(process.env.BENCH_BUDGET_MS) || 10_000,
  minSamples: 5,
  maxSamples: 300,
}

/** In each round a case takes samples for at least this long (and at least one). */
const ROUND_MS = 150

// A full GC before a long sample (outside the timed part) keeps one sample's garbage out of the
// next: before each sample of a case with a per-sample setup (a whole document of garbage), once
// per round for others. Short samples skip it: with three 10,000-row documents alive, a full GC
// costs more than hundreds of them, and their garbage is small.
const GC_ABOVE_MS = 5
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

export function isStats(r: Result): r is Stats {
  return 'median' in r
}

interface Live {
  bench: AnyBench
  batch: number
  /** Latest ms per sample (batch included), to size each round. */
  estimate: number
  samples: number[]
  error?: string
}

/**
 * Measures cases side by side: after each case's `before` and warm-up, samples are taken in
 * rounds, every case a little in each round, so a burst of load from another process on this
 * shared machine hits all of them alike and their medians stay comparable.
 */
export async function measureAll(benches: AnyBench[], options = defaultOptions): Promise<Result[]> {
  const live: Live[] = []
  for (const bench of benches) live.push(await prepare(bench))
  const start = performance.now()
  const ok = () => live.filter((c) => !c.error)
  for (let round = 0; ok().some((c) => c.samples.length < options.maxSamples); round++) {
    if (round >= options.minSamples && performance.now() - start > options.budgetMs) break
    // Each case gets about as much time per round as the slowest one needs for one sample.
    const roundMs = Math.min(1000, Math.max(ROUND_MS, ...ok().map((c) => c.estimate)))
    for (const c of ok()) {
      const k = Math.max(1, Math.min(20, Math.floor(roundMs / c.estimate)))
      const bench = c.bench
      if ('timed' in bench) await attemptAsync(c, () => timedRound(c, bench, k, options))
      else attempt(c, () => syncRound(c, bench, k, options))
    }
    if (process.env.BENCH_VERBOSE) process.stderr.write(`    round ${round}: ${progress(live)}\n`)
  }
  for (const c of live) await attemptAsync(c, async () => c.bench.after?.())
  return live.map(toResult)
}

function syncRound(c: Live, bench: Bench<any>, k: number, options: MeasureOptions): void {
  for (let i = 0; i < k && c.samples.length < options.maxSamples; i++) {
    if (c.estimate >= GC_ABOVE_MS && (i === 0 || bench.setup) && !bench.noForcedGc) gc()
    c.samples.push(timeOnce(bench, c.batch))
    c.estimate = c.samples.at(-1)! * c.batch
  }
}

/** `k` calls of a self-timed case; a long one gets a full GC (of this thread) before each. */
async function timedRound(c: Live, bench: TimedBench, k: number, options: MeasureOptions) {
  for (let i = 0; i < k && c.samples.length < options.maxSamples; i++) {
    if (c.estimate >= GC_ABOVE_MS) gc()
    const times = await bench.timed()
    c.samples.push(...times.slice(0, options.maxSamples - c.samples.length))
    c.estimate = times.reduce((a, b) => a + b, 0)
  }
}

export async function measure<S>(bench: Bench<S>, options = defaultOptions): Promise<Result> {
  return (await measureAll([bench], options))[0]!
}

/** `before`, a first run to size the batch, then a short warm-up (lets the JIT settle). */
async function prepare(bench: AnyBench): Promise<Live> {
  const c: Live = { bench, batch: 1, estimate: 1, samples: [] }
  try {
    await bench.before?.()
    if ('timed' in bench) {
      await warmUpTimed(c, bench)
      return c
    }
    const first = timeOnce(bench, 1)
    c.batch = bench.batch ? Math.max(1, Math.min(1000, Math.ceil(1 / Math.max(first, 1e-3)))) : 1
    const warm = performance.now()
    for (let i = 0; i < 3 || performance.now() - warm < 300; i++) {
      c.estimate = timeOnce(bench, c.batch) * c.batch
      if (performance.now() - warm > 1000) break
    }
  } catch (e) {
    c.error = message(e)
  }
  return c
}

async function warmUpTimed(c: Live, bench: TimedBench): Promise<void> {
  const warm = performance.now()
  for (let i = 0; i < 3 || performance.now() - warm < 300; i++) {
    c.estimate = (await bench.timed()).reduce((a, b) => a + b, 0)
    if (performance.now() - warm > 1000) break
  }
}

async function attemptAsync(c: Live, f: () => Promise<void>): Promise<void> {
  try {
    await f()
  } catch (e) {
    c.error ??= message(e)
  }
}

function attempt(c: Live, f: () => void): void {
  try {
    f()
  } catch (e) {
    c.error ??= message(e)
  }
}

const progress = (live: Live[]) =>
  live.map((c) => `${c.bench.name} ${c.error ? 'failed' : c.samples.length}`).join(', ')

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

function toResult(c: Live): Result {
  const name = c.bench.name
  if (c.error) return { name, error: c.error }
  return { name, samples: c.samples, batch: c.batch, ...summarize(c.samples) }
}

/** One sample: setup, `batch` timed runs, teardown. Returns ms per run. */
function timeOnce<S>(bench: Bench<S>, batch: number): number {
  const state = bench.setup ? bench.setup() : (undefined as S)
  const t0 = performance.now()
  for (let i = 0; i < batch; i++) bench.run(state)
  const elapsed = performance.now() - t0
  bench.teardown?.(state)
  return elapsed / batch
}

export function summarize(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, p95: at(0.95) }
}

/** Median of `a` over median of `b`, or undefined when either is missing. */
export function ratio(a: Result | undefined, b: Result | undefined): number | undefined {
  if (!a || !b || !isStats(a) || !isStats(b) || b.median === 0) return undefined
  return a.median / b.median
}
