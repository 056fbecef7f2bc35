// The render helpers compiled expressions call for computed values (`R.m`, `R.c`, `R.f`,
// `R.t`), and how a value shows as text. `R.v` and `R.x` need the renderer's scope and live in
// runtime/view/render/scope.ts.
//
// Safety: an expression only ever holds data (JSON-like values from setData) and WXS exports.
// These helpers read own properties only, refuse the keys that lead to constructors, and call
// only WXS functions and an allow-list of pure built-in methods, so no expression can reach
// `Function`, a global, or mutate the data mirror (`list.sort()` is not allowed).

const hasOwn = Object.prototype.hasOwnProperty
const getProto = Object.getPrototypeOf
const objectToString = Object.prototype.toString

const REFUSED = new Set(['constructor', '__proto__', 'prototype'])
// Sloppy-mode functions have these as own properties; `caller` can leak a function.
const FUNCTION_REFUSED = new Set(['caller', 'arguments', 'callee'])

const OBJECT_METHODS = ['hasOwnProperty', 'toString', 'valueOf']
// prettier-ignore
const STRING_METHODS = new Set([
  'at', 'charAt', 'charCodeAt', 'codePointAt', 'concat', 'endsWith', 'includes', 'indexOf',
  'lastIndexOf', 'localeCompare', 'match', 'normalize', 'padEnd', 'padStart', 'repeat', 'replace',
  'replaceAll', 'search', 'slice', 'split', 'startsWith', 'substr', 'substring', 'toLowerCase',
  'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd',
  ...OBJECT_METHODS,
])
const NUMBER_METHODS = new Set([
  'toFixed',
  'toPrecision',
  'toExponential',
  'toLocaleString',
  ...OBJECT_METHODS,
])
const BOOLEAN_METHODS = new Set(OBJECT_METHODS)
// Only methods that leave the array alone: templates must not change the data they render.
// prettier-ignore
const ARRAY_METHODS = new Set([
  'at', 'concat', 'every', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flat',
  'flatMap', 'forEach', 'includes', 'indexOf', 'join', 'lastIndexOf', 'map', 'reduce',
  'reduceRight', 'slice', 'some', 'toReversed', 'toSorted', 'toSpliced', 'with',
  ...OBJECT_METHODS,
])
// WXS `getDate()` values: the reading methods only.
// prettier-ignore
const DATE_METHODS = new Set([
  'getDate', 'getDay', 'getFullYear', 'getHours', 'getMilliseconds', 'getMinutes', 'getMonth',
  'getSeconds', 'getTime', 'getTimezoneOffset', 'getUTCDate', 'getUTCDay', 'getUTCFullYear',
  'getUTCHours', 'getUTCMilliseconds', 'getUTCMinutes', 'getUTCMonth', 'getUTCSeconds',
  'toISOString', 'toJSON', 'toDateString', 'toTimeString', 'toLocaleDateString',
  'toLocaleString', 'toLocaleTimeString', 'toUTCString', ...OBJECT_METHODS,
])
const REGEXP_METHODS = new Set(['test', 'toString'])

/** A property key, or null for keys an expression may not use. */
function propertyKey(key: unknown): string | null {
  let k: string
  if (typeof key === 'string') k = key
  else if (typeof key === 'number' || typeof key === 'boolean' || key == null) k = String(key)
  else return null
  return REFUSED.has(k) ? null : k
}

/** An object literal or WXS `module.exports`, from any realm: its prototype is an Object
 *  prototype (whose own prototype is null), or null. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = getProto(value)
  return proto === null || getProto(proto) === null
}

/** `obj[key]` on a computed value: own properties only, plus `length` of strings and arrays. */
export function m(obj: unknown, key: unknown): unknown {
  const k = propertyKey(key)
  if (k === null || obj == null) return undefined
  if (typeof obj === 'string') {
    return k === 'length' || hasOwn.call(Object(obj), k)
      ? (obj as unknown as Record<string, unknown>)[k]
      : undefined
  }
  if (typeof obj === 'function' && FUNCTION_REFUSED.has(k)) return undefined
  if (typeof obj !== 'object' && typeof obj !== 'function') return undefined
  return hasOwn.call(obj, k) ? (obj as Record<string, unknown>)[k] : undefined
}

/** The built-in method `key` may call on `recv`, or null. */
function builtinMethod(recv: unknown, k: string): ((...args: unknown[]) => unknown) | null {
  let allowed: Set<string>
  let proto: object
  if (typeof recv === 'string') [allowed, proto] = [STRING_METHODS, String.prototype]
  else if (typeof recv === 'number') [allowed, proto] = [NUMBER_METHODS, Number.prototype]
  else if (typeof recv === 'boolean') [allowed, proto] = [BOOLEAN_METHODS, Boolean.prototype]
  else if (Array.isArray(recv)) [allowed, proto] = [ARRAY_METHODS, Array.prototype]
  else if (objectToString.call(recv) === '[object Date]')
    [allowed, proto] = [DATE_METHODS, Date.prototype]
  else if (objectToString.call(recv) === '[object RegExp]')
    [allowed, proto] = [REGEXP_METHODS, RegExp.prototype]
  else if (typeof recv === 'object' && recv !== null)
    [allowed, proto] = [BOOLEAN_METHODS, Object.prototype]
  else return null
  if (!allowed.has(k)) return null
  return (proto as Record<string, (...args: unknown[]) => unknown>)[k] ?? null
}

/** `recv[key](...args)` with `this` = recv. Anything not allowed gives `undefined`. */
export function c(recv: unknown, key: unknown, args: unknown[]): unknown {
  const k = propertyKey(key)
  if (k === null || recv == null) return undefined
  if (isPlainObject(recv) && hasOwn.call(recv, k)) {
    const fn = recv[k]
    return typeof fn === 'function'
      ? (fn as (...a: unknown[]) => unknown).apply(recv, args)
      : undefined
  }
  const method = builtinMethod(recv, k)
  return method ? method.apply(recv, args) : undefined
}

/** `fn(...args)` for a value that is itself a function (a WXS export called directly). */
export function f(fn: unknown, args: unknown[]): unknown {
  return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown)(...args) : undefined
}

/** How `{{value}}` shows in text, as WeChat's WebView prints it (its compiler wcc and
 *  j-component agree; glass-easel prints null as ''): undefined as '', anything else through
 *  String() (null → 'null', `[1,2]` → '1,2', an object → '[object Object]'). */
export function toText(value: unknown): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  try {
    return String(value)
  } catch {
    // An object without a prototype has no toString.
    return '[object Object]'
  }
}

/** Concatenates the parts of a mixed string (`a {{b}} c`). */
export function t(parts: unknown[]): string {
  let out = ''
  for (const p of parts) out += toText(p)
  return out
}
