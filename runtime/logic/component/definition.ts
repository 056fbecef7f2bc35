// One normalised shape for what `Component({...})` and `Behavior({...})` are given: properties in
// full form, lifetimes as lists (the legacy top-level `created`… forms folded in, the `lifetimes`
// object winning), observers as lists, options and the rest kept. Behaviors are merged in by
// `behaviors.ts`.

import { normalizeProperties, type PropertyDef } from './properties.ts'

export type Fn = (this: unknown, ...args: unknown[]) => unknown
type Obj = Record<string, unknown>

export const LIFETIMES = ['created', 'attached', 'ready', 'moved', 'detached', 'error'] as const
export const PAGE_LIFETIMES = ['show', 'hide', 'resize'] as const
export type Lifetime = (typeof LIFETIMES)[number]
export type PageLifetime = (typeof PAGE_LIFETIMES)[number]

export interface ComponentOptions {
  multipleSlots?: boolean
  styleIsolation?: 'isolated' | 'apply-shared' | 'shared'
  addGlobalClass?: boolean
  pureDataPattern?: RegExp
  virtualHost?: boolean
}

/** A definition as given (one level: its own fields, its behaviors not merged in yet). */
export interface OwnDefinition {
  kind: 'component' | 'behavior'
  /** Set for built-in behaviors (`wx://form-field`). */
  builtin?: string
  behaviors: Array<OwnDefinition | string>
  properties: Record<string, PropertyDef>
  data: Obj
  methods: Record<string, Fn>
  lifetimes: Partial<Record<Lifetime, Fn>>
  pageLifetimes: Partial<Record<PageLifetime, Fn>>
  observers: Array<[string, Fn]>
  relations: Obj
  externalClasses: string[]
  options: ComponentOptions
  export: Fn | null
  definitionFilter: Fn | null
}

const MARK = Symbol('mpsim.behavior')

export const asObject = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {}

const fns = (o: Obj): Record<string, Fn> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'function')) as Record<
    string,
    Fn
  >

function pickLifetimes<K extends string>(names: readonly K[], ...sources: Obj[]) {
  const out: Partial<Record<K, Fn>> = {}
  for (const source of sources)
    for (const name of names) if (typeof source[name] === 'function') out[name] = source[name] as Fn
  return out
}

function normalizeOptions(o: Obj): ComponentOptions {
  const out: ComponentOptions = {}
  if (typeof o.multipleSlots === 'boolean') out.multipleSlots = o.multipleSlots
  if (o.styleIsolation === 'isolated' || o.styleIsolation === 'apply-shared')
    out.styleIsolation = o.styleIsolation
  if (o.styleIsolation === 'shared') out.styleIsolation = 'shared'
  if (typeof o.addGlobalClass === 'boolean') out.addGlobalClass = o.addGlobalClass
  if (typeof o.virtualHost === 'boolean') out.virtualHost = o.virtualHost
  if (o.pureDataPattern instanceof RegExp) out.pureDataPattern = o.pureDataPattern
  return out
}

export function normalizeOwn(kind: OwnDefinition['kind'], given: unknown): OwnDefinition {
  const def = asObject(given)
  const behaviors = Array.isArray(def.behaviors)
    ? def.behaviors.filter(
        (b): b is OwnDefinition | string => isBehavior(b) || typeof b === 'string',
      )
    : []
  return {
    kind,
    behaviors,
    properties: normalizeProperties(def.properties),
    data: asObject(def.data),
    methods: fns(asObject(def.methods)),
    // the `lifetimes` object wins over the legacy top-level forms (the platform's rule)
    lifetimes: pickLifetimes(LIFETIMES, def, asObject(def.lifetimes)),
    pageLifetimes: pickLifetimes(PAGE_LIFETIMES, asObject(def.pageLifetimes)),
    observers: Object.entries(fns(asObject(def.observers))),
    relations: asObject(def.relations),
    externalClasses: Array.isArray(def.externalClasses)
      ? def.externalClasses.filter((c): c is string => typeof c === 'string')
      : [],
    options: normalizeOptions(asObject(def.options)),
    export: typeof def.export === 'function' ? (def.export as Fn) : null,
    definitionFilter:
      typeof def.definitionFilter === 'function' ? (def.definitionFilter as Fn) : null,
  }
}

/** `Behavior(options)`: a definition a component (or behavior) lists in `behaviors`. */
export function Behavior(options: unknown): OwnDefinition {
  const def = normalizeOwn('behavior', options)
  Object.defineProperty(def, MARK, { value: true })
  return def
}

export function isBehavior(x: unknown): x is OwnDefinition {
  return !!x && typeof x === 'object' && (x as Record<symbol, unknown>)[MARK] === true
}

/** The built-in behaviors, by the names components list them under. */
export const BUILTIN_BEHAVIORS: Record<string, OwnDefinition> = {
  // adds `name` and `value` so the component takes part in <form> submit/reset
  'wx://form-field': {
    ...Behavior({ properties: { name: String, value: null } }),
    builtin: 'wx://form-field',
  },
  // makes selectComponent return what `export()` returns
  'wx://component-export': { ...Behavior({}), builtin: 'wx://component-export' },
  'wx://form-field-group': { ...Behavior({}), builtin: 'wx://form-field-group' },
  'wx://form-field-button': { ...Behavior({}), builtin: 'wx://form-field-button' },
  // base library 2.19.2+: a component wrapping a <scroll-view> lets it act as the page's scroller
  // (tdesign's scroll-view and indexes); nothing to add in mpsim's webview-style rendering
  'wx://proxy-scroll-view': { ...Behavior({}), builtin: 'wx://proxy-scroll-view' },
}
for (const b of Object.values(BUILTIN_BEHAVIORS)) Object.defineProperty(b, MARK, { value: true })
