// Assembles one .wxml file's render program: `function (R) { return TemplateModule }`.

import type { WxmlCompileOptions, WxmlCompileResult } from './compile.ts'
import { stripExt, type TransformContext } from './context.ts'
import { parseWxml } from './parse.ts'
import { genChildren } from './transform.ts'
import { collectImports, collectTemplates, importPaths } from './transforms/template.ts'
import { collectWxs } from './transforms/wxs.ts'
import type { WxmlElement } from './ast.ts'
import { createError, locationAt } from '../errors.ts'

export function compileWxml(options: WxmlCompileOptions): WxmlCompileResult {
  try {
    return compile(options)
  } catch (error) {
    // Only the JavaScript stack can give out here (a template nested thousands deep).
    const message =
      error instanceof RangeError
        ? 'template nested too deeply'
        : `internal error: ${String(error)}`
    options.onError(
      createError('WXML_SYNTAX', locationAt(options.file, options.source, 0), options.source, [
        message,
      ]),
    )
    const empty = `function (R) {\nreturn {path:${JSON.stringify(stripExt(options.file))},imports:[],wxs:{},templates:{},root:[]}\n}`
    return { code: empty, imports: [], includes: [], wxsFiles: [], inlineWxs: [] }
  }
}

function compile(options: WxmlCompileOptions): WxmlCompileResult {
  const { file, source, host, onError } = options
  const ctx: TransformContext = {
    file,
    source,
    host,
    onError,
    value: { file, source, onError, wxsNames: new Set() },
    imports: [],
    includes: [],
    wxsFiles: [],
    inlineWxs: [],
    wxs: {},
    includeStack: [file],
    decls: [],
  }
  const root = parseWxml(file, source, onError)
  collectWxs(root.children, ctx)
  ctx.value.wxsNames = new Set(Object.keys(ctx.wxs))
  collectImports(root.children, ctx)
  const definitions: Array<[string, WxmlElement]> = []
  collectTemplates(root.children, definitions, ctx)
  const templates = definitions.map(
    ([name, el]) => `${JSON.stringify(name)}:[${genChildren(el.children, ctx).join(',')}]`,
  )
  const top = genChildren(
    root.children.filter((n) => n.type !== 'element' || !isDefinition(n)),
    ctx,
  )
  const decls = ctx.decls.length ? `const ${ctx.decls.join(',\n')};\n` : ''
  const code =
    `function (R) {\n${decls}return {path:${JSON.stringify(stripExt(file))},` +
    `imports:${JSON.stringify(importPaths(ctx))},wxs:${JSON.stringify(ctx.wxs)},` +
    `templates:{${templates.join(',')}},\nroot:[${top.join(',\n')}]}\n}`
  return {
    code,
    imports: ctx.imports,
    includes: ctx.includes,
    wxsFiles: ctx.wxsFiles,
    inlineWxs: ctx.inlineWxs,
  }
}

function isDefinition(el: WxmlElement): boolean {
  return el.tag === 'template' && !el.attrs.some((a) => a.name === 'is')
}
