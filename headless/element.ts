// An element of a page's view, named as miniprogram-automator names it. Actions act on the DOM
// as a user would (a click, typing into the native control) and resolve once the app settled.

import { getInfo } from '../runtime/view/render/element-info.ts'
import type { Page } from './page.ts'
import { toDomSelector, wxmlTag } from './selector.ts'

export class Element {
  constructor(
    readonly page: Page,
    /** The DOM element in the page's jsdom document. */
    readonly node: globalThis.Element,
  ) {}

  /** The WXML tag: `view`, `input`, `todo-item`. */
  get tagName(): string {
    return wxmlTag(this.node)
  }

  /** `data-*` of the element as the template set them (typed values, not strings). */
  get dataset(): Record<string, unknown> {
    return { ...(getInfo(this.node)?.dataset ?? {}) }
  }

  /** Searches inside the element; inside a custom component, with that component's classes. */
  async $(selector: string): Promise<Element | null> {
    const found = this.node.querySelector(this.#selector(selector))
    return found ? new Element(this.page, found) : null
  }

  async $$(selector: string): Promise<Element[]> {
    const found = this.node.querySelectorAll(this.#selector(selector))
    return [...found].map((n) => new Element(this.page, n))
  }

  async text(): Promise<string> {
    return this.node.textContent ?? ''
  }

  async attribute(name: string): Promise<string | null> {
    return this.node.getAttribute(name)
  }

  /** A DOM property (`value` of a control, `checked`…), read from the native control if any. */
  async property(name: string): Promise<unknown> {
    const control = this.#control()
    const from = (control ?? this.node) as unknown as Record<string, unknown>
    return from[name]
  }

  async value(): Promise<string | undefined> {
    return this.#control()?.value
  }

  /** The element's content as rendered (built-ins show their inner DOM). */
  async wxml(): Promise<string> {
    return this.node.innerHTML
  }

  async outerWxml(): Promise<string> {
    return this.node.outerHTML
  }

  /** A tap: a click on the element, which the view turns into `tap` with bubbling. */
  async tap(): Promise<void> {
    const win = this.#window()
    this.node.dispatchEvent(new win.MouseEvent('click', { bubbles: true, cancelable: true }))
    await this.page.program.settle()
  }

  /** Types `value` into an input or textarea: its native control changes and fires `input`. */
  async input(value: string): Promise<void> {
    const control = this.#control()
    if (!control) throw new Error(`element.input: <${this.tagName}> is not an input or textarea`)
    control.value = value
    control.dispatchEvent(new (this.#window().Event)('input', { bubbles: true }))
    await this.page.program.settle()
  }

  /** Fires a mini-program event on the element, as a built-in would emit it. */
  async trigger(type: string, detail: Record<string, unknown> = {}): Promise<void> {
    const view = this.page.pageView()?.view()
    if (!view) throw new Error(`element.trigger: the page ${this.page.path} has no view`)
    view.events.emit(this.node, type, detail, false)
    await this.page.program.settle()
  }

  /** Class names as the template that holds the searched content wrote them. */
  #selector(selector: string): string {
    const info = getInfo(this.node)
    const scope = info?.component ?? info?.owner
    return toDomSelector(selector, scope ? (name) => scope.mapClass(name) : undefined)
  }

  #control(): HTMLInputElement | HTMLTextAreaElement | null {
    const tag = this.node.tagName.toLowerCase()
    if (tag === 'input' || tag === 'textarea') return this.node as HTMLInputElement
    return this.node.querySelector('input, textarea')
  }

  #window(): Window & typeof globalThis {
    const win = this.node.ownerDocument.defaultView
    if (!win) throw new Error(`the page ${this.page.path} is closed`)
    return win as Window & typeof globalThis
  }
}
