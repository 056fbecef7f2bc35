// One page's view: loads the page's view bundle into a document, mounts the page, creates
// custom component instances as templates use them, and keeps styles for the window width.

import { builtinCss, createBuiltin } from '../builtins/index.ts'
import { viewTimers, type BuiltinContext, type BuiltinInstance } from '../builtins/types.ts'
import type { ComponentViewDef, CssChunks, ViewBundle } from '../bundle.ts'
import { StyleSheetManager, rpxToPx } from '../style.ts'
import { c, f, m, t } from '../template/helpers.ts'
import type { ElementNode, RenderHelpers } from '../template/ir.ts'
import { createWxsLoader } from '../wxs.ts'
import { bindAttributes, elementInfo } from './element.ts'
import { ComponentInstance } from './component.ts'
import type { Position, RenderContext } from './context.ts'
import { EventSystem, type HandlerCall } from './events.ts'
import { ModuleRegistry } from './modules.ts'
import { Definitions } from './definitions.ts'
import { getInfo, type ElementInfo } from './element-info.ts'
import type { ComponentDefinition } from '../../../bridge/protocol.ts'
import { insert } from './render.ts'
import { readPath, readWxs } from './scope.ts'
import { componentsIn } from './tree.ts'
import { fields } from '../builtins/registry.ts'

export interface ViewOptions {
  document: Document
  bundle: ViewBundle
  /** Window width in px (rpx follows it). Default 375. */
  windowWidth?: number
  /** A user event reached a handler: the logic thread should run `handler` on `instance`. */
  onEvent?(call: HandlerCall): void
  /** A `model:` two-way binding changed a value in the view. */
  onModel?(instance: ComponentInstance, path: string, value: unknown): void
  /** A custom component instance was created (before its first render). */
  onComponent?(instance: ComponentInstance): void
  /** A parent's template changed a property of a component. */
  onProperty?(instance: ComponentInstance, name: string, value: unknown): void
  /** A custom component instance was created (properties set, before its render), removed,
   *  moved (in a keyed wx:for row), or its host's id, class or dataset changed. */
  onInstance?(
    change: 'created' | 'removed' | 'moved' | 'host',
    instance: ComponentInstance,
    host: ElementInfo | null,
  ): void
  /** Errors thrown by template expressions or WXS, and warnings (template not found…). */
  onError?(message: string, instance: ComponentInstance | null): void
  onWarn?(message: string, instance: ComponentInstance | null): void
  /** Navigation asked by <navigator>. */
  onNavigate?(openType: string, url: string, delta?: number): void
}

const SVG_OR_MATH = /[^a-zA-Z0-9-]/

export class View {
  readonly document: Document
  /** Replaced by a hot reload (`replaceBundle`). */
  bundle: ViewBundle
  modules: ModuleRegistry
  readonly instances = new Map<number, ComponentInstance>()
  /** Instances of `virtualHost: true` components (their hosts are not in the document). */
  readonly virtuals = new Set<ComponentInstance>()
  readonly definitions = new Definitions()
  readonly styles: StyleSheetManager
  readonly events: EventSystem
  page: ComponentInstance | null = null
  private width: number
  private readonly builtinContext: BuiltinContext
  private readonly textWriters = new WeakMap<Node, BuiltinInstance>()

  constructor(readonly options: ViewOptions) {
    this.document = options.document
    this.bundle = options.bundle
    this.width = options.windowWidth ?? 375
    this.modules = this.createModules()
    this.styles = new StyleSheetManager(this.document, { windowWidth: this.width })
    this.events = new EventSystem(this)
    this.builtinContext = {
      document: this.document,
      timers: viewTimers(this.document),
      emit: (el, type, detail, opts) => this.events.emit(el, type, detail, opts?.bubbles ?? false),
      navigate: (openType, url, delta) => options.onNavigate?.(openType, url, delta),
      windowWidth: () => this.width,
    }
  }

  /** Renders the page with its initial data into `container` (the document body by default). */
  mountPage(
    data: Record<string, unknown>,
    container: Element = this.document.body,
  ): ComponentInstance {
    this.installStyles()
    const def = this.bundle.components[this.bundle.page]
    if (!def) throw new Error(`view bundle has no page ${this.bundle.page}`)
    const host = this.document.createElement('page')
    const page = new ComponentInstance(this, def, host, null, data, null)
    this.instances.set(page.id, page)
    this.page = page
    page.render()
    container.appendChild(host)
    this.events.install(container)
    return page
  }

  /** app.wxss, then each component's, then the page's, plus the built-ins' defaults. */
  private installStyles(): void {
    installBuiltinStyles(this.document)
    for (const [key, chunks] of this.styleSheets()) this.styles.set(key, chunks)
  }

  private styleSheets(): Array<[string, CssChunks]> {
    const keys = [
      'app',
      ...Object.keys(this.bundle.components).filter((k) => k !== this.bundle.page),
      this.bundle.page,
    ]
    return keys.flatMap((key) => {
      const chunks = this.bundle.styles[key]
      return chunks ? [[key, chunks] as [string, CssChunks]] : []
    })
  }

  private createModules(): ModuleRegistry {
    const wxs = createWxsLoader(this.bundle.wxs)
    const helpers: RenderHelpers = { v: readPath, x: readWxs, m, c, f, t }
    return new ModuleRegistry(
      { factory: (path) => this.bundle.templates[path], loadWxs: (id) => wxs.load(id) },
      helpers,
    )
  }

  /** Hot reload: a rebuilt view bundle. Templates and WXS modules load again from it; what is
   *  on screen changes with `restyle` or `remountPage`. */
  replaceBundle(bundle: ViewBundle): void {
    this.bundle = bundle
    this.modules = this.createModules()
  }

  /** Replaces the style sheets with the bundle's, in their <style> elements (DOM untouched). */
  restyle(): void {
    this.styles.setSheets(this.styleSheets())
  }

  /** Renders the page again from the bundle with `data` (its current data in logic), where it
   *  was. Its component instances are removed (reported) and created anew. */
  remountPage(data: Record<string, unknown>): ComponentInstance {
    const old = this.page
    const container = old?.host.parentElement ?? this.document.body
    const next = old?.host.nextSibling ?? null
    if (old) {
      old.dispose()
      old.host.remove()
    }
    this.restyle()
    const page = this.mountPage(data, container)
    if (next && next.parentNode === container) container.insertBefore(page.host, next)
    return page
  }

  setWindowWidth(width: number): void {
    this.width = width
    this.styles.setWindowWidth(width)
  }

  /** Inline `style` values: rpx converted for the window width, as the platform does. */
  styleText(style: string): string {
    if (!style.includes('rpx')) return style
    return style.replace(
      /(-?\d*\.?\d+(?:e[+-]?\d+)?)rpx/gi,
      (_, n: string) => `${rpxToPx(Number(n), this.width)}px`,
    )
  }

  createBuiltin(tag: string): { el: Element; instance: BuiltinInstance } {
    const made = createBuiltin(SVG_OR_MATH.test(tag) ? 'unknown' : tag, this.builtinContext)
    if (made.instance.setText) this.textWriters.set(made.instance.content, made.instance)
    return made
  }

  /** Class texts of a definition's templates mapped into its style scope, for instances that
   *  have no external classes (`ComponentInstance.mapClass`). Per view: a hot reload's new
   *  bundle brings new definitions. */
  mappedClasses(def: ComponentViewDef): Map<string, string> {
    let mapped = this.classMaps.get(def)
    if (!mapped) this.classMaps.set(def, (mapped = new Map()))
    return mapped
  }

  /** Emptied when definitions change (their options decide the mapping). */
  private classMaps = new WeakMap<ComponentViewDef, Map<string, string>>()

  /** The built-in that writes text children of `parent` (<text> applies `decode` and `space`
   *  through its `setText`), or undefined when they are written as they are. */
  textWriter(parent: Node): BuiltinInstance | undefined {
    return this.textWriters.get(parent)
  }

  /** A custom component used in a template: host element, properties, slot content, render. */
  renderComponentElement(
    node: ElementNode,
    componentId: string,
    ctx: RenderContext,
    pos: Position,
  ): void {
    const def = this.bundle.components[componentId]
    const host = this.createHost(node.tag, componentId)
    const info = elementInfo(host, node, ctx)
    if (!def) {
      this.warn(`component ${componentId} is not in the view bundle`, ctx.owner)
      insert(pos, host)
      return
    }
    const data = this.definitions.initialData(componentId)
    const child = new ComponentInstance(this, def, host, ctx.owner, data, null)
    info.component = child
    for (const [name, value] of node.a) {
      if (name.startsWith('generic:') && typeof value === 'string') {
        const impl = ctx.owner.resolveComponent(value, ctx.scope)
        if (impl) (child.genericImpl ??= {})[name.slice(8)] = impl
      }
    }
    this.instances.set(child.id, child)
    ctx.block.owned.push(child)
    // The logic side learns of the instance first: it may complete the definition
    // (externalClasses, options) and give the initial data before properties arrive.
    this.options.onComponent?.(child)
    bindAttributes(info, node, ctx)
    child.setSlotContent(node.c, ctx)
    this.options.onInstance?.('created', child, info)
    if (this.definitions.get(componentId)?.builtinBehaviors?.includes('wx://form-field'))
      formField(host, child)
    if (child.virtual) {
      this.virtuals.add(child)
      child.render(pos)
      pos.parts?.push(child.root)
      return
    }
    child.render()
    insert(pos, host)
  }

  /** A keyed wx:for row moved: the component instances inside it hear `moved`. */
  moved(nodes: Node[]): void {
    if (!this.options.onInstance) return
    for (const c of componentsIn(this, nodes)) this.options.onInstance('moved', c, getInfo(c.host)!)
  }

  /** The id, class or dataset on a component's host changed after it was created. */
  hostChanged(info: ElementInfo): void {
    if (info.component && this.instances.has(info.component.id))
      this.options.onInstance?.('host', info.component, info)
  }

  /** Component definitions from the logic thread (before the pages that use them render). */
  define(definitions: readonly ComponentDefinition[]): void {
    this.definitions.define(definitions, this.bundle.components)
    this.classMaps = new WeakMap()
  }

  private createHost(tag: string, componentId: string): Element {
    let host: Element
    try {
      host = this.document.createElement(tag)
    } catch {
      host = this.document.createElement('wx-component')
    }
    host.setAttribute('is', componentId)
    return host
  }

  instance(id: number): ComponentInstance | undefined {
    return this.instances.get(id)
  }

  forget(instance: ComponentInstance): void {
    this.instances.delete(instance.id)
    this.virtuals.delete(instance)
    if (instance.parent) this.options.onInstance?.('removed', instance, null)
  }

  warn(message: string, instance: ComponentInstance | null, loc?: [number, number] | null): void {
    const where = instance && loc ? ` (${instance.def.template}.wxml:${loc[0]}:${loc[1]})` : ''
    this.options.onWarn?.(message + where, instance)
  }

  reportError(error: unknown, instance: ComponentInstance | null): void {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    const where = instance ? ` in ${instance.def.template}.wxml` : ''
    if (this.options.onError) this.options.onError(message + where, instance)
    else console.error(`[mpsim view] ${message}${where}`)
  }
}

/** Documents that have the built-ins' default styles. */
const withBuiltinStyles = new WeakSet<Document>()

/** The built-ins' default styles, once per document. They belong to the webview, not the page:
 *  a view may install them as soon as it starts, before its page's data arrives. */
export function installBuiltinStyles(document: Document): void {
  if (withBuiltinStyles.has(document)) return
  const base = document.createElement('style')
  base.setAttribute('data-mpsim', 'builtins')
  base.textContent = builtinCss
  document.head.appendChild(base)
  withBuiltinStyles.add(document)
}

export type { HandlerCall }

/** `behaviors: ['wx://form-field']`: the component's `name` and `value` take part in the
 *  submit of the <form> around it. */
function formField(host: Element, instance: ComponentInstance): void {
  fields.set(host, {
    name: () => String(instance.data.name ?? ''),
    value: () => instance.data.value,
    reset: () => {},
  })
}
