// Busy fraction over fixed time windows: the thread reports each top-level task's interval,
// and for every window that has ended the share of it spent in tasks comes out as one value.

export interface BusyPoint {
  /** Window start, absolute µs. */
  ts: number
  /** 0..1 */
  fraction: number
}

export class BusyWindows {
  #windowStart: number | null = null
  #busy = 0

  constructor(readonly windowUs: number) {}

  /** A task ran from `start` to `end` (absolute µs); returns the windows it closed. */
  add(start: number, end: number): BusyPoint[] {
    const closed = this.advance(start)
    let from = start
    while (from < end) {
      const windowEnd = this.#windowStart! + this.windowUs
      const to = Math.min(end, windowEnd)
      this.#busy += to - from
      from = to
      if (to === windowEnd) closed.push(...this.advance(to))
    }
    return closed
  }

  /** Closes every window that ended before `now`. */
  advance(now: number): BusyPoint[] {
    if (this.#windowStart === null) {
      this.#windowStart = now
      return []
    }
    const closed: BusyPoint[] = []
    while (now >= this.#windowStart + this.windowUs) {
      closed.push({ ts: this.#windowStart, fraction: Math.min(1, this.#busy / this.windowUs) })
      this.#windowStart += this.windowUs
      this.#busy = 0
      // a long idle stretch: one zero point for it, not thousands
      if (now >= this.#windowStart + 2 * this.windowUs) {
        const skipped = Math.floor((now - this.#windowStart) / this.windowUs)
        closed.push({ ts: this.#windowStart, fraction: 0 })
        this.#windowStart += skipped * this.windowUs
      }
    }
    return closed
  }

  reset(): void {
    this.#windowStart = null
    this.#busy = 0
  }
}
