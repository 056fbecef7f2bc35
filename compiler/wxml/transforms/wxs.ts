// <wxs module="name" src="./a.wxs"/> and inline <wxs module="name">…</wxs>. Module names are
// visible in the whole file (including its template definitions), so they are collected first.

import type { WxmlNode } from '../ast.ts'
import { report, type TransformContext } from '../context.ts'

const MODULE_NAME = /^[A-Za-z_$][\w$]*$/

export function collectWxs(nodes: readonly WxmlNode[], ctx: TransformContext): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    if (node.tag !== 'wxs') {
      collectWxs(node.children, ctx)
      continue
    }
    const moduleAttr = node.attrs.find((a) => a.name === 'module')
    const name = moduleAttr?.value?.trim() ?? ''
    if (!MODULE_NAME.test(name)) {
      report(ctx, 'WXS_MODULE_NAME', moduleAttr?.valueLoc ?? node.loc, [
        `module="${name}" is not a valid name`,
      ])
      continue
    }
    const src = node.attrs.find((a) => a.name === 'src')
    if (src && src.value) {
      const file = ctx.host.resolve(ctx.file, src.value, 'wxs')
      if (!file) {
        report(ctx, 'IMPORT_NOT_FOUND', src.valueLoc, ['wxs', src.value])
        continue
      }
      ctx.wxs[name] = file
      if (!ctx.wxsFiles.includes(file)) ctx.wxsFiles.push(file)
      continue
    }
    const body = node.children.find((c) => c.type === 'text')
    const id = `${ctx.file}#${name}`
    ctx.wxs[name] = id
    ctx.inlineWxs.push({
      id,
      source: body?.type === 'text' ? body.value : '',
      line: body?.loc.line ?? node.loc.line,
      column: body?.loc.column ?? node.loc.column,
    })
  }
}
