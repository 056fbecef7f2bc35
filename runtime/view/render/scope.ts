// Lexical scopes of a rendered template, and the two helpers that read through them: `R.v`
// (names and paths, recorded as dependencies) and `R.x` (WXS modules).

import type { Scope as IrScope } from '../template/ir.ts'
import { isTracking, recordRead } from './effect.ts'
import type { ModuleInstance } from './modules.ts'

const hasOwn = Object.prototype.hasOwnProperty
const REFUSED = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * A template's root scope (a page's or component's data, or a <template>'s data object) or a
 * wx:for row inside it. `base` is the dependency path of `data`: [] for a component's data, and
 * null when `data` is a computed value (a <template data> object), which is refreshed as a whole
 * instead of tracked path by path.
 */
export class Scope implements IrScope {
  declare readonly __scope: true
  // Row variables (unused on a root scope).
  itemName = ''
  indexName = ''
  item: unknown = undefined
  /** Data path of `item` when the list came straight from data; null for computed lists. */
  itemPath: string[] | null = null
  index: unknown = undefined

  constructor(
    readonly parent: Scope | null,
    /** Root scopes only (rows read through to their root): the data names resolve in. */
    public data: Record<string, unknown>,
    readonly base: string[] | null,
    readonly module: ModuleInstance,
  ) {}

  row(itemName: string, indexName: string): Scope {
    const scope = new Scope(this, this.data, this.base, this.module)
    scope.itemName = itemName
    scope.indexName = indexName
    return scope
  }

  /** The root scope (component or <template> data) this scope belongs to. */
  root(): Scope {
    let sc: Scope = this
    while (sc.itemName && sc.parent) sc = sc.parent
    return sc
  }
}

/** R.v: `name.seg…` */
export function readPath(s: IrScope, name: string, ...segs: unknown[]): unknown {
  let scope = s as Scope
  let value: unknown
  let path: string[] | null = null
  let found = false
  for (; scope.itemName && scope.parent; scope = scope.parent) {
    const sc = scope
    if (name === sc.itemName) {
      value = sc.item
      path = sc.itemPath
      found = true
      break
    }
    if (name === sc.indexName) {
      value = sc.index
      found = true
      break
    }
  }
  if (!found) {
    const data = scope.data
    value = hasOwn.call(data, name) ? data[name] : undefined
    path = scope.base ? [...scope.base, name] : null
  }
  let recordLength = segs.length
  for (let i = 0; i < segs.length; i++) {
    const key = String(segs[i])
    if (key === 'length' && (Array.isArray(value) || typeof value === 'string')) {
      // `list.length` changes whenever an item is added: depend on the list itself.
      if (recordLength === segs.length) recordLength = i
      value = value.length
      continue
    }
    value = member(value, key)
  }
  if (path && isTracking()) {
    const full = path.slice()
    for (let i = 0; i < recordLength; i++) full.push(String(segs[i]))
    recordRead(full)
  }
  return value
}

function member(value: unknown, key: string): unknown {
  if (value === null || value === undefined || REFUSED.has(key)) return undefined
  if (typeof value === 'object')
    return hasOwn.call(value, key) ? (value as Record<string, unknown>)[key] : undefined
  if (typeof value === 'string') {
    const index = Number(key)
    return Number.isInteger(index) ? value[index] : undefined
  }
  return undefined
}

/** R.x: the WXS module bound to `name` in the scope's template file. */
export function readWxs(s: IrScope, name: string): unknown {
  return (s as Scope).root().module.wxs(name)
}
