// `{{ }}` in attribute values and text. A value is split into literal runs and mustaches; each
// mustache is compiled by ./expression. What the platform does, pinned in mustache.test.ts:
// - `attr="{{x}}"` keeps x's type; anything else around it, even spaces (`" {{x}} "`), makes a
//   string (WeChat docs, reference/wxml/data: "spaces around the mustache are mixed in").
// - `{{}}` (empty) is a warning and yields '' (glass-easel: "the expression is empty").
// - There is no escape for braces: `\{{a}}` is a backslash and then a mustache, and a `}}` with
//   no `{{` is literal text. Inside a mustache, `}}` in a string literal or closing an object
//   literal (`{{ {a: 1}}}`) does not end it, as in glass-easel.
// - An unclosed `{{` is WXML_UNCLOSED_MUSTACHE; the rest of the value is kept as literal text.

import { createError, locationAt, type OnError, type SourceLocation } from '../errors.ts'
import { compileExpression, type CompileResult } from './expression/index.ts'
import { isSpace } from './expression/lexer.ts'

export interface ValueContext {
  file: string
  /** The whole file, for error locations and code frames. */
  source: string
  onError: OnError
  /** WXS module names visible in the file. */
  wxsNames: ReadonlySet<string>
}

export type CompiledValue = { kind: 'static'; value: string } | { kind: 'expr'; code: string }

/** A literal run `[start, end)`, or a mustache whose body is `[start, end)`. */
interface Part {
  mustache: boolean
  start: number
  end: number
}

/**
 * Text or attribute value starting at `loc`. An attribute that is exactly one mustache keeps the
 * value's type (`{{1}}` → number, `{{ {a:1} }}` → object); mixed text → `R.t([...])` string.
 * `code` is the body of an arrow `(s) => <code>`.
 */
export function compileValue(text: string, loc: SourceLocation, ctx: ValueContext): CompiledValue {
  const parts = splitMustaches(text, loc, ctx)
  const codes: string[] = []
  let literal = ''
  let dynamic = 0
  for (const p of parts) {
    const code = p.mustache ? compilePart(text, p, loc, ctx, 'mustache') : null
    if (code === null) {
      literal += p.mustache ? '' : text.slice(p.start, p.end)
      continue
    }
    if (literal) codes.push(JSON.stringify(literal))
    literal = ''
    codes.push(code)
    dynamic++
  }
  if (dynamic === 0) return { kind: 'static', value: literal }
  if (literal) codes.push(JSON.stringify(literal))
  if (codes.length === 1) return { kind: 'expr', code: codes[0]! }
  return { kind: 'expr', code: `R.t([${codes.join(',')}])` }
}

/**
 * `data="{{ ...item, a: 1, b }}"` of <template is>: the mustache content is an object literal
 * body without braces (`{{item}}` is `{item: item}`). Returns code producing the object, or null
 * when there is no usable mustache (glass-easel ignores a literal `data`).
 */
export function compileTemplateData(
  text: string,
  loc: SourceLocation,
  ctx: ValueContext,
): CompiledValue | null {
  const parts = splitMustaches(text, loc, ctx).filter((p) => p.mustache || !isBlank(text, p))
  const only = parts[0]
  if (parts.length !== 1 || !only?.mustache) {
    if (parts.some((p) => p.mustache))
      report(ctx, 'WXML_BAD_ATTR', at(loc, 0), ['data', 'must be one {{ }}'])
    return null
  }
  const code = compilePart(text, only, loc, ctx, 'templateData')
  return code === null ? null : { kind: 'expr', code }
}

/** Compiled code of one mustache, `null` when it is empty; a syntax error compiles to `void 0`. */
function compilePart(
  text: string,
  p: Part,
  loc: SourceLocation,
  ctx: ValueContext,
  mode: 'mustache' | 'templateData',
): string | null {
  if (isBlank(text, p)) {
    report(ctx, 'EXPR_SYNTAX', at(loc, p.start - 2), ['empty expression {{}}'], 'warning')
    return null
  }
  const result: CompileResult = compileExpression(text, ctx.wxsNames, p.start, p.end, mode)
  if (result.ok) return result.code
  const snippet = text.slice(p.start, p.end).trim()
  report(ctx, 'EXPR_SYNTAX', at(loc, result.error.offset), [
    `${result.error.message} in {{ ${snippet} }}`,
  ])
  return 'void 0'
}

function isBlank(text: string, p: Part): boolean {
  for (let i = p.start; i < p.end; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}

/** Splits `text` into literal runs and mustache bodies, in order. */
export function splitMustaches(text: string, loc: SourceLocation, ctx: ValueContext): Part[] {
  const parts: Part[] = []
  let from = 0
  for (;;) {
    const open = text.indexOf('{{', from)
    if (open < 0) break
    const close = findClose(text, open + 2)
    if (close < 0) {
      const shown = text.slice(open, open + 30).replace(/\s+/g, ' ')
      report(ctx, 'WXML_UNCLOSED_MUSTACHE', at(loc, open), [shown])
      break
    }
    if (open > from) parts.push({ mustache: false, start: from, end: open })
    parts.push({ mustache: true, start: open + 2, end: close })
    from = close + 2
  }
  if (from < text.length) parts.push({ mustache: false, start: from, end: text.length })
  return parts
}

/** Offset of the `}}` that ends a mustache body starting at `i`, or -1. Skips string literals
 *  and braces of object literals. */
function findClose(text: string, i: number): number {
  let depth = 0
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 34 || c === 39) {
      i = skipString(text, i, c)
      if (i < 0) return -1
      continue
    }
    if (c === 123) depth++
    else if (c === 125) {
      if (depth === 0 && text.charCodeAt(i + 1) === 125) return i
      if (depth > 0) depth--
    }
    i++
  }
  return -1
}

function skipString(text: string, i: number, quote: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === 92) j++
    else if (c === quote) return j + 1
  }
  return -1
}

function at(loc: SourceLocation, offset: number): number {
  return loc.offset + offset
}

function report(
  ctx: ValueContext,
  code: 'EXPR_SYNTAX' | 'WXML_UNCLOSED_MUSTACHE' | 'WXML_BAD_ATTR',
  fileOffset: number,
  args: string[],
  severity: 'error' | 'warning' = 'error',
): void {
  const where = locationAt(ctx.file, ctx.source, fileOffset)
  ctx.onError(createError(code, where, ctx.source, args, severity))
}
