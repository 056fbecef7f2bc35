// A page of the running app, named as miniprogram-automator names it. `data`, `setData` and
// `callMethod` run in the logic thread (so setData renders through the bridge); `$` and `$$`
// query the page's view document.

import type { PageView } from '../runtime/host/index.ts'
import { Element } from './element.ts'
import type { MiniProgram } from './mini-program.ts'
import { toDomSelector } from './selector.ts'
import { PULL_THRESHOLD_PX } from '../runtime/view/page-scroll.ts'
import { sleep, waitUntil } from './wait.ts'

/** Gives a DOM without layout one of the sizes layout would compute. */
const define = (el: HTMLElement, name: string, value: number) =>
  Object.defineProperty(el, name, { configurable: true, get: () => value })

/** Finds the page instance by webview id in logic (runs there, through `evaluate`). */
const FIND_PAGE = `const page = __mpsimPage(id)
  if (!page) throw new Error('page (webview ' + id + ') is not alive in logic')`

export class Page {
  constructor(
    readonly program: MiniProgram,
    readonly webviewId: number,
    /** The route, without a leading slash: `pages/index/index`. */
    readonly path: string,
    readonly query: Record<string, string>,
  ) {}

  /** The page's data in logic, or the value at a path (`list[0].title`). */
  async data(path?: string): Promise<unknown> {
    return this.program.evaluate(
      `function (id, path) {
        ${FIND_PAGE}
        if (!path) return page.data
        return path.split(/[.\\[\\]]/).filter(Boolean).reduce((o, k) => (o == null ? undefined : o[k]), page.data)
      }`,
      this.webviewId,
      path ?? '',
    )
  }

  /** `this.setData(data)` in logic; resolves once the view applied it. */
  async setData(data: Record<string, unknown>): Promise<void> {
    await this.program.evaluate(
      `function (id, data) {
        ${FIND_PAGE}
        return new Promise((resolve) => page.setData(data, () => resolve(undefined)))
      }`,
      this.webviewId,
      data,
    )
    await this.program.settle()
  }

  /** Calls a method of the page instance in logic and returns its (awaited) result. */
  async callMethod(method: string, ...args: unknown[]): Promise<unknown> {
    const value = await this.program.evaluate(
      `function (id, method, args) {
        ${FIND_PAGE}
        if (typeof page[method] !== 'function') throw new Error('page ' + page.route + ' has no method ' + method)
        return page[method](...args)
      }`,
      this.webviewId,
      method,
      args,
    )
    await this.program.settle()
    return value
  }

  async $(selector: string): Promise<Element | null> {
    const node = this.#document().querySelector(toDomSelector(selector))
    return node ? new Element(this, node) : null
  }

  async $$(selector: string): Promise<Element[]> {
    return [...this.#document().querySelectorAll(toDomSelector(selector))].map(
      (n) => new Element(this, n),
    )
  }

  /**
   * Scrolls the page as a user would and resolves once the app settled (onPageScroll,
   * onReachBottom). jsdom lays nothing out, so the page's content height and the window height
   * are given here (default: the device's window height and 10 windows of content); in the
   * browser simulator the real layout decides.
   */
  async scrollTo(
    scrollTop: number,
    layout: { scrollHeight?: number; viewHeight?: number } = {},
  ): Promise<void> {
    const document = this.#document()
    const win = document.defaultView
    const root = (document.scrollingElement ?? document.documentElement) as HTMLElement
    const viewHeight = layout.viewHeight ?? win?.innerHeight ?? 0
    const scrollHeight = layout.scrollHeight ?? viewHeight * 10
    define(root, 'clientHeight', viewHeight)
    define(root, 'scrollHeight', scrollHeight)
    root.scrollTop = Math.max(0, Math.min(scrollTop, scrollHeight - viewHeight))
    win?.dispatchEvent(new win.Event('scroll'))
    // onPageScroll is sent at the next animation frame
    await sleep(20)
    await this.program.settle()
  }

  /** Pulls the page down past the refresh threshold and lets go (a touch drag at the top). */
  async pullDownRefresh(): Promise<void> {
    const document = this.#document()
    const win = document.defaultView
    if (!win) throw new Error(`page ${this.path} has no window`)
    const touch = (type: string, y: number) => {
      const event = new win.Event(type, { bubbles: true }) as Event & { touches: unknown[] }
      Object.defineProperty(event, 'touches', {
        value: type === 'touchend' ? [] : [{ clientY: y }],
      })
      document.dispatchEvent(event)
    }
    touch('touchstart', 10)
    touch('touchmove', 10 + PULL_THRESHOLD_PX * 3)
    touch('touchend', 0)
    await this.program.settle()
  }

  /** Waits `ms`, until `selector` matches an element, or until `predicate` is true. */
  async waitFor(
    condition: number | string | (() => boolean | Promise<boolean>),
    timeoutMs = this.program.host.timeoutMs,
  ): Promise<void> {
    if (typeof condition === 'number') return sleep(condition)
    if (typeof condition === 'string') {
      const selector = toDomSelector(condition)
      const found = () => this.#document().querySelector(selector) !== null
      return waitUntil(found, timeoutMs, `selector "${condition}" on ${this.path}`)
    }
    return waitUntil(condition, timeoutMs, `a condition on ${this.path}`)
  }

  /** The host's view of this page (its jsdom document and View), while it is alive. */
  pageView(): PageView | undefined {
    return this.program.host.views.get(this.webviewId)
  }

  #document(): Document {
    const view = this.pageView()
    if (!view) throw new Error(`page ${this.path} (webview ${this.webviewId}) is closed`)
    return view.document
  }
}
