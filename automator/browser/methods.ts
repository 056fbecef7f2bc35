// The methods the browser home answers: the app, pages and elements of the simulator running in
// Chromium. Logic-side work (data, methods, wx calls, mocks) is the headless home's code run
// through the page's Host; elements are driven with real input (Playwright clicks and typing)
// in the page's iframe; captureScreenshot shoots the phone.

import type { ElementHandle } from 'playwright-core'
import { toDomSelector } from '../../headless/selector.ts'
import { bindingCode, mockCode } from '../app.ts'
import { AutomatorError, missingParam } from '../errors.ts'
import { CALL_WX, COMPONENT_CODE, PAGE_CODE } from '../logic-code.ts'
import { toDomXpath } from '../xpath.ts'
import type { MethodTable } from '../server.ts'
import type { Params } from '../session.ts'
import { frameOf, inLogic, onHost, settle, type BrowserSession } from './session.ts'

type Table = MethodTable<BrowserSession>

const pages = (s: BrowserSession) =>
  onHost(
    s.tab,
    (host) =>
      host.stack.pages().map((p: any) => ({ pageId: p.webviewId, path: p.route, query: p.query })),
    null,
  ) as Promise<Array<{ pageId: number; path: string; query: Record<string, string> }>>

const app: Table = {
  'App.getPageStack': async (_p, s) => ({ pageStack: await pages(s) }),
  'App.getCurrentPage': async (_p, s) => {
    const current = (await pages(s)).at(-1)
    if (!current) throw new AutomatorError('App.getCurrentPage: no page is shown')
    return current
  },
  'App.callWxMethod': async (p, s) => ({
    result: await inLogic(s.tab, CALL_WX, [text(p, 'method'), Array.isArray(p.args) ? p.args : []]),
  }),
  'App.mockWxMethod': async (p, s) => {
    const { code, args } = mockCode(p)
    await inLogic(s.tab, code, args)
    return {}
  },
  'App.callFunction': async (p, s) => ({
    result: await inLogic(
      s.tab,
      text(p, 'functionDeclaration'),
      Array.isArray(p.args) ? p.args : [],
    ),
  }),
  'App.captureScreenshot': async (_p, s) => {
    await settle(s.tab)
    const png = await s.tab.locator('.mpsim-phone').screenshot()
    return { data: png.toString('base64') }
  },
  'App.enableLog': async (_p, s) => (s.enableLog(), {}),
  'App.exit': async () => ({}),
  'App.addBinding': async (p, s) => {
    const { code, args } = bindingCode(text(p, 'name'))
    await inLogic(s.tab, code, args)
    return {}
  },
}

const page: Table = {
  'Page.getElement': async (p, s) => {
    const frame = await frameOf(s.tab, p.pageId)
    const found = await frame.$(toDomSelector(text(p, 'selector')))
    if (!found)
      throw new AutomatorError(`Page.getElement: no element matches "${String(p.selector)}"`)
    return describe(s, Number(p.pageId), found)
  },
  'Page.getElements': async (p, s) => {
    const frame = await frameOf(s.tab, p.pageId)
    const found = await frame.$$(toDomSelector(text(p, 'selector')))
    return { elements: await Promise.all(found.map((e) => describe(s, Number(p.pageId), e))) }
  },
  'Page.getElementByXpath': async (p, s) => {
    const frame = await frameOf(s.tab, p.pageId)
    const found = await frame.$(`xpath=${toDomXpath(text(p, 'selector'))}`)
    if (!found)
      throw new AutomatorError(`Page.getElementByXpath: no element matches "${String(p.selector)}"`)
    return describe(s, Number(p.pageId), found)
  },
  'Page.getElementsByXpath': async (p, s) => {
    const frame = await frameOf(s.tab, p.pageId)
    const found = await frame.$$(`xpath=${toDomXpath(text(p, 'selector'))}`)
    return { elements: await Promise.all(found.map((e) => describe(s, Number(p.pageId), e))) }
  },
  'Page.getData': async (p, s) => ({
    data: await inLogic(s.tab, PAGE_CODE, [Number(p.pageId), 'getData', p.path ?? '']),
  }),
  'Page.setData': async (p, s) => {
    await inLogic(s.tab, PAGE_CODE, [Number(p.pageId), 'setData', p.data ?? {}])
    return {}
  },
  'Page.callMethod': async (p, s) => ({
    result: await inLogic(s.tab, PAGE_CODE, [
      Number(p.pageId),
      'callMethod',
      text(p, 'method'),
      p.args ?? [],
    ]),
  }),
  'Page.getWindowProperties': async (p, s) => {
    const frame = await frameOf(s.tab, p.pageId)
    const names = (Array.isArray(p.names) ? p.names : []).map(String)
    const properties = await frame.evaluate(
      (list) =>
        list.map((path) =>
          path.split('.').reduce((o: any, k) => (o == null ? undefined : o[k]), window),
        ),
      names,
    )
    return { properties }
  },
}

const element: Table = {
  'Element.tap': async (p, s) => {
    await (await el(p, s)).click()
    await settle(s.tab)
    return {}
  },
  'Element.touchstart': touch('touchstart'),
  'Element.touchmove': touch('touchmove'),
  'Element.touchend': touch('touchend'),
  'Element.getProperties': async (p, s) => {
    const handle = await el(p, s)
    const list = names(p)
    if (p.nodeId) {
      const data = (await component(p, s, 'getData', [''])) as Record<string, unknown>
      const pub = Object.fromEntries(Object.keys(data ?? {}).map((k) => [k, true]))
      return { properties: list.map((n) => (n === '__propPublic' ? pub : data?.[n])) }
    }
    // built-ins: their native control's value/checked/disabled, else the attribute
    const properties = await handle.evaluate((n, want) => {
      const control = (n.matches('input, textarea') ? n : n.querySelector('input, textarea')) as any
      const read = (name: string) =>
        control && name in control ? control[name] : (n.getAttribute(name) ?? undefined)
      const pub: Record<string, boolean> = {}
      for (const a of n.getAttributeNames()) pub[a] = true
      for (const k of ['value', 'checked', 'disabled']) if (read(k) !== undefined) pub[k] = true
      return want.map((name) => (name === '__propPublic' ? pub : read(name)))
    }, list)
    return { properties }
  },
  'Element.getWXML': async (p, s) => ({
    wxml: await (
      await el(p, s)
    ).evaluate(
      (n, outer) => (outer ? n.outerHTML : n.innerHTML).replace(/<(\/?)wx-/g, '<$1'),
      p.type === 'outer',
    ),
  }),
  'Element.getAttributes': async (p, s) => ({
    attributes: await (
      await el(p, s)
    ).evaluate((n, names) => names.map((a) => n.getAttribute(a)), names(p)),
  }),
  'Element.getStyles': async (p, s) => ({
    styles: await (
      await el(p, s)
    ).evaluate(
      (n, list) => list.map((name) => getComputedStyle(n).getPropertyValue(name)),
      names(p),
    ),
  }),
  'Element.getDOMProperties': async (p, s) => ({
    properties: await (
      await el(p, s)
    ).evaluate((n, list) => list.map((name) => (n as any)[name]), names(p)),
  }),
  'Element.getOffset': async (p, s) =>
    (await el(p, s)).evaluate((n) => {
      const r = n.getBoundingClientRect()
      return { left: r.left + scrollX, top: r.top + scrollY }
    }),
  'Element.getElement': async (p, s) => {
    const found = await (await el(p, s)).$(toDomSelector(text(p, 'selector')))
    if (!found)
      throw new AutomatorError(`Element.getElement: no element matches "${String(p.selector)}"`)
    return describe(s, Number(p.pageId), found)
  },
  'Element.getElements': async (p, s) => {
    const found = await (await el(p, s)).$$(toDomSelector(text(p, 'selector')))
    return { elements: await Promise.all(found.map((e) => describe(s, Number(p.pageId), e))) }
  },
  'Element.callFunction': async (p, s) => {
    const name = text(p, 'functionName')
    if (name !== 'input.input' && name !== 'textarea.input')
      throw new AutomatorError(
        `Element.callFunction: ${name} is not supported in the browser home yet`,
      )
    const control = await (await el(p, s)).$('input, textarea')
    if (!control) throw new AutomatorError(`${name}: the element has no native control`)
    await control.fill(String((Array.isArray(p.args) ? p.args[0] : '') ?? ''))
    await settle(s.tab)
    return { result: null }
  },
  'Element.getData': async (p, s) => ({ data: await component(p, s, 'getData', [p.path ?? '']) }),
  'Element.setData': async (p, s) => (await component(p, s, 'setData', [p.data ?? {}]), {}),
  'Element.callMethod': async (p, s) => ({
    result: await component(p, s, 'callMethod', [text(p, 'method'), p.args ?? []]),
  }),
}

const tool: Table = {
  'Tool.getInfo': async () => ({ SDKVersion: '3.0.0', home: 'browser' }),
  'Tool.close': async (_p, s) => (s.requestClose(), {}),
  'Tool.native': async (p, s) => {
    const confirm = p.method === 'confirmModal' ? true : p.method === 'cancelModal' ? false : null
    if (confirm === null)
      throw new AutomatorError(
        `Tool.native: "${String(p.method)}" is not supported (mpsim has confirmModal, cancelModal)`,
      )
    const done = await onHost(
      s.tab,
      (host, c) => host.registry.ui.answerModal({ confirm: c }),
      confirm,
    )
    if (!done) throw new AutomatorError(`Tool.native ${String(p.method)}: no modal is open`)
    await settle(s.tab)
    return {}
  },
}

export const BROWSER_METHODS: Table = { ...app, ...page, ...element, ...tool }

/** A DOM touch event on the element (the view makes touchstart/… and longpress of it). */
function touch(type: string) {
  return async (p: Params, s: BrowserSession) => {
    const list = (v: unknown) => (Array.isArray(v) ? v : [])
    await (
      await el(p, s)
    ).evaluate(
      (n, [t, touches, changed]) => {
        const fallback = [{ identifier: 0, pageX: 0, pageY: 0, clientX: 0, clientY: 0 }]
        const event = new Event(t, { bubbles: true, cancelable: true })
        const ended = t === 'touchend' || t === 'touchcancel'
        Object.defineProperties(event, {
          touches: { value: ended ? touches : touches.length ? touches : fallback },
          changedTouches: { value: changed.length ? changed : touches.length ? touches : fallback },
        })
        n.dispatchEvent(event)
      },
      [type, list(p.touches), list(p.changeTouches)] as [string, unknown[], unknown[]],
    )
    await settle(s.tab)
    return {}
  }
}

async function el(p: Params, s: BrowserSession): Promise<ElementHandle<Element>> {
  return (await s.handles.get(p.elementId)).element
}

async function describe(s: BrowserSession, pageId: number, found: ElementHandle<Element>) {
  const info = await found.evaluate((n) => {
    const tag = n.tagName.toLowerCase()
    const data = (n as any)[Symbol.for('mpsim.element')]
    const component =
      data?.component && data.component.host === n ? String(data.component.id) : null
    return { tagName: tag.startsWith('wx-') ? tag.slice(3) : tag, nodeId: component }
  })
  const out: { elementId: string; tagName: string; nodeId?: string } = {
    elementId: await s.handles.add(pageId, found),
    tagName: info.tagName,
  }
  if (info.nodeId) out.nodeId = info.nodeId
  return out
}

async function component(p: Params, s: BrowserSession, op: string, args: unknown[]) {
  await el(p, s) // alive
  if (!p.nodeId) throw new AutomatorError(`Element.${op}: the element is not a custom component`)
  return inLogic(s.tab, COMPONENT_CODE, [Number(p.pageId), Number(p.nodeId), op, ...args])
}

function text(p: Params, name: string): string {
  const value = p[name]
  if (typeof value !== 'string' || !value) throw missingParam('browser', name, 'a non-empty string')
  return value
}

function names(p: Params): string[] {
  if (!Array.isArray(p.names)) throw missingParam('browser', 'names', 'an array')
  return p.names.map(String)
}
