// Where a fragment is being rendered: which component owns it, in which scope, into which block.

import type { Block } from './block.ts'
import type { ComponentInstance } from './component.ts'
import type { Scope } from './scope.ts'

export interface RenderContext {
  owner: ComponentInstance
  scope: Scope
  block: Block
}

/** A DOM position: insert before `before` in `parent`, and record top-level parts in `parts`
 *  (null when rendering the children of a new element, which is itself the part). */
export interface Position {
  parent: Node
  before: Node | null
  parts: Array<Node | Block> | null
}
