// Merging a component with its behaviors, by the platform's rules (docs "behaviors", 同名字段的覆盖
// 和组合规则):
// - properties and methods: the component's own win; among behaviors a later one wins over an
//   earlier one, and a behavior wins over the behaviors it lists.
// - data: same precedence, but two plain objects under one name are merged (deeply).
// - lifetimes and observers never override: all run, behaviors before the component, a listed
//   behavior before the one listing it, earlier before later; a behavior listed twice runs once.
// That is a depth-first walk (children first) over behaviors, each visited once, then the
// component itself, applying "later wins" for fields and "append" for hooks.

import {
  BUILTIN_BEHAVIORS,
  LIFETIMES,
  PAGE_LIFETIMES,
  type ComponentOptions,
  type Fn,
  type Lifetime,
  type OwnDefinition,
  type PageLifetime,
} from './definition.ts'
import type { PropertyDef } from './properties.ts'

type Obj = Record<string, unknown>

export interface MergedDefinition {
  id: string
  properties: Record<string, PropertyDef>
  data: Obj
  methods: Record<string, Fn>
  lifetimes: Record<Lifetime, Fn[]>
  pageLifetimes: Record<PageLifetime, Fn[]>
  observers: Array<[string, Fn]>
  relations: Obj
  externalClasses: string[]
  options: ComponentOptions
  export: Fn | null
  /** Built-in behaviors used anywhere in the chain (`wx://form-field`…). */
  builtins: Set<string>
  /** The behavior objects in the chain, for `hasBehavior` and relation targets. */
  behaviors: Set<OwnDefinition>
}

/** Behaviors in the order their hooks run: depth-first, listed ones first, each once. */
export function flatten(def: OwnDefinition, warn: (m: string) => void): OwnDefinition[] {
  const out: OwnDefinition[] = []
  const seen = new Set<OwnDefinition>()
  const visit = (d: OwnDefinition) => {
    if (seen.has(d)) return
    seen.add(d)
    for (const b of d.behaviors) {
      const resolved = typeof b === 'string' ? BUILTIN_BEHAVIORS[b] : b
      if (resolved) visit(resolved)
      else warn(`Behavior "${String(b)}" is not a built-in behavior; it is ignored.`)
    }
    out.push(d)
  }
  visit(def)
  return out
}

export function merge(id: string, own: OwnDefinition, warn: (m: string) => void): MergedDefinition {
  const merged: MergedDefinition = {
    id,
    properties: {},
    data: {},
    methods: {},
    lifetimes: Object.fromEntries(LIFETIMES.map((n) => [n, []])) as unknown as Record<
      Lifetime,
      Fn[]
    >,
    pageLifetimes: Object.fromEntries(PAGE_LIFETIMES.map((n) => [n, []])) as unknown as Record<
      PageLifetime,
      Fn[]
    >,
    observers: [],
    relations: {},
    externalClasses: [],
    options: {},
    export: null,
    builtins: new Set(),
    behaviors: new Set(),
  }
  for (const d of flatten(own, warn)) mergeOne(merged, d)
  return merged
}

function mergeOne(m: MergedDefinition, d: OwnDefinition): void {
  if (d.builtin) m.builtins.add(d.builtin)
  if (d.kind === 'behavior') m.behaviors.add(d)
  Object.assign(m.properties, d.properties)
  Object.assign(m.methods, d.methods)
  for (const [key, value] of Object.entries(d.data)) m.data[key] = mergeData(m.data[key], value)
  for (const name of LIFETIMES) if (d.lifetimes[name]) m.lifetimes[name].push(d.lifetimes[name])
  for (const name of PAGE_LIFETIMES)
    if (d.pageLifetimes[name]) m.pageLifetimes[name].push(d.pageLifetimes[name])
  m.observers.push(...d.observers)
  Object.assign(m.relations, d.relations)
  for (const c of d.externalClasses) if (!m.externalClasses.includes(c)) m.externalClasses.push(c)
  if (d.kind === 'component') m.options = { ...d.options }
  if (d.export) m.export = d.export
}

const isPlain = (v: unknown): v is Obj =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype

/** Two plain objects merge (the later's fields winning); anything else: the later value. */
function mergeData(earlier: unknown, later: unknown): unknown {
  if (!isPlain(earlier) || !isPlain(later)) return later
  const out: Obj = { ...earlier }
  for (const [k, v] of Object.entries(later)) out[k] = mergeData(out[k], v)
  return out
}
