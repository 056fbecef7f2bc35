// What the page stack asks of the headless host (PageStackEffects): a view and a logic page
// instance per new page, lifecycles and the page stack sent to logic, the app's launch, and the
// navigation bar on screen redrawn from the window of each page that comes to the top.

import type { AppLifecycle, HostToLogic } from '../../bridge/protocol.ts'
import type { ApiRegistry } from './apis/index.ts'
import { navigationBarOf } from './apis/ui/navigation-bar.ts'
import type { LoadedPackage } from './platform.ts'
import type { OpenType, PageStack, PageStackEffects } from './pages/index.ts'
import { SubpackageLoader } from './subpackages.ts'
import type { PageViews } from './views.ts'
import type { NavigationTimings } from './navigation-timings.ts'
import type { Waiters } from './waiters.ts'

export interface PageEffectsDeps {
  /** The build running now (a hot reload replaces it). */
  pkg(): LoadedPackage
  views: PageViews
  registry: ApiRegistry
  waiters: Waiters
  timeoutMs: number
  /** setData sent to a view and not acknowledged yet, by webview id. */
  pendingSetData: Map<number, number>
  stack(): PageStack
  toLogic(message: HostToLogic): void
  /** A host log line (preloadRule's `preloadSubpackages` lines). */
  log(message: string): void
  /** The launch's network type (preloadRule's `network`). */
  networkType(): string
  /** Counts background work (a preload) as activity until it ends. */
  track(work: Promise<unknown>): void
  /** When each page got on screen. */
  timings?: NavigationTimings
  /** A page rendered for the first time (webview preloading prepares the next view). */
  rendered?(webviewId: number, route: string): void
}

type LaunchOptions = { path?: string; query?: Record<string, string>; scene?: number }

export class PageEffects implements PageStackEffects {
  /** Pages created in logic that have not sent their data yet: webviewId → route. */
  readonly #awaitingData = new Map<number, string>()
  #skipShow = false
  /** The page whose navigation bar is on screen. */
  #shown: number | null = null
  /** Subpackage bundles, loaded before their first page (messages held meanwhile). */
  readonly subpackages: SubpackageLoader

  constructor(private readonly deps: PageEffectsDeps) {
    this.subpackages = new SubpackageLoader({
      pkg: () => deps.pkg(),
      toLogic: (m) => deps.toLogic(m),
      // the route waits and the current page stays, its navigation bar loading meanwhile
      loading: (on) => deps.registry.ui.setNavigationBar({ loading: on }),
      log: (message) => deps.log(message),
      networkType: () => deps.networkType(),
      track: (work) => deps.track(work),
      now: () => performance.now(),
    })
  }

  /** The stack asks before a route opens a page: its package is loaded first. */
  prepareRoute(route: string): Promise<void> {
    this.deps.timings?.routeStarted()
    return this.subpackages.prepare(route)
  }

  createPage(p: {
    webviewId: number
    route: string
    query: Record<string, string>
    openType: OpenType
  }): Promise<void> {
    const { webviewId, route, query, openType } = p
    const { views, waiters, timeoutMs, timings } = this.deps
    const { components, preloaded } = views.open(webviewId, route)
    timings?.opened({ webviewId, route, openType, preloadedView: preloaded })
    this.#awaitingData.set(webviewId, route)
    const label = `the first render of ${route} (webview ${webviewId})`
    const rendered = waiters.wait<void>(`firstRender:${webviewId}`, label, timeoutMs)
    this.#toLogic({ type: 'pageCreate', webviewId, route, query, components })
    return rendered.then(() => {
      timings?.rendered(webviewId)
      this.deps.rendered?.(webviewId, route)
      this.subpackages.preloadFor(route)
    })
  }

  lifecycle: PageStackEffects['lifecycle'] = (webviewId, name, args) =>
    this.#toLogic({ type: 'pageLifecycle', webviewId, name, args: args ?? [] })

  destroyPage(webviewId: number): void {
    const key = `firstRender:${webviewId}`
    this.deps.waiters.reject(key, new Error(`webview ${webviewId} closed before its first render`))
    this.deps.waiters.forget(key)
    this.#awaitingData.delete(webviewId)
    this.deps.pendingSetData.delete(webviewId)
    this.deps.views.close(webviewId)
  }

  /** getCurrentPages() in logic follows the host's stack (kept tab pages are not in it). */
  stack(webviewIds: number[]): void {
    this.#toLogic({ type: 'pageStack', webviewIds })
  }

  /** A new page on top shows its own navigation bar (its window, with its run-time changes). */
  changed(): void {
    const stack = this.deps.stack()
    const current = stack.current()?.webviewId ?? null
    if (current === this.#shown) return
    this.#shown = current
    this.deps.views.show(current)
    this.deps.registry.ui.resetNavigationBar(navigationBarOf(stack.window()))
  }

  /** logic's `launch` runs App.onLaunch and onShow itself: the stack's onLaunch becomes the
   *  `launch` message and the onShow that follows it is dropped. */
  appLifecycle(name: AppLifecycle, args: unknown[] = []): void {
    if (name === 'onLaunch') {
      this.#skipShow = true
      return this.#launch((args[0] ?? {}) as LaunchOptions)
    }
    if (name === 'onShow' && this.#skipShow) {
      this.#skipShow = false
      return
    }
    this.#toLogic({ type: 'appLifecycle', name, args })
  }

  /** logic's data for a created page arrived: it is no longer awaited. */
  dataArrived(webviewId: number): void {
    this.#awaitingData.delete(webviewId)
  }

  /** `pageCreate` failed in logic (no such Page()): the route waiting for its render fails. */
  pageCreateFailed(message: string): void {
    for (const [webviewId, route] of this.#awaitingData) {
      if (!message.includes(`"${route}"`)) continue
      this.#awaitingData.delete(webviewId)
      this.deps.waiters.reject(`firstRender:${webviewId}`, new Error(message))
    }
  }

  /** What the page stack sends logic. */
  #toLogic(message: HostToLogic): void {
    this.deps.toLogic(message)
  }

  #launch(opts: LaunchOptions): void {
    const { registry } = this.deps
    const pkg = this.deps.pkg()
    // into an independent subpackage: without the main package (App waits for a route out)
    const withoutMain = this.subpackages.isIndependent(this.subpackages.rootOf(opts.path ?? ''))
    if (withoutMain) this.subpackages.startWithoutMain()
    this.deps.toLogic({
      type: 'launch',
      appConfig: pkg.appConfig,
      path: opts.path ?? '',
      query: opts.query ?? {},
      scene: opts.scene ?? 1001,
      ...(withoutMain ? { withoutMain } : { bundle: pkg.logic }),
      storage: registry.storageSnapshot(),
      systemInfo: registry.systemInfo(),
    })
  }
}
