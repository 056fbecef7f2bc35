// Data crosses to the view as JSON (as on the platform, where setData serialises its patch), so
// values JSON cannot carry are lost on the way: functions and Symbols vanish, a Map or Set
// arrives as {}, a class instance as its own fields without its methods. A cycle or a BigInt
// makes JSON.stringify throw (the platform's "Converting circular structure to JSON"). mpsim
// warns about each, naming the data path, and goes on with what JSON gives; a key JSON cannot
// serialise at all is dropped from the patch.

const MAX_DEPTH = 64

/** Why `value` would not reach the view intact, with the data path of the first problem. */
export function unserialisableReason(value: unknown, path: string): string | null {
  return walk(value, path, 0)
}

function walk(value: unknown, path: string, depth: number): string | null {
  switch (typeof value) {
    case 'function':
      return `"${path}" is a function: functions cannot be sent to the view and are dropped`
    case 'symbol':
      return `"${path}" is a Symbol: Symbols cannot be sent to the view and are dropped`
    case 'bigint':
      return `"${path}" is a BigInt, which JSON cannot serialise`
    case 'object':
      break
    default:
      return null
  }
  if (value === null || depth > MAX_DEPTH) return null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const r = walk(value[i], `${path}[${i}]`, depth + 1)
      if (r) return r
    }
    return null
  }
  const kind = special(value)
  if (kind) return `"${path}" is a ${kind}: it reaches the view as {}`
  const proto = Object.getPrototypeOf(value) as object | null
  if (proto !== null && proto !== Object.prototype && !(value instanceof Date) && hasMethods(proto))
    return `"${path}" is an instance of ${proto.constructor?.name || 'a class'}: only its own fields reach the view, not its methods`
  for (const key of Object.keys(value)) {
    const r = walk((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1)
    if (r) return r
  }
  return null
}

function special(value: object): string | null {
  if (value instanceof Map) return 'Map'
  if (value instanceof Set) return 'Set'
  if (value instanceof WeakMap) return 'WeakMap'
  if (value instanceof WeakSet) return 'WeakSet'
  if (value instanceof Promise) return 'Promise'
  return null
}

function hasMethods(proto: object): boolean {
  return Object.getOwnPropertyNames(proto).some(
    (k) =>
      k !== 'constructor' && typeof Object.getOwnPropertyDescriptor(proto, k)?.value === 'function',
  )
}

/** The platform's error text when JSON.stringify throws on `value` (a cycle, a BigInt). */
export function jsonError(value: unknown): string | null {
  try {
    JSON.stringify(value)
    return null
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e)
  }
}
