// WXS at run time: a CommonJS-style loader over the bundle's `WxsFactory` functions, and the two
// constructors WXS code gets instead of `new RegExp` / `new Date`.

import type { WxsFactory } from './bundle.ts'

export interface WxsLoader {
  /** The module's `module.exports`, running its factory the first time. */
  load(id: string): unknown
}

/** Creates a loader. Each module runs once; a module required again while it is still running
 *  (a cycle) gets its exports as they are so far, as in CommonJS. */
export function createWxsLoader(factories: Record<string, WxsFactory>): WxsLoader {
  const cache = new Map<string, { exports: unknown }>()
  const load = (id: string): unknown => {
    const cached = cache.get(id)
    if (cached) return cached.exports
    const factory = Object.hasOwn(factories, id) ? factories[id] : undefined
    if (!factory) throw new Error(`WXS module not found: ${id}`)
    const module = { exports: {} as unknown }
    cache.set(id, module)
    try {
      factory(module, module.exports, load, getRegExp, getDate)
    } catch (e) {
      cache.delete(id)
      throw e
    }
    return module.exports
  }
  return { load }
}

/** `getRegExp(pattern[, flags])`: flags are any of `g`, `i`, `m` (the WXS reference). */
export function getRegExp(pattern: unknown, flags?: unknown): RegExp {
  const f = flags === undefined ? '' : String(flags)
  if (!/^[gim]*$/.test(f) || new Set(f).size !== f.length) {
    throw new SyntaxError(`getRegExp: invalid flags "${f}" (allowed: g, i, m)`)
  }
  return new RegExp(pattern instanceof RegExp ? pattern.source : String(pattern), f)
}

/**
 * `getDate()` is now; `getDate(milliseconds)`, `getDate(datestring)`, and
 * `getDate(year, month[, date[, hours[, minutes[, seconds[, milliseconds]]]]])` as `new Date`.
 */
export function getDate(...args: unknown[]): Date {
  if (args.length === 0) return new Date()
  if (args.length === 1) {
    const [v] = args
    return new Date(typeof v === 'number' || typeof v === 'string' ? v : Number(v))
  }
  const [y, m, ...rest] = args.map(Number) as [number, number, ...number[]]
  return new Date(y, m, ...rest)
}
