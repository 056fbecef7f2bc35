// Compiled units: every .wxml, .wxs and .wxss file compiled once, however many pages use it.
// The per-file compilers are passed in, so tests can stub them and the build can swap them.
// A compiler that throws (a bug, not bad input) is reported against the file and the build
// goes on.

import { createError, locationAt } from '../errors.ts'
import type { ErrorCode, OnError } from '../errors.ts'
import type { CssChunks } from '../../runtime/view/bundle.ts'
import type { WxmlCompileOptions, WxmlCompileResult } from '../wxml/compile.ts'
import type { WxssCompileOptions, WxssResult } from '../wxss/index.ts'
import type { ProjectFiles } from '../project/files.ts'
import { resolveAsset, stripExt } from '../project/paths.ts'
import { compileWxs } from '../wxs/compile.ts'

export interface Compilers {
  compileWxml(options: WxmlCompileOptions): WxmlCompileResult
  compileWxss(options: WxssCompileOptions): WxssResult
}

export interface TemplateUnit {
  /** Template module id (path without .wxml). */
  id: string
  code: string
  /** Imported template module ids. */
  imports: string[]
  /** WXS module ids used directly by this file. */
  wxs: string[]
}

export interface WxsUnit {
  code: string
  requires: string[]
}

export class Units {
  readonly templates = new Map<string, TemplateUnit | null>()
  readonly wxs = new Map<string, WxsUnit | null>()
  readonly styles = new Map<string, CssChunks | null>()

  constructor(
    readonly files: ProjectFiles,
    readonly compilers: Compilers,
    readonly onError: OnError,
  ) {}

  /** Compiles a .wxml file and, transitively, what it imports and the WXS it uses. */
  template(file: string): TemplateUnit | null {
    const id = stripExt(file)
    if (this.templates.has(id)) return this.templates.get(id) ?? null
    this.templates.set(id, null)
    const source = this.files.read(file)
    if (source === null) return this.missing(file)
    const result = this.guard(file, source, 'EXPR_SYNTAX', () =>
      this.compilers.compileWxml({ file, source, host: this.wxmlHost, onError: this.onError }),
    )
    if (!result) return null
    const wxs = [...result.wxsFiles]
    for (const inline of result.inlineWxs) {
      const at = {
        file,
        fileSource: source,
        code: inline.source,
        line: inline.line,
        column: inline.column,
      }
      this.addWxs(inline.id, at)
      wxs.push(inline.id)
    }
    for (const w of result.wxsFiles) this.wxsFile(w)
    const unit = { id, code: result.code, imports: result.imports.map(stripExt), wxs }
    this.templates.set(id, unit)
    for (const imp of result.imports) this.template(imp)
    return unit
  }

  /** Compiles a .wxs file (its id is its path) and what it requires. */
  wxsFile(file: string): void {
    if (this.wxs.has(file)) return
    const source = this.files.read(file)
    if (source === null) {
      this.wxs.set(file, null)
      this.missing(file)
      return
    }
    this.addWxs(file, { file, fileSource: source, code: source })
  }

  /** Compiles a stylesheet once per file (each file has one scope: its component's). */
  style(file: string, scope: WxssCompileOptions['scope']): CssChunks | null {
    if (this.styles.has(file)) return this.styles.get(file) ?? null
    this.styles.set(file, null)
    const source = this.files.read(file)
    if (source === null) return this.missing(file)
    const result = this.guard(file, source, 'WXSS_SYNTAX', () =>
      this.compilers.compileWxss({
        file,
        source,
        host: this.wxssHost,
        scope,
        onError: this.onError,
      }),
    )
    const chunks = result ? result.chunks : null
    this.styles.set(file, chunks)
    return chunks
  }

  private addWxs(
    id: string,
    src: { file: string; fileSource: string; code: string; line?: number; column?: number },
  ): void {
    this.wxs.set(id, null)
    const resolve = (from: string, request: string) =>
      resolveAsset(this.files, from, request, '.wxs')
    const result = this.guard(src.file, src.fileSource, 'WXS_SYNTAX', () =>
      compileWxs({ id, ...src }, resolve, this.onError),
    )
    this.wxs.set(id, result)
    for (const dep of result?.requires ?? []) this.wxsFile(dep)
  }

  private readonly wxmlHost: WxmlCompileOptions['host'] = {
    resolve: (from, request, kind) =>
      resolveAsset(this.files, from, request, kind === 'wxs' ? '.wxs' : '.wxml'),
    read: (file) => this.files.read(file),
  }

  private readonly wxssHost: WxssCompileOptions['host'] = {
    resolve: (from, request) => resolveAsset(this.files, from, request, '.wxss'),
    read: (file) => this.files.read(file),
  }

  private missing(file: string): null {
    this.onError(createError('FILE_NOT_FOUND', locationAt(file, '', 0), '', [file]))
    return null
  }

  private guard<T>(file: string, source: string, code: ErrorCode, run: () => T): T | null {
    try {
      return run()
    } catch (e) {
      const why = `internal compiler error: ${e instanceof Error ? e.message : String(e)}`
      this.onError(createError(code, locationAt(file, source, 0), source, [why]))
      return null
    }
  }
}
