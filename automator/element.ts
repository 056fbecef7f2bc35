// Element.*: what a test does to one element (tap, touches, events, built-in actions) and reads
// from it (WXML, attributes, styles, properties, offset), elements inside it, and for a custom
// component its data and methods in logic.

import type { Element } from '../headless/element.ts'
import { getInfo } from '../runtime/view/render/element-info.ts'
import { builtinAction, contextMethod } from './element-actions.ts'
import { componentCall } from './component.ts'
import { AutomatorError, missingParam } from './errors.ts'
import { isRecord } from './page.ts'
import { describe, elementOf } from './pages.ts'
import { readProperty } from './properties.ts'
import type { Handler, Params } from './session.ts'
import { dispatchTouch, type TouchParams } from './touch.ts'

export const elementMethods: Record<string, Handler> = {
  'Element.getElement': async (p, s) => {
    const el = await elementOf(p, s)
    const selector = selectorOf(p, 'Element.getElement')
    const found = await el.$(selector)
    if (!found)
      throw new AutomatorError(
        `Element.getElement: no element matches "${selector}" inside <${el.tagName}>`,
      )
    return describe(s, el.page.webviewId, found.node)
  },

  'Element.getElements': async (p, s) => {
    const el = await elementOf(p, s)
    const found = await el.$$(selectorOf(p, 'Element.getElements'))
    return { elements: found.map((f) => describe(s, el.page.webviewId, f.node)) }
  },

  'Element.tap': async (p, s) => {
    await tap(await elementOf(p, s))
    return {}
  },

  'Element.touchstart': touch('touchstart'),
  'Element.touchmove': touch('touchmove'),
  'Element.touchend': touch('touchend'),

  'Element.triggerEvent': async (p, s) => {
    const el = await elementOf(p, s)
    if (typeof p.type !== 'string') throw missingParam('Element.triggerEvent', 'type', 'a string')
    await el.trigger(p.type, isRecord(p.detail) ? p.detail : {})
    return {}
  },

  'Element.dispatchEvent': async (p, s) => {
    const el = await elementOf(p, s)
    const name = p.eventName
    if (typeof name !== 'string')
      throw missingParam('Element.dispatchEvent', 'eventName', 'a string')
    if (name === 'tap') await tap(el)
    else if (/^touch(start|move|end|cancel)$/.test(name))
      await dispatchTouch(el, name, p as TouchParams)
    else {
      const view = el.page.pageView()?.view()
      if (!view) throw new AutomatorError(`page ${el.page.path} has no view`)
      const detail = isRecord(p.detail) ? p.detail : {}
      view.events.dispatch(
        el.node,
        name,
        detail,
        true,
        touches(p.touches),
        touches(p.changeTouches),
      )
      await el.page.program.settle()
    }
    return {}
  },

  'Element.getWXML': async (p, s) => {
    const el = await elementOf(p, s)
    return { wxml: wxml(el.node, p.type === 'outer') }
  },

  'Element.getAttributes': async (p, s) => {
    const el = await elementOf(p, s)
    return { attributes: names(p, 'Element.getAttributes').map((n) => attribute(el, n)) }
  },

  'Element.getStyles': async (p, s) => {
    const el = await elementOf(p, s)
    const win = el.node.ownerDocument.defaultView
    const style = win?.getComputedStyle(el.node)
    return {
      styles: names(p, 'Element.getStyles').map(
        (n) =>
          style?.getPropertyValue(n) || (el.node as HTMLElement).style?.getPropertyValue(n) || '',
      ),
    }
  },

  'Element.getProperties': async (p, s) => {
    const el = await elementOf(p, s)
    const list = names(p, 'Element.getProperties')
    return { properties: await Promise.all(list.map((n) => readProperty(el, n))) }
  },

  'Element.getDOMProperties': async (p, s) => {
    const el = await elementOf(p, s)
    return { properties: names(p, 'Element.getDOMProperties').map((n) => domProperty(el, n)) }
  },

  'Element.getOffset': async (p, s) => {
    const el = await elementOf(p, s)
    const rect = el.node.getBoundingClientRect()
    const win = el.node.ownerDocument.defaultView
    return { left: rect.left + (win?.scrollX ?? 0), top: rect.top + (win?.scrollY ?? 0) }
  },

  'Element.callFunction': async (p, s) => {
    const el = await elementOf(p, s)
    if (typeof p.functionName !== 'string')
      throw missingParam('Element.callFunction', 'functionName', 'a string')
    const args = Array.isArray(p.args) ? p.args : []
    return { result: await builtinAction(el, p.functionName, args) }
  },

  'Element.callContextMethod': async (p, s) => {
    const el = await elementOf(p, s)
    if (typeof p.method !== 'string')
      throw missingParam('Element.callContextMethod', 'method', 'a string')
    const args = Array.isArray(p.args) ? p.args : []
    return { result: await contextMethod(el, p.method, args) }
  },

  'Element.getData': async (p, s) => {
    const el = await elementOf(p, s)
    return { data: await componentCall(el, 'getData', typeof p.path === 'string' ? p.path : '') }
  },

  'Element.setData': async (p, s) => {
    const el = await elementOf(p, s)
    if (!isRecord(p.data)) throw missingParam('Element.setData', 'data', 'an object')
    await componentCall(el, 'setData', p.data)
    return {}
  },

  'Element.callMethod': async (p, s) => {
    const el = await elementOf(p, s)
    if (typeof p.method !== 'string') throw missingParam('Element.callMethod', 'method', 'a string')
    const args = Array.isArray(p.args) ? p.args : []
    return { result: await componentCall(el, 'callMethod', p.method, args) }
  },
}

/** A finger's tap: a short touch, then the click the browser makes of it (the view's tap). */
async function tap(el: Element): Promise<void> {
  await dispatchTouch(el, 'touchstart', {}, false)
  await dispatchTouch(el, 'touchend', {}, false)
  await el.tap()
}

function touch(type: string): Handler {
  return async (p, s) => {
    await dispatchTouch(await elementOf(p, s), type, p as TouchParams)
    return {}
  }
}

/** The element as WXML: built-in tags without `wx-`, classes as the templates wrote them. */
function wxml(node: globalThis.Element, outer: boolean): string {
  const copy = node.cloneNode(true) as globalThis.Element
  const from = [node, ...node.querySelectorAll('*')]
  const to = [copy, ...copy.querySelectorAll('*')]
  from.forEach((original, i) => {
    const written = getInfo(original)?.classText
    if (written !== undefined) to[i]?.setAttribute('class', written)
  })
  const html = outer ? copy.outerHTML : copy.innerHTML
  return html.replace(/<(\/?)wx-/g, '<$1')
}

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

const touches = (list: unknown) => (Array.isArray(list) ? list : []) as []

/** `class` as the template wrote it (the DOM's may carry the component's scope prefix). */
function attribute(el: Element, name: string): string | null {
  if (name === 'class') {
    const written = getInfo(el.node)?.classText
    if (written !== undefined) return written
  }
  const value = el.node.getAttribute(name)
  if (value !== null || !name.startsWith('data-')) return value
  // data-* live in the element's dataset (typed), not in DOM attributes
  const data = getInfo(el.node)?.dataset[camel(name.slice(5))]
  return data === undefined ? null : String(data)
}

/** A DOM property; `innerText` is the text as shown (jsdom has none: its text content). */
function domProperty(el: Element, name: string): unknown {
  const node = el.node as unknown as Record<string, unknown>
  const value = node[name]
  if (name === 'innerText' && typeof value !== 'string') return el.node.textContent ?? ''
  return typeof value === 'function' || (typeof value === 'object' && value !== null)
    ? undefined
    : value
}

function selectorOf(p: Params, method: string): string {
  if (typeof p.selector !== 'string' || !p.selector)
    throw missingParam(method, 'selector', 'a non-empty string')
  return p.selector
}

function names(p: Params, method: string): string[] {
  if (!Array.isArray(p.names)) throw missingParam(method, 'names', 'an array of names')
  return p.names.map(String)
}
