// Longest increasing subsequence of the old positions of kept rows: those rows keep their
// relative order, so only the others need to move.

/** Indexes into `seq` of a longest strictly increasing run, ignoring entries of -1 (new rows). */
export function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [] // index into seq of the smallest tail of each length
  const prev: number[] = new Array(seq.length).fill(-1)
  for (let i = 0; i < seq.length; i++) {
    const v = seq[i]!
    if (v < 0) continue
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (seq[tails[mid]!]! < v) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[i] = tails[lo - 1]!
    tails[lo] = i
  }
  const out = new Set<number>()
  let k = tails.length ? tails[tails.length - 1]! : -1
  while (k >= 0) {
    out.add(k)
    k = prev[k]!
  }
  return out
}
