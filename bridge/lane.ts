// A one-way lane of a hop that can hold messages back by a delay, in order: a message never
// overtakes one sent before it on the same lane, even when its own delay is shorter (a real
// channel is FIFO, and a slower bridge must not reorder setData patches).

interface Held {
  due: number
  run: () => void
}

export class DelayLane {
  #queue: Held[] = []
  #timer: ReturnType<typeof setTimeout> | undefined
  #idle: (() => void)[] = []

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Messages waiting on this lane. */
  get size(): number {
    return this.#queue.length
  }

  /** Runs `run` after `delayMs`, and after everything queued before it; at once when it can. */
  push(delayMs: number, run: () => void): void {
    if (delayMs <= 0 && !this.#queue.length) return run()
    const last = this.#queue.at(-1)?.due ?? -Infinity
    this.#queue.push({ due: Math.max(this.now() + Math.max(0, delayMs), last), run })
    if (this.#queue.length === 1) this.#schedule()
  }

  /** Resolves once nothing waits on the lane. */
  idle(): Promise<void> {
    if (!this.#queue.length) return Promise.resolve()
    return new Promise((resolve) => this.#idle.push(resolve))
  }

  /** Drops what waits (the hop closed). */
  clear(): void {
    this.#queue = []
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#timer = undefined
    this.#settle()
  }

  #schedule(): void {
    const head = this.#queue[0]
    if (!head) return this.#settle()
    this.#timer = setTimeout(() => this.#flush(), Math.max(0, head.due - this.now()))
  }

  /** Runs every message now due, in order; a throwing one does not hold back the rest. */
  #flush(): void {
    this.#timer = undefined
    // A timer can fire a little before its time by performance.now() (the event loop's clock is
    // cached); what is not due yet waits for the next timer, so no delay is ever cut short.
    const now = this.now()
    while (this.#queue.length && this.#queue[0]!.due <= now) {
      const held = this.#queue.shift()!
      try {
        held.run()
      } catch (error) {
        queueMicrotask(() => {
          throw error
        })
      }
    }
    this.#schedule()
  }

  #settle(): void {
    for (const resolve of this.#idle.splice(0)) resolve()
  }
}
