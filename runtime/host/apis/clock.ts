// Time as the host APIs see it: toast durations, request timeouts, login code expiry. Tests pass
// a fake clock and advance it, so a 1500 ms toast takes no real time.

export type TimerHandle = { readonly id: number }

export interface Clock {
  now(): number
  setTimeout(fn: () => void, ms: number): TimerHandle
  clearTimeout(handle: TimerHandle | undefined): void
}

export const systemClock: Clock = (() => {
  const timers = new Map<number, ReturnType<typeof setTimeout>>()
  let next = 1
  return {
    now: () => Date.now(),
    setTimeout(fn, ms) {
      const id = next++
      const t = setTimeout(() => {
        timers.delete(id)
        fn()
      }, ms)
      // A pending toast or request timeout must not keep a headless run alive.
      t.unref?.()
      timers.set(id, t)
      return { id }
    },
    clearTimeout(handle) {
      if (!handle) return
      clearTimeout(timers.get(handle.id))
      timers.delete(handle.id)
    },
  }
})()

export interface FakeClock extends Clock {
  /** Moves time forward, running every timer that falls due, in order. */
  advance(ms: number): void
  pending(): number
}

export function createFakeClock(start = 0): FakeClock {
  let time = start
  let next = 1
  const timers = new Map<number, { at: number; fn: () => void }>()
  const due = (until: number) =>
    [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0]
  return {
    now: () => time,
    setTimeout(fn, ms) {
      const id = next++
      timers.set(id, { at: time + Math.max(0, ms), fn })
      return { id }
    },
    clearTimeout(handle) {
      if (handle) timers.delete(handle.id)
    },
    advance(ms) {
      const until = time + ms
      for (let entry = due(until); entry; entry = due(until)) {
        timers.delete(entry[0])
        time = entry[1].at
        entry[1].fn()
      }
      time = until
    },
    pending: () => timers.size,
  }
}
