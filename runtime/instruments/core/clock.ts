// One clock for every thread's instruments: absolute microseconds, so a worker's, an iframe's
// and the host's events line up (each has its own `performance.timeOrigin`). Typed here so the
// logic thread needs neither DOM nor Node types.

interface Performance {
  now(): number
  timeOrigin: number
}

const perf = (globalThis as unknown as { performance: Performance }).performance

/** Now, in µs since the epoch, at the precision of `performance.now()`. */
export function nowUs(): number {
  return (perf.timeOrigin + perf.now()) * 1000
}

/** A `performance.now()` reading of this thread (ms), as absolute µs. */
export function toAbsoluteUs(performanceNowMs: number): number {
  return (perf.timeOrigin + performanceNowMs) * 1000
}
