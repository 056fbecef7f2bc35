// <include src>: the platform copies the whole target file except its <template> and <wxs>
// tags into the including place, evaluated with the includer's data. We inline it at compile time.

import type { WxmlElement, WxmlNode } from '../ast.ts'
import { report, type TransformContext } from '../context.ts'
import { parseWxml } from '../parse.ts'
import { genChildren } from '../transform.ts'

export function includeCode(el: WxmlElement, ctx: TransformContext): string[] {
  const src = el.attrs.find((a) => a.name === 'src')
  if (!src || !src.value) {
    report(ctx, 'WXML_BAD_ATTR', el.loc, ['src', '<include> needs a src'])
    return []
  }
  const file = ctx.host.resolve(ctx.file, src.value, 'include')
  const source = file === null ? null : ctx.host.read(file)
  if (file === null || source === null) {
    // A warning, like a missing import: the rest of the page still renders.
    report(ctx, 'IMPORT_NOT_FOUND', src.valueLoc, ['include', src.value], 'warning')
    return []
  }
  if (ctx.includeStack.includes(file)) {
    report(ctx, 'INCLUDE_CYCLE', src.valueLoc, [[...ctx.includeStack, file].join(' → ')])
    return []
  }
  if (!ctx.includes.includes(file)) ctx.includes.push(file)
  const root = parseWxml(file, source, ctx.onError)
  const nested: TransformContext = {
    ...ctx,
    file,
    source,
    value: { ...ctx.value, file, source },
    includeStack: [...ctx.includeStack, file],
  }
  return genChildren(withoutDefinitions(root.children), nested)
}

function withoutDefinitions(nodes: readonly WxmlNode[]): WxmlNode[] {
  return nodes.filter(
    (n) =>
      n.type !== 'element' ||
      (n.tag !== 'wxs' && !(n.tag === 'template' && !n.attrs.some((a) => a.name === 'is'))),
  )
}
