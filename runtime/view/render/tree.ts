// The component tree read from the DOM. A component with `virtualHost: true` has no host element
// in the document (its shadow tree sits in its parent's element), so walking up `parentNode`
// would skip it: `ancestry` puts each virtual host back where it stands in the tree, for event
// paths and for the composed parent the logic thread links relations with.

import type { ComponentInstance } from './component.ts'
import { getInfo } from './element-info.ts'
import type { View } from './view.ts'

/** The virtual components whose shadow tree holds `node` at its top level, innermost first. */
export function virtualHostsAround(view: View, node: Node): ComponentInstance[] {
  if (!view.virtuals.size || !node.parentNode) return []
  const found: Array<[ComponentInstance, number]> = []
  for (const v of view.virtuals) {
    if (v.root.firstNode()?.parentNode !== node.parentNode) continue
    const nodes = v.root.nodes()
    if (nodes.includes(node)) found.push([v, nodes.length])
  }
  return found.sort((a, b) => a[1] - b[1]).map(([v]) => v)
}

/** `from` and the nodes above it in the component tree, virtual hosts included; the walk ends
 *  at the first node (after `from`) for which `until` is true. */
export function ancestry(view: View, from: Node, until?: (node: Node) => boolean): Node[] {
  const out: Node[] = []
  const push = (n: Node) => {
    out.push(n)
    return out.length > 1 && until?.(n) === true
  }
  let node: Node | null = from
  const component = getInfo(from)?.component
  if (component?.virtual) {
    // a virtual host: go on from where its content sits, past the hosts inside it
    out.push(from)
    const first = component.root.firstNode()
    if (!first) return out
    const around = virtualHostsAround(view, first)
    for (const v of around.slice(around.indexOf(component) + 1)) if (push(v.host)) return out
    node = first.parentNode
  }
  for (; node; node = node.parentNode) {
    if (push(node)) return out
    for (const v of virtualHostsAround(view, node)) if (push(v.host)) return out
  }
  return out
}

/** Component instances inside `nodes` (a moved wx:for row), outer ones first. */
export function componentsIn(view: View, nodes: Node[]): ComponentInstance[] {
  const out: ComponentInstance[] = []
  for (const node of nodes) {
    if (node.nodeType !== 1) continue
    for (const el of [node as Element, ...(node as Element).querySelectorAll('*')]) {
      const component = getInfo(el)?.component
      if (component) out.push(component)
    }
  }
  for (const v of view.virtuals) {
    const first = v.root.firstNode()
    if (first && nodes.some((n) => n === first || n.contains(first))) out.push(v)
  }
  return out
}
