// The read side of the page stack: what a UI or a test looks at (pages, current page, window
// config, tab bar), and the run-time window overrides the navigation-bar APIs make.

import type { RouteTable } from './config.ts'
import type { PageEntry, Pages } from './pages.ts'
import type { PageInfo, PageStackEffects, PageStackSnapshot, TabBarState } from './types.ts'

export abstract class StackView {
  protected background = false
  protected notFound: PageStackSnapshot['notFound'] = null
  /** Index of the tab page shown last, -1 before any. */
  private lastTab = -1

  constructor(
    protected readonly table: RouteTable,
    protected readonly store: Pages,
    protected readonly fx: PageStackEffects,
  ) {}

  /** The page stack, bottom first (what getCurrentPages() shows). */
  pages(): PageInfo[] {
    return this.store.stack.map(info)
  }

  current(): PageInfo | null {
    const top = this.store.top()
    return top ? info(top) : null
  }

  /** Every page alive: the stack, then tab pages kept outside it. */
  livePages(): PageInfo[] {
    return [...this.store.stack, ...this.store.dangling()].map(info)
  }

  /** The merged window config of a page (default: the current one): platform defaults, app
   *  window, page JSON, then run-time changes. Empty when there is no such page. */
  window(webviewId?: number): Record<string, unknown> {
    const entry = webviewId === undefined ? this.store.top() : this.store.find(webviewId)
    if (!entry) return {}
    return { ...this.table.window(entry.route), ...entry.overrides }
  }

  /** Run-time window changes for one page (setNavigationBarTitle, setNavigationBarColor,
   *  setBackgroundColor…). Returns false when the page is gone. */
  setWindow(webviewId: number, patch: Record<string, unknown>): boolean {
    const entry = this.store.find(webviewId)
    if (!entry) return false
    Object.assign(entry.overrides, patch)
    this.fx.changed?.()
    return true
  }

  /** {@link setWindow} for the page on top (where setNavigationBarTitle & co. apply). */
  setCurrentWindow(patch: Record<string, unknown>): boolean {
    const top = this.store.top()
    return top ? this.setWindow(top.webviewId, patch) : false
  }

  tabBar(): TabBarState | null {
    if (!this.table.tabBarConfig) return null
    const top = this.store.top()
    return {
      config: { ...this.table.tabBarConfig },
      list: this.table.tabs.map((t) => ({ ...t })),
      selectedIndex: this.lastTab,
      visible: top !== undefined && top.isTab,
    }
  }

  /** The current page's layout, in the shape the API context's `pageWindow` asks for. */
  layout(): { navigationStyle: 'default' | 'custom'; hasTabBar: boolean } {
    const custom = this.window().navigationStyle === 'custom'
    return {
      navigationStyle: custom ? 'custom' : 'default',
      hasTabBar: this.tabBar()?.visible ?? false,
    }
  }

  snapshot(): PageStackSnapshot {
    return {
      pages: this.pages(),
      current: this.current(),
      window: this.window(),
      tabBar: this.tabBar(),
      notFound: this.notFound && { path: this.notFound.path, query: { ...this.notFound.query } },
      background: this.background,
    }
  }

  /** Remembers the tab page just shown, for the tab bar's selection. */
  protected noteTab(entry: PageEntry): void {
    if (entry.isTab) this.lastTab = this.table.tabIndex(entry.route)
  }
}

function info(entry: PageEntry): PageInfo {
  return {
    webviewId: entry.webviewId,
    route: entry.route,
    query: { ...entry.query },
    openType: entry.openType,
  }
}
