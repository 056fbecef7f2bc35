// Attribute and text values as render-program source: a JSON string for literal text, an arrow
// `(s)=>…` for anything with a mustache.

import type { SourceLocation } from '../../errors.ts'
import { report, type TransformContext } from '../context.ts'
import { type CompiledValue, compileValue } from '../mustache.ts'

export function valueCode(text: string, loc: SourceLocation, ctx: TransformContext): string {
  const value = safeCompile(text, loc, ctx)
  return value.kind === 'static' ? JSON.stringify(value.value) : `(s)=>${value.code}`
}

/** An expression that must be dynamic (wx:if, wx:for): literal text becomes a constant. */
export function exprCode(text: string, loc: SourceLocation, ctx: TransformContext): string {
  const value = safeCompile(text, loc, ctx)
  return value.kind === 'static' ? `()=>${JSON.stringify(value.value)}` : `(s)=>${value.code}`
}

/** An expression nested thousands deep exhausts the compiler's stack: report it there. */
function safeCompile(text: string, loc: SourceLocation, ctx: TransformContext): CompiledValue {
  try {
    return compileValue(text, loc, ctx.value)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    report(ctx, 'EXPR_SYNTAX', loc, ['expression nested too deeply'])
    return { kind: 'static', value: '' }
  }
}

export function locCode(loc: SourceLocation): string {
  return `[${loc.line},${loc.column}]`
}
