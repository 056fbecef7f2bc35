// `Component()` used as a page's constructor is turned into a page definition: its behaviors are
// merged in by the platform's rules (component/behaviors.ts), `methods` become page methods,
// lifetimes and pageLifetimes map to page hooks (behaviors' first), and properties are filled
// from the page's query, coerced to their types (as the platform does); its setData runs
// `observers` and properties' `observer` (component/page-observers.ts). Custom components proper
// live in `component/`.

import type { PageOptions } from './page.ts'
import { merge, type MergedDefinition } from './component/behaviors.ts'
import { normalizeOwn } from './component/definition.ts'
import { observeSetData } from './component/page-observers.ts'
import { coerce } from './component/properties.ts'

type Def = Record<string, unknown>
type Fn = (this: unknown, ...args: unknown[]) => unknown

/** The page definition a `Component({...})` page constructor stands for. */
export function componentAsPage(
  def: Def,
  route = '',
  warn: (message: string) => void = () => {},
): PageOptions {
  const merged = merge(route, normalizeOwn('component', def), warn)
  const { methods, lifetimes, pageLifetimes, properties } = merged
  const data: Def = { ...defaults(merged), ...merged.data }
  const page: PageOptions = { ...methods, data }
  const chain = (name: string, ...fns: unknown[]) => {
    const list = fns.flat().filter((f): f is Fn => typeof f === 'function')
    if (list.length)
      page[name] = function (this: unknown, ...args: unknown[]) {
        for (const f of list) f.apply(this, args)
      }
  }
  // the view has rendered the defaults by onLoad: the values from the query go as a setData
  const fillProps = function (this: { setData(p: Def): void }, query: Record<string, string>) {
    const patch: Def = {}
    for (const [key, prop] of Object.entries(properties))
      if (key in (query ?? {})) patch[key] = coerce(prop, query[key])
    if (Object.keys(patch).length) this.setData(patch)
  }
  // its setData runs `observers` from onLoad on: the query's properties are the first change
  const observe = observeSetData(merged, warn)
  chain('onLoad', observe, fillProps, lifetimes.created, lifetimes.attached, methods.onLoad)
  chain('onShow', pageLifetimes.show, methods.onShow)
  chain('onHide', pageLifetimes.hide, methods.onHide)
  chain('onReady', lifetimes.ready, methods.onReady)
  chain('onUnload', lifetimes.detached, methods.onUnload)
  chain('onResize', pageLifetimes.resize, methods.onResize)
  return page
}

/** Property defaults: `{ a: String, b: { type: Number, value: 3 } }` → `{ a: '', b: 3 }`. */
function defaults(def: MergedDefinition): Def {
  return Object.fromEntries(Object.entries(def.properties).map(([name, p]) => [name, p.value]))
}
