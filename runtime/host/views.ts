// The host's webviews: each page gets a view from the platform (a jsdom document in Node, an
// iframe in the browser), joined to the router, and its initial data when logic sends it.

import type { Router } from '../../bridge/index.ts'
import type { PageScrollOptions } from '../../bridge/protocol.ts'
import type { View } from '../view/index.ts'
import { loadViewBundle } from '../view/load.ts'
import type { HostPlatform, OpenedView, SpareView } from './platform.ts'

export interface PageView {
  webviewId: number
  route: string
  /** The page's document where the host can reach it (headless: always). */
  document: Document
  /** The view runtime's View, once mounted (null where it runs in another realm). */
  view(): View | null
  mounted: boolean
  /** Ids of the custom components its view bundle holds. */
  components: string[]
  /** What the platform opened. */
  opened: OpenedView
  /** It was the preloaded spare view. */
  preloaded: boolean
}

export interface PageViewsOptions {
  router: Router
  platform: HostPlatform
  /** The view bundle source of a route. */
  source(route: string): string
  windowWidth: number
  /** Webview preloading: after a page's first render a spare view is made for the next page. */
  preload?: boolean
}

export class PageViews {
  readonly #views = new Map<number, PageView>()
  #shown: number | null = null
  #spare: SpareView | null = null
  #preparing: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly options: PageViewsOptions) {}

  get(webviewId: number): PageView | undefined {
    return this.#views.get(webviewId)
  }

  all(): PageView[] {
    return [...this.#views.values()]
  }

  /** Opens the page's view; it renders when `mount` arrives. */
  open(webviewId: number, route: string): PageView {
    const source = this.options.source(route)
    const file = `views/${route}.view.js`
    const bundle = loadViewBundle(source, file)
    const request = { webviewId, route, source, bundle, file }
    const spare = this.#takeSpare()
    const opened = spare ? spare.open(request) : this.options.platform.openView(request)
    this.options.router.addView(webviewId, opened.endpoint)
    const components = Object.keys(bundle.components).filter((id) => id !== bundle.page)
    const page: PageView = {
      webviewId,
      route,
      // Only a browser frame of another origin has none; headless code never meets that case.
      document: opened.document as Document,
      view: () => opened.view(),
      mounted: false,
      components,
      opened,
      preloaded: spare !== null,
    }
    this.#views.set(webviewId, page)
    return page
  }

  /** The window width pages mounted from now on lay rpx out for (the simulator's device). */
  setWindowWidth(windowWidth: number): void {
    this.options.windowWidth = windowWidth
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

  /** Hot reload: sends the page's view its rebuilt bundle; with `data` it renders again. */
  hotUpdate(webviewId: number, data?: Record<string, unknown>): boolean {
    const page = this.#views.get(webviewId)
    if (!page) return false
    const source = this.options.source(page.route)
    const file = `views/${page.route}.view.js`
    this.options.router.toView(webviewId, { type: 'hotUpdate', source, file, data })
    return true
  }

  /** Shows the page on top of the stack and hides the others (where views are on screen). */
  show(webviewId: number | null): void {
    if (webviewId === this.#shown) return
    this.#shown = webviewId
    for (const page of this.#views.values()) page.opened.show?.(page.webviewId === webviewId)
  }

  close(webviewId: number): void {
    const page = this.#views.get(webviewId)
    if (!page) return
    this.#views.delete(webviewId)
    // a relaunch numbers webviews from 1 again: a new view with this id must be shown anew
    if (this.#shown === webviewId) this.#shown = null
    this.options.router.removeView(webviewId)
    page.opened.close()
  }

  closeAll(): void {
    for (const id of [...this.#views.keys()]) this.close(id)
    this.#dropSpare()
  }

  /** Webview preloading: a page rendered, so the host prepares a spare view for the next one,
   *  in a later task (the render's own messages go first). */
  prepareSpare(): void {
    const { preload, platform } = this.options
    if (!preload || !platform.prepareView || this.#spare || this.#preparing) return
    this.#preparing = setTimeout(() => {
      this.#preparing = null
      this.#spare ??= platform.prepareView!()
    }, 0)
  }

  /** Whether a spare view is ready for the next page. */
  get hasSpare(): boolean {
    return this.#spare !== null
  }

  #takeSpare(): SpareView | null {
    const spare = this.#spare
    this.#spare = null
    return spare
  }

  #dropSpare(): void {
    if (this.#preparing) clearTimeout(this.#preparing)
    this.#preparing = null
    this.#takeSpare()?.close()
  }
}
