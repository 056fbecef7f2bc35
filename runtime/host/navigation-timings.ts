// When each page of a host got on screen: from the start of its route (before its subpackage
// loaded, if it needed one) to its view opening (a preloaded spare taken, or a new one made) and
// its first render. Times are the host's `performance.now()` in ms. This is what webview
// preloading changes (docs/packages.md#webview-preloading); `mp.navigationTimings()` returns it.

export interface NavigationTiming {
  webviewId: number
  route: string
  openType: string
  /** The stack began the route (its package loading included). */
  start: number
  /** The page's view was opened. */
  viewOpened: number
  /** The view answered its first render (null until then). */
  firstRender: number | null
  /** The view was the spare the host preloaded. */
  preloadedView: boolean
  /** First render − start (ms), once rendered. */
  toFirstRender: number | null
}

export class NavigationTimings {
  readonly list: NavigationTiming[] = []
  #routeStart: number | null = null

  now(): number {
    return performance.now()
  }

  /** A route that may open a page starts now. */
  routeStarted(): void {
    this.#routeStart = this.now()
  }

  opened(p: { webviewId: number; route: string; openType: string; preloadedView: boolean }): void {
    const viewOpened = this.now()
    const start = this.#routeStart ?? viewOpened
    this.#routeStart = null
    this.list.push({ ...p, start, viewOpened, firstRender: null, toFirstRender: null })
  }

  rendered(webviewId: number): void {
    const timing = [...this.list].reverse().find((t) => t.webviewId === webviewId)
    if (!timing || timing.firstRender !== null) return
    timing.firstRender = this.now()
    timing.toFirstRender = timing.firstRender - timing.start
  }
}
