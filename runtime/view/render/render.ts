// Renders a fragment of the render program into the DOM, creating an effect for each dynamic
// value. Static values are applied once and never looked at again.

import {
  type Expr,
  type Fragment,
  type Node as IrNode,
  NodeKind,
  type Value,
} from '../template/ir.ts'
import { toText } from '../template/helpers.ts'
import type { BuiltinInstance } from '../builtins/types.ts'
import { Block as BlockClass, type Block } from './block.ts'
import type { Position, RenderContext } from './context.ts'
import { Effect } from './effect.ts'
import { renderElement } from './element.ts'
import { renderFor } from './for.ts'
import { renderIf } from './if.ts'
import { renderSlot, renderTemplateCall } from './template-call.ts'

export function renderFragment(frag: Fragment, ctx: RenderContext, pos: Position): void {
  for (const node of frag) renderNode(node, ctx, pos)
}

/** Inserts a DOM node at the position and records it as a top-level part. */
export function insert(pos: Position, node: Node): void {
  pos.parent.insertBefore(node, pos.before)
  pos.parts?.push(node)
}

function renderNode(node: IrNode, ctx: RenderContext, pos: Position): void {
  switch (node.k) {
    case NodeKind.Text:
      return renderText(node.v, ctx, pos)
    case NodeKind.Element:
      return renderElement(node, ctx, pos)
    case NodeKind.If:
      return renderIf(node, ctx, pos)
    case NodeKind.For:
      return renderFor(node, ctx, pos)
    case NodeKind.Template:
      return renderTemplateCall(node, ctx, pos)
    case NodeKind.Slot:
      return renderSlot(node, ctx, pos)
  }
}

/** Writes text children of a <text> (`decode`, `space`); undefined for other parents. */
type TextWriter = BuiltinInstance | undefined

/** `{{…}}` text. The node is created on the first run with its text, rather than empty and then
 *  written: a DOM records every change of a text node. */
class TextEffect extends Effect {
  private last: string | null = null
  private node: Text | null = null
  constructor(
    private readonly expr: Expr,
    private readonly ctx: RenderContext,
    private readonly writer: TextWriter,
    private pos: Position | null,
  ) {
    super(ctx.owner.tree)
  }
  protected execute(): void {
    const text = toText(this.ctx.owner.evaluate(this.expr, this.ctx.scope))
    if (text === this.last) return
    this.last = text
    if (!this.node) {
      this.node = this.ctx.owner.view.document.createTextNode(text)
      insert(this.pos!, this.node)
      this.pos = null
      this.writer?.setText!(this.node, text)
    } else if (this.writer) this.writer.setText!(this.node, text)
    else this.node.data = text
  }
}

function renderText(value: Value, ctx: RenderContext, pos: Position): void {
  // <text> applies `decode` and `space` to its text children (a second write only when they
  // change the text).
  const writer = ctx.owner.view.textWriter(pos.parent)
  if (typeof value === 'string') {
    const node = ctx.owner.view.document.createTextNode(value)
    insert(pos, node)
    writer?.setText!(node, value)
    return
  }
  track(ctx.block, new TextEffect(value, ctx, writer, pos))
}

/** Registers an effect with its block and runs it the first time. */
export function track(block: Block, effect: Effect): void {
  block.effects.push(effect)
  effect.run()
}

/** A block whose content an effect replaces (wx:if, wx:for, <template is>): it ends with an
 *  empty text node, so content can always be inserted at its place. */
export function renderStructure(
  ctx: RenderContext,
  pos: Position,
  make: (container: Block) => Effect,
): void {
  const container = new BlockClass(ctx.block)
  container.anchor = ctx.owner.view.document.createTextNode('')
  pos.parent.insertBefore(container.anchor, pos.before)
  pos.parts?.push(container)
  track(container, make(container))
}

/** Renders `frag` as a new content block of `container`, just before its anchor. */
export function renderInto(container: Block, frag: Fragment, ctx: RenderContext): Block {
  const body = new BlockClass(container)
  const anchor = container.anchor!
  renderFragment(
    frag,
    { ...ctx, block: body },
    { parent: anchor.parentNode!, before: anchor, parts: body.parts },
  )
  container.parts.push(body)
  return body
}
