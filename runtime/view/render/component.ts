// A page or custom component instance in the view: its data mirror, the DepTree of what its
// template reads, its rendered shadow tree, and the slot content its user gave it.

import type { ComponentViewDef } from '../bundle.ts'
import type { Expr, Node as IrNode } from '../template/ir.ts'
import { parseDataPath, setAtPath } from '../../shared/data-path.ts'
import { Block } from './block.ts'
import type { Position, RenderContext } from './context.ts'
import { DepTree } from './deps.ts'
import { beginFlush, type Effect, runEffects } from './effect.ts'
import { renderFragment } from './render.ts'
import { Scope } from './scope.ts'
import { coerceProperty, isProperty } from './definitions.ts'
import type { View } from './view.ts'

interface SlotContent {
  nodes: IrNode[]
  ctx: RenderContext
  block: Block | null
}

let nextId = 1

/** The id every page instance has in its view; component instances get ids from 1 up. */
export const PAGE_INSTANCE_ID = 0

export class ComponentInstance {
  readonly id: number
  readonly tree = new DepTree<Effect>()
  readonly root: Block
  /** Tag → component id for generic names (`generic:selectable="my-radio"`). */
  genericImpl: Record<string, string> | null = null
  /** Made when content is given (most instances of a list have none). */
  private slots: Map<string, SlotContent> | null = null
  private rendered = false

  constructor(
    readonly view: View,
    readonly def: ComponentViewDef,
    /** The host element (`<page>` for a page); the shadow tree renders into it. */
    readonly host: Element,
    readonly parent: ComponentInstance | null,
    public data: Record<string, unknown>,
    parentBlock: Block | null,
  ) {
    this.id = parent ? nextId++ : PAGE_INSTANCE_ID
    this.root = new Block(parentBlock)
    this.root.owned.push(new Forget(this))
  }

  /** `virtualHost: true`: the host element stays out of the document; the shadow tree renders
   *  where the host would be (see tree.ts for how events and relations still find it). */
  get virtual(): boolean {
    return this.parent !== null && this.def.virtualHost === true
  }

  /** Renders the shadow tree into the host, or at `at` for a virtual host. */
  render(at?: Position): void {
    if (this.rendered) return
    this.rendered = true
    const module = this.view.modules.get(this.def.template)
    if (!module) {
      this.view.warn(`template of ${this.def.id} not found`, this, null)
      return
    }
    const scope = new Scope(null, this.data, [], module)
    const ctx: RenderContext = { owner: this, scope, block: this.root }
    renderFragment(module.mod.root, ctx, {
      parent: at?.parent ?? this.host,
      before: at?.before ?? null,
      parts: this.root.parts,
    })
  }

  /** Elements of this instance's shadow tree matching `selector` (in the host, or among the
   *  top-level nodes of a virtual host). */
  querySelectorAll(selector: string): Element[] {
    if (!this.virtual) return Array.from(this.host.querySelectorAll(selector))
    const out: Element[] = []
    for (const node of this.root.nodes()) {
      if (node.nodeType !== 1) continue
      const el = node as Element
      if (el.matches(selector)) out.push(el)
      out.push(...el.querySelectorAll(selector))
    }
    return out
  }

  /** Applies a setData patch to the mirror and updates what depends on the changed paths. */
  setData(patch: Record<string, unknown>): void {
    beginFlush()
    const woke = new Set<Effect>()
    for (const key of Object.keys(patch)) {
      const path = parseDataPath(key)
      setAtPath(this.data, path, patch[key])
      this.tree.collect(path.map(String), woke)
    }
    runEffects(woke)
  }

  /** A property value from the parent's template (coerced to its declared type; attributes
   *  that are not declared properties are ignored once the definition is known). */
  setProperty(name: string, value: unknown): void {
    const def = this.view.definitions.get(this.def.id)
    if (!isProperty(def, name)) return
    this.given.add(name)
    const coerced = coerceProperty(def, name, value)
    if (!this.rendered) {
      this.data[name] = coerced
      return
    }
    if (Object.is(this.data[name], coerced) && (coerced === null || typeof coerced !== 'object'))
      return
    this.setData({ [name]: coerced })
    this.view.options.onProperty?.(this, name, coerced)
  }

  /** Properties the parent's template set: only these run observers at creation. */
  private readonly given = new Set<string>()

  /** The properties the template set, for the logic thread's instance. */
  properties(): Record<string, unknown> {
    const def = this.view.definitions.get(this.def.id)
    const out: Record<string, unknown> = {}
    for (const name of this.given) if (isProperty(def, name)) out[name] = this.data[name]
    return out
  }

  evaluate(expr: Expr, scope: Scope): unknown {
    try {
      return expr(scope)
    } catch (error) {
      this.view.reportError(error, this)
      return undefined
    }
  }

  /** The current value at a data path of this instance. */
  valueAt(path: readonly string[]): unknown {
    let value: unknown = this.data
    for (const key of path) {
      if (value === null || typeof value !== 'object') return undefined
      value = (value as Record<string, unknown>)[key]
    }
    return value
  }

  /** Custom component id for a tag used in this instance's template, or null for built-ins. */
  resolveComponent(tag: string, _scope: Scope): string | null {
    return (
      this.def.usingComponents[tag] ?? this.genericImpl?.[tag] ?? this.def.generics[tag] ?? null
    )
  }

  /** Class names as written in this instance's template → names in the DOM. External classes
   *  become the classes the user passed, already mapped in the user's own scope. */
  mapClass(text: string): string {
    if (!text) return text
    const external = this.externalClasses
    const isPage = this.def.id === this.view.bundle.page
    if (!external.size && (isPage || this.def.styleIsolation === 'shared')) return text
    if (external.size) return this.mapClassNames(text, isPage)
    // without external classes the mapping depends on the definition only: once per text
    let mapped = this.view.mappedClasses(this.def)
    let out = mapped.get(text)
    if (out === undefined) mapped.set(text, (out = this.mapClassNames(text, isPage)))
    return out
  }

  private mapClassNames(text: string, isPage: boolean): string {
    const external = this.externalClasses
    const prefix = this.def.stylePrefix
    const global = isPage || this.def.styleIsolation === 'shared'
    const both = this.def.addGlobalClass || this.def.styleIsolation === 'apply-shared'
    const out: string[] = []
    for (const name of text.split(/\s+/)) {
      if (!name) continue
      const passed = external.get(name)
      if (passed !== undefined) {
        if (passed) out.push(passed)
      } else if (global) out.push(name)
      else out.push(both ? `${prefix}--${name} ${name}` : `${prefix}--${name}`)
    }
    return out.join(' ')
  }

  /** External class names this instance declares, with what its user passed for each. */
  readonly externalClasses = new Map<string, string>()

  isExternalClass(name: string): boolean {
    return this.def.externalClasses?.includes(name) ?? false
  }

  /** The user set an external class (`custom-class="{{cls}}"`): re-render classes that use it. */
  setExternalClass(name: string, mapped: string): void {
    if (this.externalClasses.get(name) === mapped) return
    this.externalClasses.set(name, mapped)
    if (this.rendered) this.root.refresh()
  }

  /** Remembers the content the user of this component wrote between its tags. */
  setSlotContent(children: IrNode[], ctx: RenderContext): void {
    for (const node of children) {
      const name = this.def.multipleSlots ? slotName(node) : ''
      const slots = (this.slots ??= new Map())
      let slot = slots.get(name)
      if (!slot) slots.set(name, (slot = { nodes: [], ctx, block: null }))
      slot.nodes.push(node)
    }
  }

  /** A <slot> of this instance's template renders at `pos`. */
  placeSlot(name: string, _ctx: RenderContext, pos: Position): void {
    const slot = this.slots?.get(name)
    if (!slot) return
    if (!slot.block) {
      const block = new Block(slot.ctx.block)
      renderFragment(
        slot.nodes,
        { ...slot.ctx, block },
        { parent: pos.parent, before: pos.before, parts: block.parts },
      )
      slot.block = block
    } else {
      slot.block.moveBefore(pos.parent, pos.before)
    }
    pos.parts?.push(slot.block)
  }

  dispose(): void {
    this.root.dispose(false)
  }
}

/** Removes the instance from its view when its shadow tree is disposed. */
class Forget {
  constructor(private readonly instance: ComponentInstance) {}
  dispose(): void {
    this.instance.view.forget(this.instance)
  }
}

function slotName(node: IrNode): string {
  // wx:if (2) and wx:for (3) around an element with `slot`: the element names the slot
  // (`<view slot="icon" wx:if="{{multi}}">`, as weui's checkbox passes its icon).
  if (node.k === 2) return firstSlotName(node.b.flatMap(([, body]) => body))
  if (node.k === 3) return firstSlotName(node.c)
  if (node.k !== 1) return ''
  const attr = node.a.find(([n]) => n === 'slot')
  return attr && typeof attr[1] === 'string' ? attr[1] : ''
}

function firstSlotName(nodes: IrNode[]): string {
  for (const node of nodes) {
    const name = slotName(node)
    if (name) return name
  }
  return ''
}
