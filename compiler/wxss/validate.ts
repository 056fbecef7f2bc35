// What postcss tolerates but the platform's WXSS compiler rejects: declarations outside any
// rule, at-rules with names that are not names, selectors with `;` in them (text a truncated
// or mistyped file leaves behind). Each is reported and dropped, so the output is valid CSS and
// a browser does not swallow the next rule with it.

import type { AtRule, ChildNode, Container, Root } from 'postcss'
import type { CompileContext, SourceFile } from './context.ts'
import { reportAtOffset } from './context.ts'

/** At-rules whose bodies hold rules, not declarations. */
const RULE_BLOCKS = new Set([
  'media',
  'supports',
  'keyframes',
  '-webkit-keyframes',
  'document',
  'layer',
  'container',
])
const AT_NAME = /^-?[a-zA-Z][\w-]*$/

export function validateRoot(ctx: CompileContext, src: SourceFile, root: Root): void {
  const bad: ChildNode[] = []
  root.walk((node) => {
    const problem = problemOf(node)
    if (!problem) return
    let offset = node.source?.start?.offset ?? 0
    // postcss reads `:nth-ch` as a declaration whose name starts after the colon.
    if (node.type === 'decl' && src.source[offset - 1] === ':') offset--
    reportAtOffset(ctx, src, offset, 'WXSS_SYNTAX', [problem])
    bad.push(node)
    return false
  })
  for (const node of bad) node.remove()
}

function problemOf(node: ChildNode): string | null {
  if (node.type === 'decl') {
    const parent = node.parent as Container | undefined
    if (
      !parent ||
      parent.type === 'root' ||
      (parent.type === 'atrule' && RULE_BLOCKS.has((parent as AtRule).name.toLowerCase()))
    ) {
      return `unexpected "${clip(node.toString())}" outside a rule`
    }
  } else if (node.type === 'atrule' && !AT_NAME.test(node.name)) {
    return `"@${clip(node.name)}" is not an at-rule`
  } else if (node.type === 'rule' && /[;{}]/.test(node.selector)) {
    return `unexpected "${clip(node.selector)}" before a rule`
  }
  return null
}

function clip(text: string): string {
  return text.length > 40 ? text.slice(0, 40) + '…' : text
}
