// The page stack the host keeps, as a pure state machine over PageStackEffects: no threads, no
// DOM. Lifecycle orders follow the platform's page-routing guide (路由方式 table, the Tab-switch
// table, and the route-event-listener guide); each is pinned in stack.test.ts.
//
// Concurrency: routes run one at a time, in call order. The platform's page-routing guide: when
// several routes are started in a row, later ones wait until the current one is processed and
// then run in turn. mpsim counts a route processed when its new page has rendered once and
// onReady ran, so a route started from onLoad runs after that page's onReady. URLs resolve when
// the call is made (against the page showing then); rules (tab pages, limit) are checked when
// the route runs, against the stack as it is then.

import type { ApiResult } from '../../../bridge/protocol.ts'
import { RouteTable, type StackAppConfig } from './config.ts'
import { fail, ok, reasons } from './errors.ts'
import { Pages } from './pages.ts'
import { parseUrl, type ParsedUrl } from './url.ts'
import type { OpenType, PageStackEffects, PageStackOptions, RouteArgs } from './types.ts'
import { StackView } from './view.ts'

export class PageStack extends StackView {
  private queue: Promise<unknown> = Promise.resolve()
  private pending = 0
  private readonly maxStack: number
  private readonly scene: number

  constructor(
    appConfig: StackAppConfig,
    effects: PageStackEffects,
    options: PageStackOptions = {},
  ) {
    const table = new RouteTable(appConfig)
    super(table, new Pages(effects, options.firstWebviewId ?? 1), effects)
    this.maxStack = options.maxStack ?? 10
    this.scene = options.scene ?? 1001
  }

  /** Cold start: App.onLaunch, App.onShow, then the page (entry page when `path` is empty). An
   *  unknown page calls App.onPageNotFound and leaves the stack empty for the app to route. */
  launch(path = '', query: Record<string, string> = {}): Promise<ApiResult> {
    const url = parseUrl(path || this.table.entry, null)
    const q = { ...url.query, ...query }
    return this.enqueue('appLaunch', async () => {
      const options = { path: url.route, query: q, scene: this.scene, referrerInfo: {} }
      this.fx.appLifecycle?.('onLaunch', [options])
      this.fx.appLifecycle?.('onShow', [options])
      if (!this.table.has(url.route)) return this.pageNotFound(url.route, q)
      await this.fx.prepareRoute?.(url.route)
      return this.openAndWait('appLaunch', url.route, q)
    })
  }

  /** Keeps the current page (onHide) and opens a new one; not for tab pages; 10 at most. */
  navigateTo(args: RouteArgs): Promise<ApiResult> {
    return this.route('navigateTo', args, (target) => {
      if (this.table.isTab(target.route)) return fail('navigateTo', reasons.tabTarget('navigateTo'))
      if (this.store.stack.length >= this.maxStack) return fail('navigateTo', reasons.limit)
      const top = this.store.top()
      if (top) this.store.hide(top)
      return this.openAndWait('navigateTo', target.route, target.query)
    })
  }

  /** Unloads the current page and opens another in its place; not for tab pages. */
  redirectTo(args: RouteArgs): Promise<ApiResult> {
    return this.route('redirectTo', args, (target) => {
      if (this.table.isTab(target.route)) return fail('redirectTo', reasons.tabTarget('redirectTo'))
      const top = this.store.top()
      if (top) this.store.unload(top)
      return this.openAndWait('redirectTo', target.route, target.query)
    })
  }

  /** Unloads `delta` pages, top first, and shows the one below. A delta past the stack stops at
   *  the stack's first page (the navigateBack doc says "home page"; WeChat staff corrected it
   *  to the stack's first page, community thread 0008409fffc5287e47624bc8961800). A delta that
   *  is missing, not a number or below 1 counts as 1 (mpsim's choice). */
  navigateBack(args: RouteArgs = {}): Promise<ApiResult> {
    return this.enqueue('navigateBack', async () => {
      const count = this.store.stack.length
      if (count <= 1) return fail('navigateBack', reasons.firstPage)
      const delta = Math.min(toDelta(args.delta), count - 1)
      for (let i = 0; i < delta; i++) this.store.unload(this.store.top()!)
      this.showTop()
      return ok('navigateBack')
    })
  }

  /** Shows a tab page: non-tab pages are unloaded top first, tab pages stay alive hidden; the
   *  target runs onLoad the first time, onShow after. The query is dropped, as the platform
   *  does ("路径后不能带参数"). Switching to the tab already shown does nothing. */
  switchTab(args: RouteArgs): Promise<ApiResult> {
    return this.route('switchTab', args, (target) => {
      if (!this.table.isTab(target.route)) return fail('switchTab', reasons.notTab)
      if (this.store.top()?.route === target.route) return ok('switchTab')
      this.clearForTab()
      const cached = this.store.tabs.get(target.route)
      if (!cached) return this.openAndWait('switchTab', target.route, {})
      this.store.restore(cached)
      this.showTop()
      return ok('switchTab')
    })
  }

  /** Unloads every page (stack top first, then dangling tab pages) and opens the target. */
  reLaunch(args: RouteArgs): Promise<ApiResult> {
    return this.route('reLaunch', args, (target) => {
      while (this.store.top()) this.store.unload(this.store.top()!)
      for (const entry of this.store.dangling()) this.store.unload(entry)
      return this.openAndWait('reLaunch', target.route, target.query)
    })
  }

  /** The app goes to the background: the page's onHide, then App.onHide. */
  enterBackground(): Promise<void> {
    return this.enqueue('enterBackground', async () => {
      if (this.background) return
      this.background = true
      const top = this.store.top()
      if (top) this.store.hide(top)
      this.fx.appLifecycle?.('onHide', [])
    }).then(() => undefined)
  }

  /** Back to the foreground: App.onShow, then the page's onShow. */
  enterForeground(): Promise<void> {
    return this.enqueue('enterForeground', async () => {
      if (!this.background) return
      this.background = false
      const top = this.store.top()
      const options = { path: top?.route ?? '', query: { ...top?.query }, scene: this.scene }
      this.fx.appLifecycle?.('onShow', [options])
      if (top) this.store.show(top)
    }).then(() => undefined)
  }

  /** The user taps tab `index`: switchTab, then onTabItemTap on the tab page now shown (the
   *  base library sends it to the page whose route is the tapped item's pagePath). */
  async tapTabItem(index: number): Promise<ApiResult> {
    const item = this.table.tabs[index]
    if (!item) return fail('switchTab', `no tabBar item at index ${index}`)
    const result = await this.switchTab({ url: `/${item.pagePath}` })
    const top = this.store.top()
    if (result.errMsg.endsWith(':ok') && top?.route === item.pagePath) {
      const tap = { index, pagePath: item.pagePath, text: item.text ?? '' }
      this.fx.lifecycle(top.webviewId, 'onTabItemTap', [tap])
    }
    return result
  }

  /** Resolves when every queued route has run. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.queue
  }

  get busy(): boolean {
    return this.pending > 0
  }

  // -------------------------------------------------------------------------------------------

  /** Checks the url when called, queues the route, and checks the page exists when it runs. */
  private route(
    api: string,
    args: RouteArgs,
    run: (target: ParsedUrl) => ApiResult | Promise<ApiResult>,
  ): Promise<ApiResult> {
    const url = args?.url
    if (typeof url !== 'string') return Promise.resolve(fail(api, reasons.urlType(url)))
    const target = parseUrl(url, this.store.top()?.route ?? null)
    return this.enqueue(api, async () => {
      if (!this.table.has(target.route))
        return fail(api, reasons.notFound(target.route, target.queryString))
      await this.fx.prepareRoute?.(target.route)
      return run(target)
    })
  }

  private enqueue<T>(api: string, task: () => Promise<T>): Promise<T | ApiResult> {
    this.pending++
    const run = this.queue.then(() => this.guard(api, task))
    this.queue = run
    return run
  }

  private async guard<T>(api: string, task: () => Promise<T>): Promise<T | ApiResult> {
    try {
      return await task()
    } catch (error: unknown) {
      return fail(api, messageOf(error))
    } finally {
      this.pending--
      this.fx.changed?.()
    }
  }

  private async openAndWait(api: OpenType, route: string, query: Record<string, string>) {
    this.notFound = null
    const isTab = this.table.isTab(route)
    const { entry, rendered } = this.store.open(route, query, api, isTab)
    this.noteTab(entry)
    this.fx.changed?.()
    const error = await this.store.ready(entry, rendered)
    return error ? fail(api, messageOf(error)) : ok(api)
  }

  private pageNotFound(path: string, query: Record<string, string>): ApiResult {
    this.notFound = { path, query }
    this.fx.appLifecycle?.('onPageNotFound', [{ path, query, isEntryPage: true }])
    return fail('appLaunch', reasons.notFound(path, ''))
  }

  /** Before a tab switch: the shown tab page is hidden and kept; other pages unload. */
  private clearForTab(): void {
    const top = this.store.top()
    for (const entry of [...this.store.stack].reverse()) {
      if (!entry.isTab) this.store.unload(entry)
      else {
        if (entry === top) this.store.hide(entry)
        this.store.detach(entry)
      }
    }
  }

  private showTop(): void {
    const top = this.store.top()
    if (!top) return
    this.store.show(top)
    this.noteTab(top)
  }
}

function toDelta(value: unknown): number {
  return typeof value === 'number' && value >= 1 ? Math.floor(value) : 1
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
