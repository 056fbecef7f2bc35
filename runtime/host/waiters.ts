// Things the host waits for by key (a page's first render, logic's `ready`): each wait has a
// timeout whose message names what was awaited, and closing rejects every wait, so nothing the
// host does can hang.

interface Waiting {
  label: string
  resolve: (value: unknown) => void
  reject: (error: Error) => void
  timer: ReturnType<typeof setTimeout>
}

export class Waiters {
  #waiting = new Map<string, Waiting>()
  #early = new Map<string, unknown>()

  constructor(private readonly name = 'host') {}

  /** Waits for `key`; an answer that came before the wait started is taken at once. */
  wait<T>(key: string, label: string, timeoutMs: number): Promise<T> {
    if (this.#early.has(key)) {
      const value = this.#early.get(key)
      this.#early.delete(key)
      return Promise.resolve(value as T)
    }
    if (this.#waiting.has(key)) throw new Error(`${this.name}: already waiting for ${label}`)
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(key)
        reject(new Error(`${this.name}: timed out after ${timeoutMs} ms waiting for ${label}`))
      }, timeoutMs)
      this.#waiting.set(key, { label, resolve: resolve as (v: unknown) => void, reject, timer })
    })
  }

  /** Answers the wait for `key`, or keeps the value for a wait that starts later. */
  resolve(key: string, value?: unknown): void {
    const w = this.#waiting.get(key)
    if (!w) {
      this.#early.set(key, value)
      return
    }
    this.#waiting.delete(key)
    clearTimeout(w.timer)
    w.resolve(value)
  }

  /** Fails the wait for `key` (if any) with `error`. */
  reject(key: string, error: Error): void {
    const w = this.#waiting.get(key)
    if (!w) return
    this.#waiting.delete(key)
    clearTimeout(w.timer)
    w.reject(error)
  }

  /** Forgets an early answer for `key` (a page that is gone). */
  forget(key: string): void {
    this.#early.delete(key)
  }

  rejectAll(why: string): void {
    for (const [key, w] of [...this.#waiting]) {
      this.reject(key, new Error(`${this.name}: ${w.label} will not come: ${why}`))
    }
    this.#early.clear()
  }
}
