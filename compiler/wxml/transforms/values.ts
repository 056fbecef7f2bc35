// Attribute and text values as render-program source: a JSON string for literal text, an arrow
// `(s)=>…` for anything with a mustache.

import type { SourceLocation } from '../../errors.ts'
import type { TransformContext } from '../context.ts'
import { compileValue } from '../mustache.ts'

export function valueCode(text: string, loc: SourceLocation, ctx: TransformContext): string {
  const value = compileValue(text, loc, ctx.value)
  return value.kind === 'static' ? JSON.stringify(value.value) : `(s)=>${value.code}`
}

/** An expression that must be dynamic (wx:if, wx:for): literal text becomes a constant. */
export function exprCode(text: string, loc: SourceLocation, ctx: TransformContext): string {
  const value = compileValue(text, loc, ctx.value)
  return value.kind === 'static' ? `()=>${JSON.stringify(value.value)}` : `(s)=>${value.code}`
}

export function locCode(loc: SourceLocation): string {
  return `[${loc.line},${loc.column}]`
}
