// The per-file transform: rpx in declaration values, selectors of rules, comments dropped.
// At-rules keep their parameters (@media, @supports, @font-face are CSS as written); rules inside
// @keyframes keep their selectors (`from`, `to`, `50%` are not element selectors).

import type { AtRule, Node, Root, Rule } from 'postcss'
import { reportAtNode } from './context.ts'
import type { CompileContext, SourceFile } from './context.ts'
import { markRpx } from './rpx.ts'
import { rewriteSelector } from './selectors.ts'

export function transformRoot(ctx: CompileContext, src: SourceFile, root: Root): void {
  root.walk((node) => {
    if (node.type === 'decl') node.value = markRpx(node.value)
    else if (node.type === 'rule' && !inKeyframes(node)) transformRule(ctx, src, node)
    else if (node.type === 'comment') node.remove()
  })
}

function transformRule(ctx: CompileContext, src: SourceFile, rule: Rule): void {
  let result
  try {
    result = rewriteSelector(rule.selector, ctx.scope)
  } catch (e) {
    // A selector the browser would reject as well: report it and leave the rule as written.
    const reason = e instanceof Error ? e.message : String(e)
    reportAtNode(ctx, src, rule, 'WXSS_SYNTAX', [`bad selector "${rule.selector}": ${reason}`])
    return
  }
  for (const sel of result.dropped) {
    const why = `":host" combined with other selectors is not supported, "${sel}" is ignored`
    reportAtNode(ctx, src, rule, 'WXSS_SYNTAX', [why], 'warning')
  }
  if (result.selector === null) rule.remove()
  else if (result.selector !== rule.selector) rule.selector = result.selector
}

function inKeyframes(rule: Rule): boolean {
  for (let p: Node | undefined = rule.parent; p; p = p.parent) {
    if (p.type === 'atrule' && /keyframes$/i.test((p as AtRule).name)) return true
  }
  return false
}
