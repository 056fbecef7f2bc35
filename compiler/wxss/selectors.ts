// Selector rewriting, one selector list at a time:
// - tag selectors of built-in components become the element names the renderer uses
//   (`view` → `wx-view`); `page` and custom-component tags stay as written;
// - in a component's stylesheet (scope.prefix set) every class gets the component's prefix
//   (`.title` → `.PREFIX--title`), as WeChat's compilers do, which is what isolates it;
// - `:host` on its own becomes `[is="<component id>"]` (the renderer sets `is` on host elements).
//
// WeChat supports `:host` only as a whole selector: glass-easel's stylesheet compiler (the
// `convert_host` option, issue wechat-miniprogram/glass-easel#19) warns "`:host` selector combined
// with other selectors are not supported" for `:host(.a)` or `:host .a` and drops the rule. We do
// the same per selector of a list, so `:host, .a` still keeps `.a`.

import parser from 'postcss-selector-parser'
import { renderedTagName } from './builtins.ts'

export interface SelectorScope {
  prefix: string | null
  host: string | null
}

export interface RewrittenSelector {
  /** The new selector list, or null when every selector in it was dropped. */
  selector: string | null
  /** Selectors dropped because they combine `:host` with something else. */
  dropped: string[]
}

/** Rewrites one selector list. Throws (postcss-selector-parser's error) on a malformed one. */
export function rewriteSelector(selector: string, scope: SelectorScope): RewrittenSelector {
  const root = parser().astSync(selector)
  const kept: string[] = []
  const dropped: string[] = []
  let changed = false
  root.each((sel) => {
    const text = sel.toString()
    if (scope.host !== null && hasHost(sel)) {
      if (isLoneHost(sel)) kept.push(replaceTrimmed(text, hostAttribute(scope.host)))
      else dropped.push(text.trim())
      changed = true
      return
    }
    if (rewriteCompound(sel, scope)) changed = true
    kept.push(sel.toString())
  })
  // The parser's printout is not always the input (`[a b]` prints as `[a ]`): keep what was
  // written unless something had to change.
  if (!changed) return { selector, dropped }
  return { selector: kept.length > 0 ? kept.join(',') : null, dropped }
}

/** Renames built-in tags and prefixes classes; true if anything changed. */
function rewriteCompound(sel: parser.Selector, scope: SelectorScope): boolean {
  let changed = false
  sel.walk((node) => {
    if (node.type === 'tag' && !node.namespace) {
      const name = renderedTagName(node.value)
      if (name !== node.value) {
        node.value = name
        changed = true
      }
    } else if (node.type === 'class' && scope.prefix !== null) {
      node.value = `${scope.prefix}--${node.value}`
      changed = true
    }
  })
  return changed
}

function isHostPseudo(node: parser.Node): boolean {
  return node.type === 'pseudo' && node.value.toLowerCase() === ':host'
}

function hasHost(sel: parser.Selector): boolean {
  let found = false
  sel.walk((node) => {
    if (isHostPseudo(node)) found = true
  })
  return found
}

/** `:host` with no argument and nothing else around it. */
function isLoneHost(sel: parser.Selector): boolean {
  const nodes = sel.nodes.filter((n) => n.type !== 'comment')
  const only = nodes[0]
  return nodes.length === 1 && only?.type === 'pseudo' && isHostPseudo(only) && only.length === 0
}

function hostAttribute(host: string): string {
  return `[is="${host.replace(/["\\]/g, (c) => `\\${c}`)}"]`
}

/** Puts `replacement` in place of `text` but keeps the whitespace around it. */
function replaceTrimmed(text: string, replacement: string): string {
  const lead = /^\s*/.exec(text)?.[0] ?? ''
  const trail = /\s*$/.exec(text)?.[0] ?? ''
  return lead + replacement + trail
}
