// <template is="name" data="{{…}}"> and <slot>.

import type { SlotNode, TemplateNode } from '../template/ir.ts'
import type { Block } from './block.ts'
import type { Position, RenderContext } from './context.ts'
import { Effect } from './effect.ts'
import { renderInto, renderStructure } from './render.ts'
import { Scope } from './scope.ts'

/**
 * A template's body sees only its `data` object. That object is computed, so the body is not
 * tracked path by path: when the data expression's inputs change, the body is re-evaluated
 * (effects compare before touching the DOM). A change of `is` renders the other template.
 */
class TemplateEffect extends Effect {
  override readonly structural = true
  private name: string | null = null
  private body: Block | null = null
  private scope: Scope | null = null

  constructor(
    private readonly node: TemplateNode,
    private readonly ctx: RenderContext,
    private readonly container: Block,
  ) {
    super(ctx.owner.tree)
  }

  protected execute(): void {
    const { owner, scope } = this.ctx
    const is = this.node.is
    const name = typeof is === 'string' ? is : String(owner.evaluate(is, scope) ?? '')
    const raw = this.node.data ? owner.evaluate(this.node.data, scope) : undefined
    const data = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
    if (name === this.name && this.body && this.scope) {
      this.scope.data = data
      this.body.refresh()
      return
    }
    this.name = name
    this.body?.dispose(true)
    this.body = null
    this.container.parts.length = 0
    const ref = scope.root().module.findTemplate(name)
    if (!ref) {
      if (name) owner.view.warn(`template "${name}" not found`, owner, this.node.l)
      return
    }
    this.scope = new Scope(null, data, null, ref.module)
    this.body = renderInto(this.container, ref.body, { ...this.ctx, scope: this.scope })
  }
}

export function renderTemplateCall(node: TemplateNode, ctx: RenderContext, pos: Position): void {
  renderStructure(ctx, pos, (container) => new TemplateEffect(node, ctx, container))
}

/** <slot name>: the component's user's content for that slot goes here. */
export function renderSlot(node: SlotNode, ctx: RenderContext, pos: Position): void {
  const name =
    typeof node.name === 'string'
      ? node.name
      : String(ctx.owner.evaluate(node.name, ctx.scope) ?? '')
  ctx.owner.placeSlot(name, ctx, pos)
}
