// What the logic thread takes from its global scope, typed here so the runtime never needs DOM
// or Node types: timers, console, structuredClone and (in Web Workers and browsers) the
// `unhandledrejection` event. Every home (Node worker, Web Worker, page thread) has these.

type TimerId = unknown

export interface HostConsole {
  debug(...args: unknown[]): void
  log(...args: unknown[]): void
  info(...args: unknown[]): void
  warn(...args: unknown[]): void
  error(...args: unknown[]): void
}

export interface ThreadGlobals {
  setTimeout(fn: () => void, ms?: number): TimerId
  clearTimeout(id: TimerId): void
  setInterval(fn: () => void, ms?: number): TimerId
  clearInterval(id: TimerId): void
  queueMicrotask(fn: () => void): void
  structuredClone?<T>(value: T): T
  console: HostConsole
  addEventListener?(type: string, listener: (event: RejectionEvent) => void): void
}

export interface RejectionEvent {
  reason: unknown
  promise: Promise<unknown>
  preventDefault?(): void
}

export const env = globalThis as unknown as ThreadGlobals

/** A deep copy of JSON-like data (and Dates, Maps…) for storage and initial page data. */
export function deepCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (env.structuredClone) {
    try {
      return env.structuredClone(value)
    } catch {
      // functions inside: fall through to the JSON-ish copy below
    }
  }
  return plainCopy(value)
}

function plainCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (Array.isArray(value)) return value.map(plainCopy) as T
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = plainCopy(v)
  return out as T
}
