// Element handles: the ids the client keeps for elements it found. A handle names one DOM node
// of one page; it stays valid while that node is in its page's document, and says clearly why
// it is not once the node was removed or the page closed.

import { AutomatorError } from './errors.ts'
import { wxmlTag } from '../headless/selector.ts'

interface Handle {
  pageId: number
  node: Element
  /** `<view class="item">`: names the element in errors after it is gone. */
  label: string
}

/** Dead handles are swept after this many new ones, so a long session does not grow. */
const SWEEP_EVERY = 500

export class ElementHandles {
  #next = 1
  #byId = new Map<string, Handle>()
  #ids = new WeakMap<Element, string>()
  #added = 0

  /** The id of `node` (the same id each time the same node is found). */
  add(pageId: number, node: Element): string {
    const known = this.#ids.get(node)
    if (known && this.#byId.has(known)) return known
    const id = String(this.#next++)
    this.#byId.set(id, { pageId, node, label: label(node) })
    this.#ids.set(node, id)
    if (++this.#added % SWEEP_EVERY === 0) this.sweep()
    return id
  }

  /** The live node of handle `id` on page `pageId`, or an error that says why not. */
  get(id: unknown, pageId: unknown, alive: (pageId: number) => boolean): Element {
    const handle = this.#byId.get(String(id))
    if (!handle) throw new AutomatorError(`element ${String(id)} is unknown to this server`)
    const what = `element ${String(id)} (${handle.label})`
    if (pageId !== undefined && Number(pageId) !== handle.pageId)
      throw new AutomatorError(`${what} belongs to page ${handle.pageId}, not ${String(pageId)}`)
    if (!alive(handle.pageId))
      throw new AutomatorError(`${what} is gone: its page (${handle.pageId}) was closed`)
    if (!handle.node.isConnected)
      throw new AutomatorError(`${what} is gone: its node was removed from the page`)
    return handle.node
  }

  get size(): number {
    return this.#byId.size
  }

  /** Forgets handles whose node left its document. */
  sweep(): void {
    for (const [id, handle] of this.#byId) if (!handle.node.isConnected) this.#byId.delete(id)
  }
}

function label(node: Element): string {
  const cls = node.getAttribute('class')
  const id = node.getAttribute('id')
  const attrs = `${id ? ` id="${id}"` : ''}${cls ? ` class="${cls}"` : ''}`
  return `<${wxmlTag(node)}${attrs}>`
}
