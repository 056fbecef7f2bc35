// Fresh jsdom documents for the render benchmarks. glass-easel's DOM backend and j-component
// (miniprogram-simulate) reach for the global `window` and `document`, so a sample that gives
// them a new document also points those globals at it.

import { JSDOM } from 'jsdom'

export interface Page {
  window: Window
  document: Document
  close(): void
}

const HTML = '<!doctype html><html><head></head><body></body></html>'

// What the two libraries read from the global object (j-component checks `instanceof`).
const GLOBALS = ['Node', 'Element', 'HTMLElement', 'Text', 'Event', 'CustomEvent'] as const

export function freshPage(): Page {
  const dom = new JSDOM(HTML)
  const window = dom.window as unknown as Window
  return { window, document: window.document, close: () => dom.window.close() }
}

/** A fresh document that is also the global one, for libraries that use `document` directly. */
export function freshGlobalPage(): Page {
  const page = freshPage()
  setGlobal('window', page.window)
  setGlobal('document', page.document)
  const w = page.window as unknown as Record<string, unknown>
  for (const name of GLOBALS) setGlobal(name, w[name])
  return page
}

function setGlobal(name: string, value: unknown): void {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true })
}
