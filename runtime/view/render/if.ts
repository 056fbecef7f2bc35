// wx:if / wx:elif / wx:else: renders the first branch whose condition holds; a change of branch
// disposes the old one and renders the new one in its place.

import type { IfNode } from '../template/ir.ts'
import type { Block } from './block.ts'
import type { Position, RenderContext } from './context.ts'
import { Effect } from './effect.ts'
import { renderInto, renderStructure } from './render.ts'

class IfEffect extends Effect {
  override readonly structural = true
  private branch = -1
  private body: Block | null = null

  constructor(
    private readonly node: IfNode,
    private readonly ctx: RenderContext,
    private readonly container: Block,
  ) {
    super(ctx.owner.tree)
  }

  protected execute(): void {
    const branches = this.node.b
    let chosen = -1
    for (let i = 0; i < branches.length; i++) {
      const cond = branches[i]![0]
      if (cond === null || this.ctx.owner.evaluate(cond, this.ctx.scope)) {
        chosen = i
        break
      }
    }
    if (chosen === this.branch) return
    this.branch = chosen
    this.body?.dispose(true)
    this.container.parts.length = 0
    this.body = null
    if (chosen < 0) return
    this.body = renderInto(this.container, branches[chosen]![1], this.ctx)
  }
}

export function renderIf(node: IfNode, ctx: RenderContext, pos: Position): void {
  renderStructure(ctx, pos, (container) => new IfEffect(node, ctx, container))
}
