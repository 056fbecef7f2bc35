// `Component()` used as a page's constructor is turned into a page definition: `methods` become
// page methods, lifetimes and pageLifetimes map to page hooks, and properties are filled from the
// page's query (as the platform does). Custom components proper live in `component/`.

import type { PageOptions } from './page.ts'
import { normalizeProperties } from './component/properties.ts'

type Def = Record<string, unknown>
type Fn = (this: unknown, ...args: unknown[]) => unknown

const asObject = (v: unknown): Def => (v && typeof v === 'object' ? (v as Def) : {})

/** The page definition a `Component({...})` page constructor stands for. */
export function componentAsPage(def: Def): PageOptions {
  const methods = asObject(def.methods)
  const lifetimes = {
    ...pick(def, ['created', 'attached', 'ready', 'detached']),
    ...asObject(def.lifetimes),
  }
  const pageLifetimes = asObject(def.pageLifetimes)
  const properties = asObject(def.properties)
  const data: Def = { ...defaults(properties), ...asObject(def.data) }
  const page: PageOptions = { ...methods, data }
  const chain = (name: string, ...fns: unknown[]) => {
    const list = fns.filter((f): f is Fn => typeof f === 'function')
    if (list.length)
      page[name] = function (this: unknown, ...args: unknown[]) {
        for (const f of list) f.apply(this, args)
      }
  }
  const fillProps = function (this: { data: Def }, query: Record<string, string>) {
    for (const key of Object.keys(properties)) if (key in (query ?? {})) this.data[key] = query[key]
  }
  chain('onLoad', fillProps, lifetimes.created, lifetimes.attached, methods.onLoad)
  chain('onShow', pageLifetimes.show, methods.onShow)
  chain('onHide', pageLifetimes.hide, methods.onHide)
  chain('onReady', lifetimes.ready, methods.onReady)
  chain('onUnload', lifetimes.detached, methods.onUnload)
  chain('onResize', pageLifetimes.resize, methods.onResize)
  return page
}

function pick(def: Def, keys: string[]): Def {
  return Object.fromEntries(
    keys.filter((k) => typeof def[k] === 'function').map((k) => [k, def[k]]),
  )
}

/** Property defaults: `{ a: String, b: { type: Number, value: 3 } }` → `{ a: '', b: 3 }`. */
function defaults(properties: Def): Def {
  const normalised = normalizeProperties(properties)
  return Object.fromEntries(Object.entries(normalised).map(([name, p]) => [name, p.value]))
}
