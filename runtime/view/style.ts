// Compiled WXSS in the view: rpx → px for the window width, and the <style> elements that hold
// each stylesheet. When the window width changes (rotation, resizing the simulator) every sheet
// is printed again for the new width, in the same <style> element.

import type { CssChunks } from './bundle.ts'

/** What the rpx rounding depends on besides the width. */
export interface RpxDevice {
  /** iOS (WeChat tests the user agent for "iPhone"). */
  ios: boolean
  /** window.devicePixelRatio. */
  pixelRatio: number
}

/** WeChat's defaults when it cannot read the device: an iPhone at pixel ratio 2. */
export const defaultRpxDevice: RpxDevice = { ios: true, pixelRatio: 2 }

const BASE_WIDTH = 750
const EPS = 1e-4

/**
 * rpx → px as WeChat's view does it (the `transformRPX` function that WeChat's WXSS compiler
 * emits into every compiled page; readable in unpacked packages, e.g. the test output kept in
 * github.com/aniwei/mini-program packages/wxss/tests/TEST-01.md):
 *   0 stays 0; otherwise px = floor(rpx / 750 * width + 1e-4); a result of 0 (a positive value
 *   under 1px) becomes 0.5px on an iPhone with pixel ratio > 1, else 1px.
 * So results are whole pixels, rounded down (negative values round away from zero: -1rpx at
 * 375px is -1px), and a hairline such as 1rpx never vanishes.
 */
export function rpxToPx(
  value: number,
  windowWidth: number,
  device: RpxDevice = defaultRpxDevice,
): number {
  if (value === 0) return 0
  const px = Math.floor((value / BASE_WIDTH) * windowWidth + EPS)
  if (px !== 0) return px
  return device.pixelRatio === 1 || !device.ios ? 1 : 0.5
}

/** The CSS text of compiled WXSS for a window width. */
export function cssText(
  chunks: CssChunks,
  windowWidth: number,
  device: RpxDevice = defaultRpxDevice,
): string {
  let out = ''
  for (const chunk of chunks) {
    out += typeof chunk === 'number' ? String(rpxToPx(chunk, windowWidth, device)) : chunk
  }
  return out
}

interface Sheet {
  chunks: CssChunks
  el: HTMLStyleElement
}

export interface StyleSheetManagerOptions {
  windowWidth: number
  device?: RpxDevice
}

/**
 * The <style data-mpsim="key"> elements of one view document. Sheets stay in the order they
 * were added (or the order given to `setSheets`); later sheets win ties in the cascade, so the
 * caller adds app.wxss first, then components, then the page.
 */
export class StyleSheetManager {
  private readonly sheets = new Map<string, Sheet>()
  private width: number
  private readonly device: RpxDevice
  private readonly doc: Document

  constructor(doc: Document, options: StyleSheetManagerOptions) {
    this.doc = doc
    this.width = options.windowWidth
    this.device = options.device ?? defaultRpxDevice
  }

  get windowWidth(): number {
    return this.width
  }

  keys(): string[] {
    return [...this.sheets.keys()]
  }

  has(key: string): boolean {
    return this.sheets.has(key)
  }

  /** Adds the sheet after the others, or replaces its text in place if `key` is already there. */
  set(key: string, chunks: CssChunks): HTMLStyleElement {
    const known = this.sheets.get(key)
    if (known) {
      known.chunks = chunks
      this.render(known)
      return known.el
    }
    const el = this.doc.createElement('style')
    el.setAttribute('data-mpsim', key)
    const sheet = { chunks, el }
    this.render(sheet)
    this.insertAfterLast(el)
    this.sheets.set(key, sheet)
    return el
  }

  /** Makes the document hold exactly these sheets, in this order. Sheets already present keep
   *  their element (text replaced if it changed); others are removed. */
  setSheets(list: ReadonlyArray<readonly [key: string, chunks: CssChunks]>): void {
    const wanted = new Set(list.map(([key]) => key))
    for (const key of this.keys()) if (!wanted.has(key)) this.remove(key)
    let prev: HTMLStyleElement | null = null
    for (const [key, chunks] of list) {
      const el = this.set(key, chunks)
      if (prev && prev.nextSibling !== el) prev.after(el)
      prev = el
    }
    this.reorderMap(list.map(([key]) => key))
  }

  remove(key: string): void {
    const sheet = this.sheets.get(key)
    if (!sheet) return
    sheet.el.remove()
    this.sheets.delete(key)
  }

  /** Prints every sheet again for a new window width. */
  setWindowWidth(windowWidth: number): void {
    if (windowWidth === this.width) return
    this.width = windowWidth
    for (const sheet of this.sheets.values()) this.render(sheet)
  }

  private render(sheet: Sheet): void {
    const text = cssText(sheet.chunks, this.width, this.device)
    if (sheet.el.textContent !== text) sheet.el.textContent = text
  }

  private insertAfterLast(el: HTMLStyleElement): void {
    let last: HTMLStyleElement | undefined
    for (const sheet of this.sheets.values()) last = sheet.el
    if (last?.parentNode) last.after(el)
    else (this.doc.head ?? this.doc.documentElement).appendChild(el)
  }

  /** Keeps the map's iteration order equal to the document order. */
  private reorderMap(order: string[]): void {
    const entries = order.map((key) => [key, this.sheets.get(key)] as const)
    this.sheets.clear()
    for (const [key, sheet] of entries) if (sheet) this.sheets.set(key, sheet)
  }
}
