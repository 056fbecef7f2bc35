// WXML tree → render-program source (see runtime/view/template/ir.ts for the shape).
// Each function returns the source of a list of nodes, so a <block> or an <include> can splice
// several nodes into its parent.

import type { WxmlElement, WxmlNode } from './ast.ts'
import { hoist, report, type TransformContext } from './context.ts'
import { isConditionalBranch, splitDirectives, type Directives } from './transforms/directives.ts'
import { eventCode } from './transforms/events.ts'
import { exprCode, locCode, valueCode } from './transforms/values.ts'
import { wrapFor } from './transforms/wxFor.ts'
import { templateCallCode } from './transforms/template.ts'
import { includeCode } from './transforms/include.ts'

/** Tags that produce no node where they stand (handled before or elsewhere). */
const SKIPPED = new Set(['wxs', 'import'])

export function genChildren(nodes: readonly WxmlNode[], ctx: TransformContext): string[] {
  const out: string[] = []
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!
    if (node.type === 'comment') continue
    if (node.type === 'text') {
      const text = genText(node.value, node, ctx)
      if (text) out.push(text)
      continue
    }
    const branch = isConditionalBranch(node)
    if (branch) {
      report(ctx, 'WXML_ELSE_WITHOUT_IF', node.loc, [`wx:${branch}`])
      continue
    }
    const dirs = splitDirectives(node)
    if (dirs.if && !dirs.for) {
      i = genIfChain(nodes, i, dirs, ctx, out)
      continue
    }
    out.push(...genDirected(node, dirs, ctx))
  }
  return out
}

/** Whitespace between tags is layout, not content: the platform drops text nodes that are only
 *  whitespace. */
function genText(value: string, node: WxmlNode & { type: 'text' }, ctx: TransformContext) {
  if (!/\S/.test(value)) return null
  return `{k:0,v:${valueCode(value, node.loc, ctx)}}`
}

/** An element with its wx:for (outermost) and wx:if (per item) applied. */
function genDirected(el: WxmlElement, dirs: Directives, ctx: TransformContext): string[] {
  let body = genBase(el, dirs, ctx)
  if (dirs.if) {
    const cond = exprCode(dirs.if.value ?? '', dirs.if.valueLoc, ctx)
    body = [hoist(ctx, `{k:2,b:[[${cond},[${body.join(',')}]]]}`)]
  }
  if (dirs.for) body = [hoist(ctx, wrapFor(el, dirs, body, ctx))]
  return body
}

/** wx:if followed by wx:elif / wx:else siblings (comments and blank text may sit between). */
function genIfChain(
  nodes: readonly WxmlNode[],
  start: number,
  first: Directives,
  ctx: TransformContext,
  out: string[],
): number {
  const branches: string[] = []
  const add = (el: WxmlElement, dirs: Directives, cond: string) => {
    const body = dirs.for
      ? [hoist(ctx, wrapFor(el, dirs, genBase(el, dirs, ctx), ctx))]
      : genBase(el, dirs, ctx)
    branches.push(`[${cond},[${body.join(',')}]]`)
  }
  const head = nodes[start] as WxmlElement
  add(head, first, exprCode(first.if!.value ?? '', first.if!.valueLoc, ctx))
  let last = start
  for (let j = start + 1; j < nodes.length; j++) {
    const node = nodes[j]!
    if (node.type === 'comment' || (node.type === 'text' && !/\S/.test(node.value))) continue
    if (node.type !== 'element') break
    const kind = isConditionalBranch(node)
    if (!kind) break
    const dirs = splitDirectives(node)
    const cond =
      kind === 'elif' ? exprCode(dirs.elif!.value ?? '', dirs.elif!.valueLoc, ctx) : 'null'
    add(node, dirs, cond)
    last = j
    if (kind === 'else') break
  }
  out.push(hoist(ctx, `{k:2,b:[${branches.join(',')}]}`))
  return last
}

/** The element itself, without its wx:if / wx:for. */
export function genBase(el: WxmlElement, dirs: Directives, ctx: TransformContext): string[] {
  switch (el.tag) {
    case 'block':
      return genChildren(el.children, ctx)
    case 'template':
      // Definitions (<template name>) are collected by the module pass.
      return el.attrs.some((a) => a.name === 'is') ? [templateCallCode(el, ctx)] : []
    case 'include':
      return includeCode(el, ctx)
    case 'slot': {
      const name = el.attrs.find((a) => a.name === 'name')
      return [`{k:5,name:${name ? valueCode(name.value ?? '', name.valueLoc, ctx) : '""'}}`]
    }
    default:
      if (SKIPPED.has(el.tag)) return []
      return [hoist(ctx, genElement(el, dirs, ctx))]
  }
}

function genElement(el: WxmlElement, dirs: Directives, ctx: TransformContext): string {
  const attrs: string[] = []
  const events: string[] = []
  const models: string[] = []
  for (const attr of dirs.rest) {
    const event = eventCode(attr, ctx)
    if (event) {
      events.push(event)
      continue
    }
    let name = attr.name
    if (name.startsWith('model:')) {
      name = name.slice(6)
      models.push(`[${JSON.stringify(name)},${JSON.stringify(modelPath(attr.value ?? ''))}]`)
    }
    const value = attr.value === null ? 'true' : valueCode(attr.value, attr.valueLoc, ctx)
    attrs.push(`[${JSON.stringify(name)},${value}]`)
  }
  const children = genChildren(el.children, ctx)
  const e = events.length ? `[${events.join(',')}]` : 'null'
  const m = models.length ? `,m:[${models.join(',')}]` : ''
  return `{k:1,tag:${JSON.stringify(el.tag)},a:[${attrs.join(',')}],e:${e}${m},c:[${children.join(',')}],l:${locCode(el.loc)}}`
}

/** `{{ a.b }}` → `a.b`: the data path a two-way binding writes back to. */
function modelPath(value: string): string {
  const match = /^\s*\{\{\s*([\s\S]*?)\s*\}\}\s*$/.exec(value)
  return match ? match[1]! : ''
}
