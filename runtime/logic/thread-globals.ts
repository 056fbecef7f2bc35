// The console and timers app code sees: `console.*` is forwarded to the host as `log` messages
// (and kept on the thread's own console when asked), timers are the thread's own with each
// callback run through the error guard.

import type { LogEntry, LogicToHost } from '../../bridge/protocol.ts'
import { env, type HostConsole } from './env.ts'
import { where, type ErrorGuard } from './errors.ts'
import { toWire } from './api-call.ts'

const LEVELS = ['debug', 'log', 'info', 'warn', 'error'] as const

export function createConsole(post: (m: LogicToHost) => void, local: boolean): HostConsole {
  const out = {} as HostConsole
  for (const level of LEVELS) {
    out[level] = (...args: unknown[]) => {
      if (local) env.console[level](...args)
      const entry: LogEntry = { level, args: args.map(logArg), source: 'logic', time: Date.now() }
      post({ type: 'log', entry })
    }
  }
  return out
}

/** A log argument that survives structured cloning: errors as text, functions named. */
function logArg(value: unknown): unknown {
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`
  if (typeof value === 'symbol') return value.toString()
  return toWire(value)
}

export interface Timers {
  setTimeout(fn: unknown, ms?: number, ...args: unknown[]): unknown
  clearTimeout(id: unknown): void
  setInterval(fn: unknown, ms?: number, ...args: unknown[]): unknown
  clearInterval(id: unknown): void
}

/** The app's timers, and `stopAll` for when the app closes: in single-thread mode the thread
 *  outlives the app, and a timer left running would call wx on a closed channel. */
export function createTimers(guard: ErrorGuard): { timers: Timers; stopAll(): void } {
  const live = new Set<unknown>()
  let stopped = false
  const wrap = (kind: string, fn: unknown, args: unknown[], id: () => unknown) => () => {
    if (kind === 'setTimeout') live.delete(id())
    if (!stopped && typeof fn === 'function') guard.run(where.timer(kind), () => fn(...args))
  }
  const start = (kind: 'setTimeout' | 'setInterval', fn: unknown, ms: unknown, args: unknown[]) => {
    if (stopped) return undefined
    let id: unknown
    id = env[kind](
      wrap(kind, fn, args, () => id),
      ms as number,
    )
    live.add(id)
    return id
  }
  const clear = (id: unknown) => {
    live.delete(id)
    env.clearTimeout(id)
    env.clearInterval(id)
  }
  return {
    timers: {
      setTimeout: (fn, ms, ...args) => start('setTimeout', fn, ms, args),
      clearTimeout: clear,
      setInterval: (fn, ms, ...args) => start('setInterval', fn, ms, args),
      clearInterval: clear,
    },
    stopAll() {
      stopped = true
      for (const id of live) clear(id)
    },
  }
}
