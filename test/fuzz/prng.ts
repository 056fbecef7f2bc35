// A tiny seeded PRNG (mulberry32) and the choices the generators make with it. The same seed
// gives the same inputs on every machine, so a failure reproduces from the printed seed.

export interface Rng {
  /** Float in [0, 1). */
  next(): number
  /** Integer in [0, n). */
  int(n: number): number
  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
  /** How often generators make a deliberately invalid choice (0: only valid ones). */
  bad: number
  /** `pick(good)`, or `pick(bad)` with chance `this.bad`. */
  either<T>(good: readonly T[], bad: readonly T[]): T
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  return {
    next,
    int,
    range: (lo, hi) => lo + int(hi - lo + 1),
    pick,
    chance: (p) => next() < p,
    bad: 0.2,
    either(good, bad) {
      return bad.length && next() < this.bad ? pick(bad) : pick(good)
    },
  }
}

/** Fixed by default so `npm test` is repeatable; `FUZZ_SEED=<n>` replays a run and
 *  `FUZZ_SEED=random` explores with a fresh seed (printed, so a failure can be replayed). */
export const DEFAULT_SEED = 20240611

export function fuzzSeed(): number {
  const env = process.env.FUZZ_SEED
  if (env === 'random') return (Date.now() ^ (Math.random() * 0x100000000)) >>> 0
  if (env !== undefined && env !== '' && Number.isFinite(Number(env))) return Number(env) >>> 0
  return DEFAULT_SEED
}

/** `FUZZ_RUNS` from the environment (total inputs across the fuzz suite), or `fallback`. */
export function fuzzRuns(fallback: number): number {
  const n = Number(process.env.FUZZ_RUNS)
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback
}

/** The seed of input `i` of a stream: each input gets its own PRNG, so one failing input can
 *  be regenerated without replaying the ones before it. Mixed at every step (murmur3's final
 *  mix), so nearby seeds give unrelated inputs. */
export function inputSeed(seed: number, stream: number, i: number): number {
  return fmix(fmix(fmix(seed >>> 0) ^ Math.imul(stream + 1, 0x9e3779b1)) + i)
}

function fmix(x: number): number {
  let h = x >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}
