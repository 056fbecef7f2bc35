// wx:for with wx:for-item, wx:for-index and wx:key.

import type { WxmlElement } from '../ast.ts'
import { report, type TransformContext } from '../context.ts'
import type { Directives } from './directives.ts'
import { exprCode, locCode } from './values.ts'

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

export function wrapFor(
  el: WxmlElement,
  dirs: Directives,
  body: string[],
  ctx: TransformContext,
): string {
  const forAttr = dirs.for!
  const list = exprCode(forAttr.value ?? '', forAttr.valueLoc, ctx)
  const item = varName(dirs.forItem, 'item', ctx)
  const index = varName(dirs.forIndex, 'index', ctx)
  const key = keyName(dirs.key?.value ?? null, item)
  return `{k:3,list:${list},item:${JSON.stringify(item)},index:${JSON.stringify(index)},key:${JSON.stringify(key)},c:[${body.join(',')}],l:${locCode(el.loc)}}`
}

function varName(attr: Directives['forItem'], fallback: string, ctx: TransformContext): string {
  if (!attr) return fallback
  const name = (attr.value ?? '').trim()
  if (IDENTIFIER.test(name)) return name
  report(ctx, 'WXML_BAD_FOR', attr.valueLoc, [`${attr.name}="${attr.value ?? ''}" is not a name`])
  return fallback
}

/**
 * wx:key is a property name of each item or `*this`. Authors also write `{{item.id}}` or
 * `{{index}}`; the first names the property, the second means "by position", i.e. no key.
 */
function keyName(value: string | null, item: string): string | null {
  if (value === null) return null
  const text = value.trim()
  if (!text) return null
  const mustache = /^\{\{\s*([\s\S]*?)\s*\}\}$/.exec(text)
  if (!mustache) return text
  const inner = mustache[1]!
  if (inner.startsWith(item + '.')) return inner.slice(item.length + 1)
  return null
}
