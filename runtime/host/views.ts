// The host's webviews in Node: each page gets a fresh jsdom document, its view bundle and the
// view runtime (`startView`), joined to the router by an in-process channel, as an iframe would
// be joined by postMessage in the browser.

import { JSDOM } from 'jsdom'
import { inProcessPair, type Router } from '../../bridge/index.ts'
import type { HostToView, PageScrollOptions, ViewToHost } from '../../bridge/protocol.ts'
import type { View } from '../view/index.ts'
import { loadViewBundle } from '../view/load.ts'
import { startView } from '../view/port.ts'

export interface PageView {
  webviewId: number
  route: string
  dom: JSDOM
  document: Document
  /** The view runtime's View, once mounted. */
  view(): View | null
  mounted: boolean
  /** Ids of the custom components its view bundle holds. */
  components: string[]
}

export interface PageViewsOptions {
  router: Router
  /** The view bundle source of a route. */
  source(route: string): string
  windowWidth: number
}

const HTML = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>'

export class PageViews {
  readonly #views = new Map<number, PageView>()

  constructor(private readonly options: PageViewsOptions) {}

  get(webviewId: number): PageView | undefined {
    return this.#views.get(webviewId)
  }

  all(): PageView[] {
    return [...this.#views.values()]
  }

  /** Creates the page's document and view runtime; it renders when `mount` arrives. */
  open(webviewId: number, route: string): PageView {
    const bundle = loadViewBundle(this.options.source(route), `views/${route}.view.js`)
    const dom = new JSDOM(HTML, { url: `https://mpsim.local/${route}` })
    const [hostSide, viewSide] = inProcessPair<ViewToHost, HostToView>()
    this.options.router.addView(webviewId, hostSide)
    const document = dom.window.document as unknown as Document
    const started = startView({ port: viewSide, document, bundle })
    const components = Object.keys(bundle.components).filter((id) => id !== bundle.page)
    const page: PageView = {
      webviewId,
      route,
      dom,
      document,
      view: started.view,
      mounted: false,
      components,
    }
    this.#views.set(webviewId, page)
    return page
  }

  /** Sends the page's initial data: the view renders and answers `firstRender`. */
  mount(
    webviewId: number,
    instanceId: number,
    data: Record<string, unknown>,
    scroll?: PageScrollOptions,
  ): boolean {
    const page = this.#views.get(webviewId)
    if (!page) return false
    page.mounted = true
    const { route } = page
    const windowWidth = this.options.windowWidth
    this.options.router.toView(webviewId, {
      type: 'mount',
      webviewId,
      route,
      instanceId,
      data,
      windowWidth,
      scroll,
    })
    return true
  }

  close(webviewId: number): void {
    const page = this.#views.get(webviewId)
    if (!page) return
    this.#views.delete(webviewId)
    this.options.router.removeView(webviewId)
    page.dom.window.close()
  }

  closeAll(): void {
    for (const id of [...this.#views.keys()]) this.close(id)
  }
}
