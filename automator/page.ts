// Page.*: elements by selector or XPath, the page's data and methods, window properties.

import type { Page } from '../headless/page.ts'
import { toDomSelector } from '../headless/selector.ts'
import { AutomatorError, missingParam } from './errors.ts'
import { describe, pageOf } from './pages.ts'
import type { Handler, Params, Session } from './session.ts'
import { elementsByXpath } from './xpath.ts'

export const pageMethods: Record<string, Handler> = {
  'Page.getElement': async (p, s) => {
    const page = await pageOf(p, s)
    const selector = selectorOf(p, 'Page.getElement')
    const node = documentOf(page).querySelector(toDomSelector(selector))
    if (!node) throw noMatch('Page.getElement', selector, page)
    return describe(s, page.webviewId, node)
  },

  'Page.getElements': async (p, s) => {
    const page = await pageOf(p, s)
    const nodes = documentOf(page).querySelectorAll(
      toDomSelector(selectorOf(p, 'Page.getElements')),
    )
    return { elements: [...nodes].map((n) => describe(s, page.webviewId, n)) }
  },

  'Page.getElementByXpath': async (p, s) => {
    const page = await pageOf(p, s)
    const selector = selectorOf(p, 'Page.getElementByXpath')
    const [node] = elementsByXpath(documentOf(page), selector)
    if (!node) throw noMatch('Page.getElementByXpath', selector, page)
    return describe(s, page.webviewId, node)
  },

  'Page.getElementsByXpath': async (p, s) => {
    const page = await pageOf(p, s)
    const nodes = elementsByXpath(documentOf(page), selectorOf(p, 'Page.getElementsByXpath'))
    return { elements: nodes.map((n) => describe(s, page.webviewId, n)) }
  },

  'Page.getData': async (p, s) => {
    const page = await pageOf(p, s)
    return { data: await page.data(typeof p.path === 'string' ? p.path : undefined) }
  },

  'Page.setData': async (p, s) => {
    const page = await pageOf(p, s)
    if (!isRecord(p.data)) throw missingParam('Page.setData', 'data', 'an object')
    await page.setData(p.data)
    return {}
  },

  'Page.callMethod': async (p, s) => {
    const page = await pageOf(p, s)
    if (typeof p.method !== 'string') throw missingParam('Page.callMethod', 'method', 'a string')
    const args = Array.isArray(p.args) ? p.args : []
    return { result: await page.callMethod(p.method, ...args) }
  },

  'Page.getWindowProperties': async (p, s) => {
    const page = await pageOf(p, s)
    if (!Array.isArray(p.names)) throw missingParam('Page.getWindowProperties', 'names', 'an array')
    const win = documentOf(page).defaultView as unknown
    return { properties: p.names.map((name) => readPath(win, String(name))) }
  },
}

/** `document.documentElement.scrollTop` read from the page's window. */
function readPath(from: unknown, path: string): unknown {
  let value = from
  for (const key of path.split('.')) {
    if (value === null || value === undefined) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return typeof value === 'function' ? undefined : value
}

function documentOf(page: Page): Document {
  const view = page.pageView()
  if (!view) throw new AutomatorError(`page ${page.path} (${page.webviewId}) has no view`)
  return view.document
}

function selectorOf(p: Params, method: string): string {
  if (typeof p.selector !== 'string' || !p.selector)
    throw missingParam(method, 'selector', 'a non-empty string')
  return p.selector
}

function noMatch(method: string, selector: string, page: Page) {
  return new AutomatorError(`${method}: no element matches "${selector}" on ${page.path}`)
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export type { Session }
