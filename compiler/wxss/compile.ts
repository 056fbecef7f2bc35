// WXSS file → CssChunks. Each file (the entry and every @import) goes: parse (postcss) →
// transform (transform.ts: rpx, selectors) → inline its imports (imports.ts). The combined tree
// is printed once and split into text and rpx numbers (rpx.ts). Errors go to onError; this
// never throws, and a file that cannot parse contributes nothing while the rest goes on.

import postcss, { CssSyntaxError } from 'postcss'
import type { Root } from 'postcss'
import type { OnError } from '../errors.ts'
import type { CssChunks } from '../../runtime/view/bundle.ts'
import { offsetOf, reportAtOffset } from './context.ts'
import type { CompileContext, SourceFile, WxssHost, WxssScope } from './context.ts'
import { inlineImports } from './imports.ts'
import { sanitize, splitChunks } from './rpx.ts'
import { transformRoot } from './transform.ts'
import { validateRoot } from './validate.ts'

export type { WxssHost, WxssScope } from './context.ts'

export interface WxssResult {
  chunks: CssChunks
  /** Project-relative files inlined by @import, in the order they were inlined. */
  imports: string[]
}

export interface WxssCompileOptions {
  /** Project-relative path of the file, with `/` separators. */
  file: string
  source: string
  host: WxssHost
  scope: WxssScope
  onError: OnError
}

export function compileWxss(opts: WxssCompileOptions): WxssResult {
  const { file, source, host, scope, onError } = opts
  const ctx: CompileContext = {
    host,
    scope,
    onError,
    stack: [file],
    inlined: new Set([file]),
    imports: [],
  }
  const root = loadFile(ctx, { file, source })
  return { chunks: root ? splitChunks(root.toString()) : [], imports: ctx.imports }
}

function loadFile(ctx: CompileContext, src: SourceFile): Root | null {
  const root = parse(ctx, src)
  if (!root) return null
  try {
    validateRoot(ctx, src, root)
    transformRoot(ctx, src, root)
    inlineImports(ctx, src, root, loadFile)
  } catch (e) {
    // Not expected; but one odd file must not stop the build.
    reportAtOffset(ctx, src, 0, 'WXSS_SYNTAX', [e instanceof Error ? e.message : String(e)])
    return null
  }
  return root
}

function parse(ctx: CompileContext, src: SourceFile): Root | null {
  try {
    return postcss.parse(sanitize(src.source))
  } catch (e) {
    if (e instanceof CssSyntaxError) {
      const offset = offsetOf(src.source, e.line ?? 1, e.column ?? 1)
      reportAtOffset(ctx, src, offset, 'WXSS_SYNTAX', [e.reason])
    } else {
      reportAtOffset(ctx, src, 0, 'WXSS_SYNTAX', [e instanceof Error ? e.message : String(e)])
    }
    return null
  }
}
