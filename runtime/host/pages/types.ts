// Types of the page stack: what it asks of its home (effects) and what it shows a UI.

import type { AppLifecycle, PageLifecycle } from '../../../bridge/protocol.ts'

/** How a page was reached, named as the platform's `openType` (wx.onAppRoute). */
export type OpenType =
  'appLaunch' | 'navigateTo' | 'redirectTo' | 'navigateBack' | 'switchTab' | 'reLaunch'

/** What the stack asks of its home. Called synchronously, in the platform's order. */
export interface PageStackEffects {
  /** Create a view for a route and a page instance in logic; resolves at the view's first
   *  render (then the stack runs onReady). Rejecting fails the route but keeps the page. */
  createPage(p: {
    webviewId: number
    route: string
    query: Record<string, string>
    openType: OpenType
  }): Promise<void>
  /** Run a page lifecycle in logic. Fire-and-forget: messages to logic keep their order, so
   *  the host never waits for a handler (a handler that routes is queued, see stack.ts). */
  /** Before a route opens a page of `route`: load what it needs (its subpackage, or the main
   *  package after an independent start). The route waits; a rejection fails it with the
   *  error's message, and the stack is left as it was. */
  prepareRoute?(route: string): Promise<void>
  lifecycle(webviewId: number, name: PageLifecycle, args?: unknown[]): void
  destroyPage(webviewId: number): void
  /** App.onLaunch, onShow, onHide, onPageNotFound, with the platform's argument object. */
  appLifecycle?(name: AppLifecycle, args?: unknown[]): void
  /** The page stack changed (what getCurrentPages() returns, bottom first). Called before
   *  the new page's onLoad and after an unloaded page's onUnload, as the platform orders it. */
  stack?(webviewIds: number[]): void
  /** Observable state changed: current page, tab bar selection, window config. */
  changed?(): void
}

export interface PageStackOptions {
  /** Page stack limit for navigateTo (the platform's is 10). */
  maxStack?: number
  /** First webview id; ids then increase and are never reused. */
  firstWebviewId?: number
  /** Launch scene passed to App.onLaunch/onShow (1001: entered from the app list). */
  scene?: number
}

/** The `wx.*` route argument object, callbacks removed. */
export interface RouteArgs {
  url?: unknown
  delta?: unknown
  [key: string]: unknown
}

export interface PageInfo {
  webviewId: number
  route: string
  query: Record<string, string>
  openType: OpenType
}

export interface TabItem {
  pagePath: string
  text?: string
  iconPath?: string
  selectedIconPath?: string
  [key: string]: unknown
}

export interface TabBarState {
  /** app.json tabBar (colours, position, custom…) without the list. */
  config: Record<string, unknown>
  list: TabItem[]
  /** Index of the tab page shown last (the current page's, when it is a tab page). */
  selectedIndex: number
  /** The bar shows only on tab pages. */
  visible: boolean
}

/** Everything a UI draws from the stack. */
export interface PageStackSnapshot {
  pages: PageInfo[]
  current: PageInfo | null
  window: Record<string, unknown>
  tabBar: TabBarState | null
  /** Launch named a page that does not exist and no route has opened one since. */
  notFound: { path: string; query: Record<string, string> } | null
  background: boolean
}
