// The part of a merged definition a view needs (`ComponentDefinition` in bridge/protocol.ts): the
// JSON-able initial data with property defaults, each property's type name and default, external
// classes and the options that change rendering. The host sends these as `defineComponents`.

import type { ComponentDefinition } from '../../../bridge/protocol.ts'
import type { MergedDefinition } from './behaviors.ts'

/** JSON's copy: what the bridge would carry (functions, undefined and class instances drop).
 *  A top-level function (tdesign's `value: () => []`) has no JSON text: it gives undefined. */
function jsonCopy<T>(value: T): T | undefined {
  const text = JSON.stringify(value) as string | undefined
  return text === undefined ? undefined : (JSON.parse(text) as T)
}

export function definitionForView(def: MergedDefinition): ComponentDefinition {
  const pure = def.options.pureDataPattern
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(def.data)) if (!pure?.test(key)) data[key] = value
  const properties: ComponentDefinition['properties'] = {}
  for (const [name, prop] of Object.entries(def.properties)) {
    properties[name] = { type: prop.type, value: jsonCopy(prop.value) ?? null }
    const optional = prop.optionalTypes.filter((t) => t !== null) as string[]
    if (optional.length) properties[name].optionalTypes = optional
    if (!pure?.test(name)) data[name] = prop.value
  }
  const { pureDataPattern, ...rest } = def.options
  return {
    id: def.id,
    data: jsonCopy(data) ?? {},
    properties,
    externalClasses: [...def.externalClasses],
    ...(def.builtins.has('wx://form-field') ? { builtinBehaviors: ['wx://form-field'] } : {}),
    options: pureDataPattern ? { ...rest, pureDataPattern: pureDataPattern.source } : rest,
  }
}
