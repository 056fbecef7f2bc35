// Argument checks with the platform's wording. The base library reports a wrong or missing
// argument as `<api>:fail parameter error: parameter.<name> should be <Type> instead of <Type>;`
// (seen verbatim in client code, e.g. "mkdir:fail parameter error: parameter.dirPath should be
// String instead of Undefined;"), type names capitalised as in Object.prototype.toString.

import type { ApiArgs, ApiResult } from './types.ts'
import { fail } from './types.ts'

export type ParamType = 'String' | 'Number' | 'Boolean' | 'Object' | 'Array' | 'Function'

export function typeName(value: unknown): string {
  if (value === null) return 'Null'
  if (value === undefined) return 'Undefined'
  if (Array.isArray(value)) return 'Array'
  if (value instanceof ArrayBuffer) return 'ArrayBuffer'
  const t = typeof value
  if (t === 'object') return 'Object'
  return t.charAt(0).toUpperCase() + t.slice(1)
}

export function parameterError(api: string, name: string, expected: string, value: unknown) {
  return fail(
    api,
    `parameter error: parameter.${name} should be ${expected} instead of ${typeName(value)};`,
  )
}

/** Checks required and optional parameters; the first mismatch is the error, as on the platform. */
export function checkParams(
  api: string,
  args: ApiArgs,
  required: Record<string, ParamType | ParamType[]>,
  optional: Record<string, ParamType | ParamType[]> = {},
): ApiResult | null {
  for (const [name, types] of Object.entries(required)) {
    const error = checkOne(api, name, args[name], types)
    if (error) return error
  }
  for (const [name, types] of Object.entries(optional)) {
    if (args[name] === undefined) continue
    const error = checkOne(api, name, args[name], types)
    if (error) return error
  }
  return null
}

function checkOne(api: string, name: string, value: unknown, types: ParamType | ParamType[]) {
  const list = Array.isArray(types) ? types : [types]
  if (list.includes(typeName(value) as ParamType)) return null
  return parameterError(api, name, list.join(' or '), value)
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeName(value) === 'Object'
}
