// A small benchmark harness: warm-up, then samples until a time budget is spent, then the median
// and p95. The machine is shared and noisy, so medians are what we compare, and every ratio is
// against a baseline measured in the same run.

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
}

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
  /** Wall time for warm-up plus samples, setup included. */
  budgetMs: number
  minSamples: number
  maxSamples: number
}

/** Budget per case; `BENCH_BUDGET_MS=500 npm run bench` for a quick look. */
export const defaultOptions: MeasureOptions = {
  budgetMs: Number(process.env.BENCH_BUDGET_MS) || 2500,
  minSamples: 5,
  maxSamples: 300,
}

// A full GC between samples (outside the timed part) keeps one sample's garbage out of the next.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

export function isStats(r: Result): r is Stats {
  return 'median' in r
}

export async function measure<S>(bench: Bench<S>, options = defaultOptions): Promise<Result> {
  try {
    await bench.before?.()
    return sample(bench, options)
  } catch (e) {
    return { name: bench.name, error: e instanceof Error ? e.message : String(e) }
  } finally {
    try {
      bench.after?.()
    } catch {
      // a failing cleanup must not hide the result
    }
  }
}

function sample<S>(bench: Bench<S>, options: MeasureOptions): Stats {
  const start = performance.now()
  const first = timeOnce(bench, 1)
  const batch = bench.batch ? Math.max(1, Math.min(1000, Math.ceil(1 / Math.max(first, 1e-4)))) : 1
  // Warm-up: a fifth of the budget, at least two runs (lets the JIT settle).
  for (let i = 0; i < 2 || performance.now() - start < options.budgetMs / 5; i++) {
    timeOnce(bench, batch)
    if (performance.now() - start > options.budgetMs / 2) break
  }
  const samples: number[] = []
  while (
    samples.length < options.minSamples ||
    (samples.length < options.maxSamples && performance.now() - start < options.budgetMs)
  ) {
    samples.push(timeOnce(bench, batch))
  }
  return { name: bench.name, samples, batch, ...summarize(samples) }
}

/** One sample: setup, `batch` timed runs, teardown. Returns ms per run. */
function timeOnce<S>(bench: Bench<S>, batch: number): number {
  const state = bench.setup ? bench.setup() : (undefined as S)
  gc()
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
