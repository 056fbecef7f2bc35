// State shared by the transforms of one .wxml file.

import {
  createError,
  type ErrorCode,
  type OnError,
  type Severity,
  type SourceLocation,
} from '../errors.ts'
import type { WxmlHost, InlineWxs } from './compile.ts'
import type { ValueContext } from './mustache.ts'

export interface TransformContext {
  file: string
  source: string
  host: WxmlHost
  onError: OnError
  /** For expressions: file, source, onError and the WXS module names of this file. */
  value: ValueContext
  imports: string[]
  includes: string[]
  wxsFiles: string[]
  inlineWxs: InlineWxs[]
  /** WXS module name → module id. */
  wxs: Record<string, string>
  /** Files being included right now (for cycle reports). */
  includeStack: string[]
  /** Node declarations (`const n3={…}`), children before parents. Every element, condition and
   *  list is declared on its own, so the generated code stays flat however deep the template
   *  nests (deeply nested literals do not load: JavaScript parsers have a nesting limit). */
  decls: string[]
}

/** Declares a node and returns its name. */
export function hoist(ctx: TransformContext, code: string): string {
  const name = `n${ctx.decls.length}`
  ctx.decls.push(`${name}=${code}`)
  return name
}

export function report(
  ctx: TransformContext,
  code: ErrorCode,
  loc: SourceLocation,
  args: string[] = [],
  severity: Severity = 'error',
): void {
  // The location may belong to an included file; frames come from that file's source.
  const source = loc.file === ctx.file ? ctx.source : (ctx.host.read(loc.file) ?? '')
  ctx.onError(createError(code, loc, source, args, severity))
}

/** Path without extension: `pages/index/index.wxml` → `pages/index/index`. */
export function stripExt(file: string): string {
  return file.replace(/\.(wxml|wxs)$/, '')
}
