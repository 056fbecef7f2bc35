// Component `properties`: the shorthand (`name: String`) and the full form
// (`{ type, optionalTypes, value, observer }`) normalised to one shape, their defaults, and how a
// value from a parent's template is coerced to the declared type.

type Ctor = unknown

export type PropertyTypeName = 'String' | 'Number' | 'Boolean' | 'Object' | 'Array' | null

export interface PropertyDef {
  type: PropertyTypeName
  optionalTypes: PropertyTypeName[]
  /** The default; a fresh copy is taken per instance. */
  value: unknown
  observer:
    ((this: unknown, newVal: unknown, oldVal: unknown, path: string[]) => void) | string | null
}

const TYPES: Array<[Ctor, PropertyTypeName]> = [
  [String, 'String'],
  [Number, 'Number'],
  [Boolean, 'Boolean'],
  [Object, 'Object'],
  [Array, 'Array'],
]

/** `String` → 'String'; `null`, undefined and anything unknown → null (no type restriction). */
export function typeName(type: Ctor): PropertyTypeName {
  if (typeof type === 'string') {
    const known = TYPES.find(([, name]) => name === type)
    return known ? known[1] : null
  }
  return TYPES.find(([ctor]) => ctor === type)?.[1] ?? null
}

/** The platform's default for a type when `value` is not given. */
export function typeDefault(type: PropertyTypeName): unknown {
  switch (type) {
    case 'String':
      return ''
    case 'Number':
      return 0
    case 'Boolean':
      return false
    case 'Array':
      return []
    default:
      return null // Object and untyped
  }
}

export function normalizeProperty(spec: unknown): PropertyDef {
  const full = spec !== null && typeof spec === 'object' && !Array.isArray(spec)
  const o = full ? (spec as Record<string, unknown>) : {}
  const type = typeName(full ? o.type : spec)
  const optionalTypes = Array.isArray(o.optionalTypes) ? o.optionalTypes.map(typeName) : []
  const observer = typeof o.observer === 'function' || typeof o.observer === 'string'
  return {
    type,
    optionalTypes,
    value: full && 'value' in o ? o.value : typeDefault(type),
    observer: observer ? (o.observer as PropertyDef['observer']) : null,
  }
}

export function normalizeProperties(properties: unknown): Record<string, PropertyDef> {
  const out: Record<string, PropertyDef> = {}
  if (!properties || typeof properties !== 'object') return out
  for (const [name, spec] of Object.entries(properties)) out[name] = normalizeProperty(spec)
  return out
}

function matches(type: PropertyTypeName, value: unknown): boolean {
  switch (type) {
    case null:
      return true
    case 'String':
      return typeof value === 'string'
    case 'Number':
      return typeof value === 'number'
    case 'Boolean':
      return typeof value === 'boolean'
    case 'Array':
      return Array.isArray(value)
    case 'Object':
      return value !== null && typeof value === 'object'
  }
}

/**
 * A value for a property, as the component receives it: kept when it has the type or one of the
 * optionalTypes; otherwise converted (mpsim's reading of the platform: String(x) for primitives,
 * Number(x) when that is a number else 0, Boolean by truthiness, Array/Object → the type's empty
 * value). `null`/`undefined` for a String or Number give the type's default, not 'null'.
 */
export function coerce(def: PropertyDef, value: unknown): unknown {
  if (matches(def.type, value) || def.optionalTypes.some((t) => t !== null && matches(t, value)))
    return value
  switch (def.type) {
    case 'String':
      return value === null || value === undefined || typeof value === 'object' ? '' : String(value)
    case 'Number': {
      const n =
        value === null || value === undefined || typeof value === 'object' ? NaN : Number(value)
      return Number.isNaN(n) ? 0 : n
    }
    case 'Boolean':
      return Boolean(value)
    default:
      return typeDefault(def.type)
  }
}
