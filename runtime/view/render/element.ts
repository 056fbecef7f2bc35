// An element of the template: a built-in component (`wx-view`…), a custom component's host, or
// an unknown tag shown as a plain element. Static attributes are applied once; each dynamic one
// gets an effect.

import type { ElementNode, Expr } from '../template/ir.ts'
import type { Position, RenderContext } from './context.ts'
import { Effect } from './effect.ts'
import { applyAttribute } from './attributes.ts'
import { setInfo, type ElementInfo } from './element-info.ts'
import { insert, renderFragment, track } from './render.ts'

class AttributeEffect extends Effect {
  private last: unknown = undefined
  private first = true
  /** A class naming external classes maps differently when the user's classes change. */
  private readonly always: boolean
  constructor(
    private readonly info: ElementInfo,
    private readonly name: string,
    private readonly expr: Expr,
    private readonly ctx: RenderContext,
  ) {
    super(ctx.owner.tree)
    this.always = name === 'class' && !!ctx.owner.def.externalClasses?.length
  }
  protected execute(): void {
    const value = this.ctx.owner.evaluate(this.expr, this.ctx.scope)
    // Objects may have changed inside even when they are the same object: always pass them on.
    const same = value === this.last && (value === null || typeof value !== 'object')
    if (!this.first && same && !this.always) return
    this.first = false
    this.last = value
    applyAttribute(this.info, this.name, value)
  }
}

export function renderElement(node: ElementNode, ctx: RenderContext, pos: Position): void {
  const { owner } = ctx
  const componentId = owner.resolveComponent(node.tag, ctx.scope)
  if (componentId) {
    owner.view.renderComponentElement(node, componentId, ctx, pos)
    return
  }
  const { el, instance } = owner.view.createBuiltin(node.tag)
  const info = elementInfo(el, node, ctx)
  info.builtin = instance
  bindAttributes(info, node, ctx)
  // A built-in with timers or listeners outside its element (swiper autoplay) stops with its block.
  if (instance.destroy) ctx.block.owned.push({ dispose: () => instance.destroy!() })
  renderFragment(node.c, ctx, { parent: instance.content, before: null, parts: null })
  instance.childrenChanged?.()
  insert(pos, el)
}

export function elementInfo(el: Element, node: ElementNode, ctx: RenderContext): ElementInfo {
  const info: ElementInfo = {
    el,
    owner: ctx.owner,
    scope: ctx.scope,
    id: '',
    dataset: {},
    marks: {},
    events: node.e,
    models: node.m ?? null,
    builtin: null,
    component: null,
  }
  setInfo(el, info)
  return info
}

export function bindAttributes(info: ElementInfo, node: ElementNode, ctx: RenderContext): void {
  const externals = ctx.owner.def.externalClasses?.length
  for (const [name, value] of node.a) {
    if (typeof value === 'function') track(ctx.block, new AttributeEffect(info, name, value, ctx))
    // A static class may name an external class whose value the user changes later.
    else if (name === 'class' && externals)
      track(ctx.block, new AttributeEffect(info, name, () => value, ctx))
    else applyAttribute(info, name, value)
  }
}
