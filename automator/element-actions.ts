// Element.callFunction: the built-in actions the client's element classes call
// (`input.input`, `scroll-view.scrollTo`, `swiper.swipeTo`, `switch.tap`, `slider.slideTo`,
// `movable-view.moveTo`…), each done to the built-in's DOM as a user would, and
// Element.callContextMethod: a method of the built-in's context (wx.create<Tag>Context) in logic.

import type { Element } from '../headless/element.ts'
import { getInfo } from '../runtime/view/render/element-info.ts'
import { AutomatorError } from './errors.ts'

type Action = (el: Element, args: unknown[]) => Promise<unknown>

/** movable-view's position (the `x`/`y` the client reads as `_translateX`/`_translateY`). */
const positions = new WeakMap<globalThis.Element, { x: number; y: number }>()

export const translation = (node: globalThis.Element) => positions.get(node) ?? { x: 0, y: 0 }

const ACTIONS: Record<string, Action> = {
  'input.input': (el, [value]) => el.input(String(value ?? '')),
  'textarea.input': (el, [value]) => el.input(String(value ?? '')),
  'switch.tap': (el) => el.tap(),
  'scroll-view.scrollTo': async (el, [x, y]) => {
    const box = scroller(el)
    setScroll(box, 'scrollLeft', Number(x ?? 0))
    setScroll(box, 'scrollTop', Number(y ?? 0))
    box.dispatchEvent(new (window(el).Event)('scroll'))
    await el.page.program.settle()
  },
  'scroll-view.scrollTop': async (el) => scroller(el).scrollTop,
  'scroll-view.scrollLeft': async (el) => scroller(el).scrollLeft,
  'scroll-view.scrollWidth': async (el) => scroller(el).scrollWidth,
  'scroll-view.scrollHeight': async (el) => scroller(el).scrollHeight,
  'swiper.swipeTo': async (el, [index]) => {
    builtin(el, 'swiper').set('current', Number(index ?? 0))
    await el.page.program.settle()
  },
  'slider.slideTo': async (el, [value]) => {
    const range = el.node.querySelector('input[type="range"]') as HTMLInputElement | null
    if (!range) throw new AutomatorError('slider.slideTo: the slider has no range control')
    range.value = String(value ?? 0)
    range.dispatchEvent(new (window(el).Event)('input', { bubbles: true }))
    range.dispatchEvent(new (window(el).Event)('change', { bubbles: true }))
    await el.page.program.settle()
  },
  'movable-view.moveTo': async (el, [x, y]) => {
    const at = { x: Number(x ?? 0), y: Number(y ?? 0) }
    positions.set(el.node, at)
    ;(el.node as HTMLElement).style.transform = `translateX(${at.x}px) translateY(${at.y}px)`
    const view = el.page.pageView()?.view()
    view?.events.emit(el.node, 'change', { ...at, source: '' }, false)
    await el.page.program.settle()
  },
}

/** Names of the built-in actions, for the docs' list. */
export const BUILTIN_ACTIONS = Object.keys(ACTIONS)

export async function builtinAction(el: Element, name: string, args: unknown[]): Promise<unknown> {
  const action = ACTIONS[name]
  if (!action)
    throw new AutomatorError(
      `Element.callFunction: unknown function "${name}" (mpsim has ${BUILTIN_ACTIONS.join(', ')})`,
    )
  const tag = name.split('.')[0]
  if (tag !== el.tagName)
    throw new AutomatorError(`Element.callFunction: ${name} needs a <${tag}>, not <${el.tagName}>`)
  return (await action(el, args)) ?? null
}

/** Context factories by tag, and the attribute that names the element for them. */
const CONTEXTS: Record<string, { factory: string; idFrom: string }> = {
  video: { factory: 'createVideoContext', idFrom: 'id' },
  canvas: { factory: 'createCanvasContext', idFrom: 'canvas-id' },
  map: { factory: 'createMapContext', idFrom: 'id' },
  'live-player': { factory: 'createLivePlayerContext', idFrom: 'id' },
  'live-pusher': { factory: 'createLivePusherContext', idFrom: 'id' },
  camera: { factory: 'createCameraContext', idFrom: 'id' },
}

const CONTEXT_CODE = `function (webviewId, instanceId, factory, id, method, args) {
  if (typeof wx[factory] !== 'function') throw new Error('wx.' + factory + ' is not available in mpsim')
  const owner = instanceId === null
    ? __mpsimPage(webviewId)
    : (__mpsimComponents(webviewId).find((r) => r.instanceId === instanceId) || {}).instance
  const ctx = wx[factory](id, owner)
  if (!ctx || typeof ctx[method] !== 'function') throw new Error(factory + '(...).' + method + ' is not a function')
  return ctx[method](...args)
}`

export async function contextMethod(
  el: Element,
  method: string,
  args: unknown[],
): Promise<unknown> {
  const context = CONTEXTS[el.tagName]
  if (!context)
    throw new AutomatorError(`Element.callContextMethod: <${el.tagName}> has no context`)
  const id = el.node.getAttribute(context.idFrom) ?? getInfo(el.node)?.id ?? ''
  const owner = getInfo(el.node)?.owner
  const instanceId = owner && owner.parent ? owner.id : null
  const program = el.page.program
  const value = await program.evaluate(
    CONTEXT_CODE,
    el.page.webviewId,
    instanceId,
    context.factory,
    id,
    method,
    args,
  )
  await program.settle()
  return value ?? null
}

function scroller(el: Element): HTMLElement {
  const box = el.node.querySelector('.wx-scroll-view') as HTMLElement | null
  if (!box) throw new AutomatorError('scroll-view: its scroller is missing')
  return box
}

/** jsdom lays nothing out and keeps no scroll position: keep the one set here. */
function setScroll(box: HTMLElement, name: 'scrollTop' | 'scrollLeft', value: number): void {
  box[name] = value
  if (box[name] !== value)
    Object.defineProperty(box, name, { configurable: true, writable: true, value })
}

function builtin(el: Element, tag: string) {
  const instance = getInfo(el.node)?.builtin
  if (!instance) throw new AutomatorError(`${tag}: <${el.tagName}> has no built-in behaviour`)
  return instance
}

function window(el: Element): Window & typeof globalThis {
  const win = el.node.ownerDocument.defaultView
  if (!win) throw new AutomatorError(`page ${el.page.path} is closed`)
  return win as Window & typeof globalThis
}
