// Test helper: a jsdom document, a recording BuiltinContext and a small element builder.
import { JSDOM } from 'jsdom'
import { createBuiltin } from './index.ts'
import { viewTimers, type BuiltinContext, type BuiltinInstance } from './types.ts'

export interface Emitted {
  el: Element
  type: string
  detail: Record<string, unknown>
}

export interface Made {
  el: HTMLElement
  instance: BuiltinInstance
}

export function setup() {
  const dom = new JSDOM('<!doctype html><html><body></body></html>')
  const window = dom.window
  const document = window.document
  const events: Emitted[] = []
  const navigations: unknown[][] = []
  const ctx: BuiltinContext = {
    document,
    timers: viewTimers(document),
    emit: (el, type, detail) => void events.push({ el, type, detail }),
    navigate: (...args) => void navigations.push(args),
    windowWidth: () => 375,
  }
  /** Creates a built-in, sets its properties in order, and mounts it under `parent`. */
  const make = (tag: string, props: Record<string, unknown> = {}, parent?: Made): Made => {
    const made = createBuiltin(tag, ctx)
    for (const [k, v] of Object.entries(props)) made.instance.set(k, v)
    if (parent) {
      parent.instance.content.append(made.el)
      parent.instance.childrenChanged?.()
    } else document.body.append(made.el)
    return made
  }
  const details = (type: string) => events.filter((e) => e.type === type).map((e) => e.detail)
  const click = (el: Element) => el.dispatchEvent(new window.MouseEvent('click', { bubbles: true }))
  const fire = (el: Element, type: string) =>
    el.dispatchEvent(new window.Event(type, { bubbles: true }))
  return { dom, window, document, ctx, events, navigations, make, details, click, fire }
}

export const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve))
