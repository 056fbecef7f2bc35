// A Block is a piece of rendered template that lives and dies as a unit: a wx:if branch, a
// wx:for row, a <template> body, a component's shadow tree. It knows its top-level DOM nodes (to
// move or remove them), the effects created inside it (to dispose them), and its nested blocks.

import type { Effect } from './effect.ts'

export interface Disposable {
  dispose(): void
}

export class Block {
  /** Top-level DOM nodes and nested blocks, in document order. */
  readonly parts: Array<Node | Block> = []
  readonly effects: Effect[] = []
  /** Nested blocks anywhere inside (also inside elements), for refresh and disposal; made with
   *  the first one (a wx:for row or a component's shadow tree often has none). */
  subs: Set<Block> | null = null
  /** Things to dispose with the block that are not effects (child components, slot holders). */
  readonly owned: Disposable[] = []
  /** Marks the end of a block whose content changes (if, for, template); null otherwise. */
  anchor: Node | null = null
  disposed = false
  /** Set by the structure that owns the block, to re-run its own effect on refresh. */
  onRefresh: (() => void) | null = null

  constructor(readonly parent: Block | null) {
    if (parent) (parent.subs ??= new Set()).add(this)
  }

  /** Every top-level DOM node, in order (nested blocks' nodes and anchors included). */
  nodes(out: Node[] = []): Node[] {
    for (const part of this.parts) {
      if (part instanceof Block) part.nodes(out)
      else out.push(part)
    }
    if (this.anchor) out.push(this.anchor)
    return out
  }

  firstNode(): Node | null {
    for (const part of this.parts) {
      const node = part instanceof Block ? part.firstNode() : part
      if (node) return node
    }
    return this.anchor
  }

  lastNode(): Node | null {
    if (this.anchor) return this.anchor
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i]!
      const node = part instanceof Block ? part.lastNode() : part
      if (node) return node
    }
    return null
  }

  /** Re-evaluates everything inside: used when a computed scope value (a <template> data
   *  object, a row of a computed list) changed and its readers are not tracked by path. */
  refresh(): void {
    if (this.disposed) return
    for (const effect of this.effects.slice()) effect.run()
    if (this.subs)
      for (const sub of [...this.subs]) {
        if (sub.onRefresh) sub.onRefresh()
        else sub.refresh()
      }
  }

  /** Disposes effects and nested blocks; removes the DOM nodes when `removeDom`. */
  dispose(removeDom: boolean): void {
    if (this.disposed) return
    if (removeDom) for (const node of this.nodes()) node.parentNode?.removeChild(node)
    this.disposed = true
    for (const effect of this.effects) effect.dispose()
    if (this.subs) for (const sub of this.subs) sub.dispose(false)
    for (const thing of this.owned) thing.dispose()
    this.parent?.subs?.delete(this)
  }

  /** Moves this block's DOM nodes before `ref` in `parent`. */
  moveBefore(parent: Node, ref: Node | null): void {
    for (const node of this.nodes()) parent.insertBefore(node, ref)
  }
}
