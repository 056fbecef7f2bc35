// Public face of the WXML expression language: parse a `{{ }}` body into a tree, and compile it
// to JavaScript over `s` and `R`. Errors are returned with the offset of the bad character in
// the given text; nothing here throws.

import type { Expression } from './ast.ts'
import { generate } from './codegen.ts'
import { ExprSyntaxError } from './lexer.ts'
import { Parser } from './parser.ts'

export type { Expression } from './ast.ts'
export { generate } from './codegen.ts'

export interface ExprError {
  /** Offset in the text passed in (not relative to `start`). */
  offset: number
  message: string
}

export type ParseResult = { ok: true; ast: Expression } | { ok: false; error: ExprError }
export type CompileResult = { ok: true; code: string } | { ok: false; error: ExprError }

/**
 * Parses `text[start, end)` as a mustache body. `mode` 'mustache' also accepts an object literal
 * written without braces (`a: 1, b`); 'templateData' always reads an object body (the `data`
 * attribute of <template is>); 'expression' accepts a plain expression only.
 */
export function parseExpression(
  text: string,
  start = 0,
  end = text.length,
  mode: 'mustache' | 'templateData' | 'expression' = 'mustache',
): ParseResult {
  try {
    const parser = new Parser(text, start, end)
    const ast =
      mode === 'mustache'
        ? parser.mustache()
        : mode === 'templateData'
          ? parser.templateData()
          : parser.expressionOnly()
    return { ok: true, ast }
  } catch (e) {
    if (e instanceof ExprSyntaxError)
      return { ok: false, error: { offset: e.offset, message: e.message } }
    // The parser throws nothing else; a bug must not crash the compiler either.
    return { ok: false, error: { offset: start, message: String(e) } }
  }
}

/** Parses and generates in one step. `wxsNames` are the WXS module names visible in the file. */
export function compileExpression(
  text: string,
  wxsNames: ReadonlySet<string>,
  start = 0,
  end = text.length,
  mode: 'mustache' | 'templateData' | 'expression' = 'mustache',
): CompileResult {
  const parsed = parseExpression(text, start, end, mode)
  return parsed.ok ? { ok: true, code: generate(parsed.ast, wxsNames) } : parsed
}
