// <template name> definitions, <template is data> calls, and <import src>.

import type { WxmlElement, WxmlNode } from '../ast.ts'
import { report, stripExt, type TransformContext } from '../context.ts'
import { compileTemplateData } from '../mustache.ts'
import { locCode, valueCode } from './values.ts'

export function templateCallCode(el: WxmlElement, ctx: TransformContext): string {
  const is = el.attrs.find((a) => a.name === 'is')!
  const data = el.attrs.find((a) => a.name === 'data')
  let dataCode = 'null'
  if (data && data.value !== null) {
    const compiled = compileTemplateData(data.value, data.valueLoc, ctx.value)
    if (compiled) {
      dataCode =
        compiled.kind === 'static'
          ? `()=>(${JSON.stringify(compiled.value)})`
          : `(s)=>${compiled.code}`
    }
  }
  return `{k:4,is:${valueCode(is.value ?? '', is.valueLoc, ctx)},data:${dataCode},l:${locCode(el.loc)}}`
}

/** Every <template name> in the file, wherever it stands (the platform hoists them). */
export function collectTemplates(
  nodes: readonly WxmlNode[],
  out: Array<[string, WxmlElement]>,
  ctx: TransformContext,
): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    if (node.tag === 'template' && !node.attrs.some((a) => a.name === 'is')) {
      const name = node.attrs.find((a) => a.name === 'name')
      if (!name || !name.value) report(ctx, 'WXML_TEMPLATE_NO_NAME', node.loc)
      else out.push([name.value, node])
      continue
    }
    collectTemplates(node.children, out, ctx)
  }
}

/** Resolves every <import src> in the file. A missing file is a warning and is skipped: the
 *  page still renders, and a `<template is>` of a name it would have given renders nothing
 *  (WeChat's own demo app ships such an import, and runs). */
export function collectImports(nodes: readonly WxmlNode[], ctx: TransformContext): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    if (node.tag === 'import') {
      const src = node.attrs.find((a) => a.name === 'src')
      if (!src || !src.value) {
        report(ctx, 'WXML_BAD_ATTR', node.loc, ['src', '<import> needs a src'])
        continue
      }
      const file = ctx.host.resolve(ctx.file, src.value, 'import')
      if (!file) report(ctx, 'IMPORT_NOT_FOUND', src.valueLoc, ['import', src.value], 'warning')
      else if (!ctx.imports.includes(file)) ctx.imports.push(file)
      continue
    }
    if (node.tag !== 'template') collectImports(node.children, ctx)
  }
}

export function importPaths(ctx: TransformContext): string[] {
  return ctx.imports.map(stripExt)
}
