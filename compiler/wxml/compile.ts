// WXML file → render program source. The phases: parse (parse.ts) → transform (transform.ts,
// transforms/*) → generate (codegen.ts). This file only chains them.
//
// CONTRACT (filled in by the WXML compiler work): see `compileWxml` below.

import type { OnError } from '../errors.ts'

export interface WxmlHost {
  /** Resolves `src` of <import>, <include> or <wxs> relative to `from` (project-relative file).
   *  Returns the project-relative path of an existing file, or null. Absolute `/x` is from the
   *  project root. The extension may be omitted in `src` for .wxml. */
  resolve(from: string, request: string, kind: 'import' | 'include' | 'wxs'): string | null
  /** Source text of a project file, or null when missing. */
  read(file: string): string | null
}

export interface InlineWxs {
  /** `pages/index/index.wxml#fmt` */
  id: string
  /** The module's code as written between the tags. */
  source: string
  /** Where the code starts in the .wxml file (for WXS syntax errors and source maps). */
  line: number
  column: number
}

export interface WxmlCompileResult {
  /** `function (R) { … return TemplateModule }` as source text. */
  code: string
  /** Resolved <import> targets (project-relative .wxml paths). */
  imports: string[]
  /** Resolved <include> targets, already inlined into `code` (for dependency tracking). */
  includes: string[]
  /** WXS modules referenced with src (project-relative .wxs paths). */
  wxsFiles: string[]
  /** Inline <wxs module> blocks of this file. */
  inlineWxs: InlineWxs[]
}

export interface WxmlCompileOptions {
  file: string
  source: string
  host: WxmlHost
  onError: OnError
}

export { compileWxml } from './codegen.ts'
