// What the stack needs from the resolved app config (compiler/package/app-config.ts): which
// routes exist, which are tab pages, and each page's window config.

import type { ResolvedAppConfig } from '../../../compiler/package/app-config.ts'
import type { TabItem } from './types.ts'

/** The shape the stack reads; a ResolvedAppConfig fits it, and so does a hand-written test one. */
export type StackAppConfig = Pick<ResolvedAppConfig, 'pages' | 'window' | 'tabBar'> &
  Partial<Pick<ResolvedAppConfig, 'entryPagePath' | 'subpackages' | 'page'>>

/** The platform's window defaults (app.json `window` and page config reference: navigation bar
 *  #000000 with white text, background #ffffff, dark loading style, reach-bottom 50 px). */
export const DEFAULT_WINDOW: Readonly<Record<string, unknown>> = {
  navigationBarBackgroundColor: '#000000',
  navigationBarTextStyle: 'white',
  navigationBarTitleText: '',
  navigationStyle: 'default',
  backgroundColor: '#ffffff',
  backgroundTextStyle: 'dark',
  backgroundColorTop: '#ffffff',
  backgroundColorBottom: '#ffffff',
  enablePullDownRefresh: false,
  onReachBottomDistance: 50,
  pageOrientation: 'portrait',
}

export class RouteTable {
  readonly entry: string
  readonly tabs: TabItem[]
  readonly tabBarConfig: Record<string, unknown> | null
  private readonly routes = new Set<string>()

  constructor(private readonly config: StackAppConfig) {
    for (const p of config.pages) this.routes.add(p)
    for (const sub of config.subpackages ?? []) for (const p of sub.pages) this.routes.add(p)
    for (const p of Object.keys(config.page ?? {})) this.routes.add(p)
    this.entry = config.entryPagePath || config.pages[0] || ''
    this.tabs = readTabs(config.tabBar)
    this.tabBarConfig = config.tabBar ? withoutList(config.tabBar) : null
  }

  has(route: string): boolean {
    return this.routes.has(route)
  }

  tabIndex(route: string): number {
    return this.tabs.findIndex((t) => t.pagePath === route)
  }

  isTab(route: string): boolean {
    return this.tabIndex(route) >= 0
  }

  /** Defaults, then the app's window, then the page JSON's (already merged by the compiler). */
  window(route: string): Record<string, unknown> {
    const own = this.config.page?.[route]?.window ?? this.config.window
    return { ...DEFAULT_WINDOW, ...this.config.window, ...own }
  }
}

function readTabs(tabBar: Record<string, unknown> | null): TabItem[] {
  const list = tabBar?.list
  if (!Array.isArray(list)) return []
  return list
    .filter((item): item is TabItem => typeof item?.pagePath === 'string')
    .map((item) => ({ ...item, pagePath: item.pagePath.replace(/^\/+/, '') }))
}

function withoutList(tabBar: Record<string, unknown>): Record<string, unknown> {
  const { list: _list, ...rest } = tabBar
  return rest
}
