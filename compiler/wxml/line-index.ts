// Offset → line/column in O(log lines): the start of every line is found once, then each lookup is
// a binary search. Lines end at `\n` only (a `\r` before it belongs to the line), as in errors.ts.

import type { SourceLocation } from '../errors.ts'

export interface LineIndex {
  /** Location of a 0-based offset (clamped to the source); columns count UTF-16 units. */
  locate(offset: number): SourceLocation
}

export function lineStarts(source: string): number[] {
  const starts = [0]
  let i = source.indexOf('\n')
  while (i !== -1) {
    starts.push(i + 1)
    i = source.indexOf('\n', i + 1)
  }
  return starts
}

export function createLineIndex(file: string, source: string): LineIndex {
  const starts = lineStarts(source)
  return {
    locate(offset: number): SourceLocation {
      const at = Math.min(Math.max(offset, 0), source.length)
      // Last line start <= at.
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (starts[mid]! <= at) lo = mid
        else hi = mid - 1
      }
      return { file, line: lo + 1, column: at - starts[lo]! + 1, offset: at }
    },
  }
}
