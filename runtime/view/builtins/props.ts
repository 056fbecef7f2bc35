// Property helpers: name normalisation and the platform's value conversions.
import type { BuiltinContext, BuiltinInstance, Setters } from './types.ts'

/** `scroll-y` → `scrollY`; `scrollY` stays. */
export function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())
}

/** Boolean properties convert like the platform: any truthy value, so the string "false" is
 *  true (a known WeChat gotcha) and only '' / false / 0 / null are false. */
export function toBool(v: unknown): boolean {
  return Boolean(v)
}

export function toNum(v: unknown, def: number): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : def
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v)
    return Number.isFinite(n) ? n : def
  }
  return def
}

export function toStr(v: unknown): string {
  return v == null ? '' : String(v)
}

/** Length property in px: a number is px; strings may end in px or rpx. */
export function toPx(v: unknown, ctx: BuiltinContext, def: number): number {
  if (typeof v === 'string') {
    const m = /^\s*(-?[\d.]+)\s*(rpx|px)?\s*$/.exec(v)
    if (!m) return def
    const n = Number(m[1])
    if (!Number.isFinite(n)) return def
    return m[2] === 'rpx' ? (n * ctx.windowWidth()) / 750 : n
  }
  return toNum(v, def)
}

/** Builds an instance whose `set` dispatches to camelCase setters. */
export function makeInstance(
  content: Element,
  setters: Setters,
  extra: Partial<Omit<BuiltinInstance, 'content' | 'set'>> = {},
): BuiltinInstance {
  return {
    content,
    set(name, value) {
      const key = camel(name)
      if (Object.hasOwn(setters, key)) setters[key]!(value)
    },
    ...extra,
  }
}

export function reflect(el: Element, attr: string, on: boolean): void {
  el.toggleAttribute(attr, on)
}

export function div(doc: Document, cls: string, tag = 'div'): HTMLElement {
  const node = doc.createElement(tag)
  node.className = cls
  return node
}
