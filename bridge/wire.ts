// The wire form of a setData patch, chosen by measurement (bench/bridge.ts, docs/bridge.md).
// The logic thread must JSON.stringify every patch anyway: the platform's 1024 KB limit counts
// the JSON's length, and the view must see the patch as JSON makes it (functions, undefined
// and NaN gone, Dates as strings). Given that string:
// - a patch of structure (rows, nested objects) crosses as the JSON string and is parsed on
//   arrival: a string crosses as one copy, and JSON.parse beats structured clone on such data;
// - a patch whose JSON is mostly top-level string values (one large text) crosses as the object
//   by structured clone: a string clones as one copy, while JSON.parse of a large string
//   literal is slower. Its top-level values are primitives, so the object already is its JSON
//   form.

import type { WirePatch } from './protocol.ts'

export interface EncodedPatch {
  /** What crosses: the JSON string, or the object itself when cloning is cheaper. */
  patch: WirePatch
  /** `json.length`: the UTF-16 length of the patch's JSON, what the platform's limit counts. */
  size: number
}

/** Top-level strings longer than this share of the JSON make the patch cross as an object. */
const STRING_SHARE = 0.5

/** Short patches cross as JSON: at this size the forms cost the same, and one form is simpler. */
const CLONE_ABOVE = 16 * 1024

/** Serializes a patch once, for its size and its wire form. */
export function encodePatch(patch: Record<string, unknown>): EncodedPatch {
  const json = JSON.stringify(patch)
  const size = json.length
  return { patch: size > CLONE_ABOVE && mostlyStrings(patch, size) ? patch : json, size }
}

/** The patch as the view applies it. */
export function decodePatch(patch: WirePatch): Record<string, unknown> {
  return typeof patch === 'string' ? (JSON.parse(patch) as Record<string, unknown>) : patch
}

/**
 * True when every top-level value is already what JSON would give back (a string, boolean,
 * null or finite number) and the strings are most of the JSON.
 */
function mostlyStrings(patch: Record<string, unknown>, jsonLength: number): boolean {
  let strings = 0
  for (const value of Object.values(patch)) {
    if (typeof value === 'string') strings += value.length
    else if (!isJsonPrimitive(value)) return false
  }
  return strings > jsonLength * STRING_SHARE
}

const isJsonPrimitive = (value: unknown): boolean =>
  value === null ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0))
