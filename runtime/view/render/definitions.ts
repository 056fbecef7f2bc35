// Component definitions from the logic thread (`Component({ properties, data, options… })`): the
// view needs their JSON-able defaults to create instances, their property types to coerce what
// templates pass, and their options (slots, style isolation, external classes).

import type { ComponentDefinition } from '../../../bridge/protocol.ts'
import type { ComponentViewDef } from '../bundle.ts'
import { coerce, typeName, type PropertyDef } from '../../logic/component/properties.ts'

export class Definitions {
  private readonly defs = new Map<string, ComponentDefinition>()

  get(id: string): ComponentDefinition | undefined {
    return this.defs.get(id)
  }

  /** Stores definitions and applies their options to the bundle's view definitions. */
  define(list: readonly ComponentDefinition[], views: Record<string, ComponentViewDef>): void {
    for (const def of list) {
      this.defs.set(def.id, def)
      const view = views[def.id]
      if (!view) continue
      const o = def.options
      if (o.multipleSlots !== undefined) view.multipleSlots = o.multipleSlots
      if (o.virtualHost !== undefined) view.virtualHost = o.virtualHost
      if (o.addGlobalClass !== undefined) view.addGlobalClass = o.addGlobalClass
      if (o.styleIsolation !== undefined) view.styleIsolation = o.styleIsolation
      if (def.externalClasses.length) view.externalClasses = def.externalClasses
    }
  }

  /** Per definition: whether its data is plain (see `isPlainTree`), checked once. */
  private readonly plainData = new WeakMap<ComponentDefinition, boolean>()

  /** A fresh copy of the instance's initial data (data merged with property defaults). */
  initialData(id: string): Record<string, unknown> {
    const def = this.defs.get(id)
    if (!def) return {}
    let plain = this.plainData.get(def)
    if (plain === undefined) this.plainData.set(def, (plain = isPlainTree(def.data, new Set())))
    // structuredClone costs microseconds even for `{ a: '' }`; this runs once per instance
    return plain ? (copyPlain(def.data) as Record<string, unknown>) : structuredClone(def.data)
  }
}

/** Primitives, and plain objects and arrays (no holes) of them, each object reached once: a
 *  copy by `copyPlain` is then what structuredClone would give. */
function isPlainTree(value: unknown, seen: Set<object>): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function'
  if (seen.has(value)) return false
  seen.add(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      if (!(i in value) || !isPlainTree(value[i], seen)) return false
    return Object.keys(value).length === value.length
  }
  const proto = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return false
  if (Object.getOwnPropertySymbols(value).length) return false
  for (const key of Object.keys(value))
    if (key === '__proto__' || !isPlainTree((value as Record<string, unknown>)[key], seen))
      return false
  return true
}

function copyPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(copyPlain)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value))
    out[key] = copyPlain((value as Record<string, unknown>)[key])
  return out
}

/** Whether `name` is a declared property (without a definition, every attribute is one). */
export function isProperty(def: ComponentDefinition | undefined, name: string): boolean {
  return !def || Object.hasOwn(def.properties, name)
}

/** A template value converted to the property's declared type, by the same rule the logic
 *  thread applies (so both threads hold the same value). Without a definition (no logic thread),
 *  values pass as they are, undefined as null. */
export function coerceProperty(
  def: ComponentDefinition | undefined,
  name: string,
  value: unknown,
): unknown {
  const prop = def?.properties[name]
  if (!prop) return value === undefined ? null : value
  let normalized = normalizedProperties.get(prop)
  if (!normalized) {
    const optionalTypes = (prop.optionalTypes ?? []).map(typeName)
    normalized = { type: typeName(prop.type), optionalTypes, value: prop.value, observer: null }
    normalizedProperties.set(prop, normalized)
  }
  return coerce(normalized, value)
}

/** Each declared property in the form `coerce` takes, made once (templates set properties of
 *  every instance). */
const normalizedProperties = new WeakMap<object, PropertyDef>()
