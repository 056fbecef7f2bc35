// Component definitions from the logic thread (`Component({ properties, data, options… })`): the
// view needs their JSON-able defaults to create instances, their property types to coerce what
// templates pass, and their options (slots, style isolation, external classes).

import type { ComponentDefinition } from '../../../bridge/protocol.ts'
import type { ComponentViewDef } from '../bundle.ts'
import { coerce, typeName } from '../../logic/component/properties.ts'

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

  /** A fresh copy of the instance's initial data (data merged with property defaults). */
  initialData(id: string): Record<string, unknown> {
    const def = this.defs.get(id)
    return def ? structuredClone(def.data) : {}
  }
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
  const optionalTypes = (prop.optionalTypes ?? []).map(typeName)
  return coerce(
    { type: typeName(prop.type), optionalTypes, value: prop.value, observer: null },
    value,
  )
}
