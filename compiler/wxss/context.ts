// What one compileWxss call carries through its phases, and error reporting at postcss nodes.

import type { Node } from 'postcss'
import { createError, locationAt } from '../errors.ts'
import type { ErrorCode, OnError, Severity } from '../errors.ts'

export interface WxssHost {
  /** Resolves an @import request relative to `from` (project-relative file). Returns the
   *  project-relative path of an existing file, or null. Absolute `/x` is from the project root. */
  resolve(from: string, request: string): string | null
  /** Source text of a project file, or null when missing. */
  read(file: string): string | null
}

export interface WxssScope {
  /** Class prefix for this component's isolated classes (e.g. 'c1a2b3'); null for app.wxss and
   *  pages (pages are not isolated: their classes stay as written). */
  prefix: string | null
  /** Component id, used for :host (`[is="components/x/x"]` — the renderer sets is="<id>" on host
   *  elements, as WeChat's WebView does). */
  host: string | null
}

export interface CompileContext {
  host: WxssHost
  scope: WxssScope
  onError: OnError
  /** Files on the current @import chain, outermost first (cycle detection). */
  stack: string[]
  /** Every file already in the output: each is inlined once per stylesheet. */
  inlined: Set<string>
  /** Imported files in the order they were inlined. */
  imports: string[]
}

/** One source file being compiled: its project path and text (for locations and frames). */
export interface SourceFile {
  file: string
  source: string
}

export function reportAtOffset(
  ctx: CompileContext,
  src: SourceFile,
  offset: number,
  code: ErrorCode,
  args: readonly string[],
  severity: Severity = 'error',
): void {
  const loc = locationAt(src.file, src.source, offset)
  ctx.onError(createError(code, loc, src.source, args, severity))
}

export function reportAtNode(
  ctx: CompileContext,
  src: SourceFile,
  node: Node,
  code: ErrorCode,
  args: readonly string[],
  severity: Severity = 'error',
): void {
  reportAtOffset(ctx, src, node.source?.start?.offset ?? 0, code, args, severity)
}

export { offsetAt as offsetOf } from '../errors.ts'
