// WXS module → `WxsFactory` source. The code is checked with acorn (syntax errors point into the
// .wxs file, or into the .wxml file for an inline <wxs> block), each `require('./x.wxs')` literal
// is rewritten to the module id it names, and the body is wrapped in a function whose extra
// parameters shadow the host's globals, so WXS code sees `window`, `globalThis`… as undefined.

import { parse } from 'acorn'
import type { Node } from 'acorn'
import { createError, locationAt, offsetAt } from '../errors.ts'
import type { OnError } from '../errors.ts'

export interface WxsSource {
  /** Module id: `utils/fmt.wxs`, or `pages/index/index.wxml#fmt` for an inline block. */
  id: string
  /** File the code is in (the .wxs, or the .wxml of an inline block). */
  file: string
  /** The whole text of `file` (for code frames). */
  fileSource: string
  /** The module's code. */
  code: string
  /** Where `code` starts in `file` (1-based), for inline blocks. Defaults to 1:1. */
  line?: number
  column?: number
}

export interface WxsCompileResult {
  /** `function (module, exports, require, getRegExp, getDate, …) { … }` */
  code: string
  /** Module ids this module requires. */
  requires: string[]
}

/** Resolves a require request written in `file` to a module id, or null. */
export type WxsResolve = (file: string, request: string) => string | null

/** Globals WXS must not reach; they become parameters the loader never passes. (`eval` is not
 *  here: a parameter named `eval` is a syntax error if the module says 'use strict'.) */
export const SHADOWED_GLOBALS = [
  'window',
  'document',
  'globalThis',
  'self',
  'global',
  'top',
  'parent',
  'frames',
  'location',
  'navigator',
  'process',
  'Function',
  'setTimeout',
  'setInterval',
  'fetch',
  'XMLHttpRequest',
  '__mpsimView',
  'wx',
] as const

const PARAMS = ['module', 'exports', 'require', 'getRegExp', 'getDate', ...SHADOWED_GLOBALS]

/** Compiles one WXS module; returns null (after reporting WXS_SYNTAX) when it does not parse. */
export function compileWxs(
  src: WxsSource,
  resolve: WxsResolve,
  onError: OnError,
): WxsCompileResult | null {
  let ast: Node
  try {
    ast = parse(src.code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
    })
  } catch (e) {
    const err = e as SyntaxError & { pos?: number }
    const message = err.message.replace(/\s*\(\d+:\d+\)$/, '')
    onError(createError('WXS_SYNTAX', locate(src, err.pos ?? 0), src.fileSource, [message]))
    return null
  }
  const edits: Array<{ start: number; end: number; text: string }> = []
  const requires: string[] = []
  walk(ast, (node) => {
    const ctor = constructorRead(node)
    if (ctor) {
      // WXS's `x.constructor` is a type name string ("Array", "Object"…), not a function.
      edits.push({ start: ctor.objectStart, end: ctor.objectStart, text: '__wxsConstructor(' })
      edits.push({ start: ctor.objectEnd, end: ctor.end, text: ')' })
      return
    }
    const arg = requireArgument(node)
    if (!arg) return
    const id = resolve(src.file, arg.value)
    if (id === null) {
      onError(
        createError('IMPORT_NOT_FOUND', locate(src, arg.start), src.fileSource, [
          'wxs require',
          arg.value,
        ]),
      )
      return
    }
    requires.push(id)
    edits.push({ start: arg.start, end: arg.end, text: JSON.stringify(id) })
  })
  let code = src.code
  for (const e of edits.sort((a, b) => b.start - a.start))
    code = code.slice(0, e.start) + e.text + code.slice(e.end)
  const prelude = code.includes('__wxsConstructor(') ? CONSTRUCTOR_HELPER : ''
  return { code: `function (${PARAMS.join(', ')}) {\n${prelude}${code}\n}`, requires }
}

/** Location in the containing file of an offset in the module's code. */
function locate(src: WxsSource, offset: number) {
  const inner = locationAt(src.file, src.code, offset)
  const line0 = src.line ?? 1
  const col0 = src.column ?? 1
  const line = line0 + inner.line - 1
  const column = inner.line === 1 ? col0 + inner.column - 1 : inner.column
  return { file: src.file, line, column, offset: offsetAt(src.fileSource, line, column) }
}

const CONSTRUCTOR_HELPER =
  'var __wxsConstructor = function (v) { var t = Object.prototype.toString.call(v).slice(8, -1); ' +
  "return t === 'Null' || t === 'Undefined' ? undefined : t };\n"

/** `x.constructor` read (not assigned) → where `x` starts and ends. */
function constructorRead(
  node: Node,
): { objectStart: number; objectEnd: number; end: number } | null {
  const n = node as Node & {
    computed?: boolean
    object?: Node
    property?: Node & { name?: string }
  }
  if (
    n.type !== 'MemberExpression' ||
    n.computed ||
    n.property?.name !== 'constructor' ||
    !n.object
  )
    return null
  return { objectStart: n.object.start, objectEnd: n.object.end, end: n.end }
}

interface StringLiteral {
  value: string
  start: number
  end: number
}

/** `require('x')` with one string literal argument → that literal. */
function requireArgument(node: Node): StringLiteral | null {
  const n = node as Node & {
    callee?: Node & { name?: string }
    arguments?: Array<Node & { value?: unknown }>
  }
  if (n.type !== 'CallExpression' || n.callee?.type !== 'Identifier' || n.callee.name !== 'require')
    return null
  const arg = n.arguments?.[0]
  if (!arg || arg.type !== 'Literal' || typeof arg.value !== 'string') return null
  return { value: arg.value, start: arg.start, end: arg.end }
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node)
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) walk(child, visit)
    } else if (isNode(value)) walk(value, visit)
  }
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string'
}
