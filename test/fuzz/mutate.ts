// Damage to well-formed input: truncation, deleted bytes, and inserted bits of markup syntax.

import type { Rng } from './prng.ts'

const INSERTS = ['<', '>', '{{', '}}', '"', "'", '/', '</', '/>', '<!--', '-->', '=', '&',
  '\n', '{', '}', ';', '\\', '\0', '\uFEFF', '\uD800'] // prettier-ignore

/** Cuts the text at a random point. */
export function truncate(rng: Rng, text: string): string {
  return text.slice(0, rng.int(text.length + 1))
}

/** A few random edits: deletions, insertions of syntax characters, duplicated slices. */
export function mutate(rng: Rng, text: string): string {
  let out = text
  for (let n = rng.range(1, 4); n > 0; n--) {
    const at = rng.int(out.length + 1)
    switch (rng.int(4)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + rng.range(1, 3))
        break
      case 1:
      case 2:
        out = out.slice(0, at) + rng.pick(INSERTS) + out.slice(at)
        break
      default: {
        const from = rng.int(out.length + 1)
        out = out.slice(0, at) + out.slice(from, from + rng.range(1, 12)) + out.slice(at)
      }
    }
  }
  return out
}

/** Intact, truncated, mutated, or both. */
export function damage(rng: Rng, text: string): string {
  const r = rng.int(10)
  if (r < 3) return text
  if (r < 5) return truncate(rng, text)
  if (r < 8) return mutate(rng, text)
  return truncate(rng, mutate(rng, text))
}

/** A slice of `text` (a real file) from a random start (often 0) to a random end. */
export function slice(rng: Rng, text: string): string {
  const start = rng.chance(0.6) ? 0 : rng.int(text.length + 1)
  const end = start + rng.int(text.length - start + 1)
  return text.slice(start, end)
}
