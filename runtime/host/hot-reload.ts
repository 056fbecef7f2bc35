// Hot reload in the host, the same in every home: a rebuild of the running project replaces the
// current build. What happens depends on what the build outputs say changed (hot-diff.ts):
//   - logic bundle or app config: relaunch back to the same page stack (storage kept);
//   - a page's templates: the page renders again with its current data from logic;
//   - a page's styles only: its style sheets are replaced in place.
// A build that does not compile never gets here: the caller keeps the last good one.

import type { HostToLogic, HostToView } from '../../bridge/protocol.ts'
import { diffBuilds, subpackageLogicChanged, type HotChange } from './hot-diff.ts'
import type { PageStack } from './pages/index.ts'
import type { LoadedPackage } from './platform.ts'
import type { PageViews } from './views.ts'
import type { Waiters } from './waiters.ts'

export interface HotUpdateResult {
  /** `relaunch`, `views` (restyled or rendered again), or `none` (the outputs are the same). */
  kind: 'relaunch' | 'views' | 'none'
  /** Why a relaunch: the logic bundle (JS) or the app config (JSON) changed. */
  reason?: 'logic' | 'app-config'
  /** Routes of open pages restyled in place, and rendered again. */
  restyled: string[]
  rerendered: string[]
  /** What was reloaded, in words (also in the host's log). */
  message: string
}

export interface HotHost {
  pkg(): LoadedPackage
  setPackage(pkg: LoadedPackage): void
  views: PageViews
  stack(): PageStack
  waiters: Waiters
  timeoutMs: number
  toLogic(message: HostToLogic): void
  toView(webviewId: number, message: HostToView): void
  relaunch(pages: Array<{ route: string; query: Record<string, string> }>): Promise<void>
  settle(): Promise<void>
  log(message: string): void
}

export async function applyHotUpdate(host: HotHost, next: LoadedPackage): Promise<HotUpdateResult> {
  const old = host.pkg()
  const open = host.views.all().filter((page) => page.mounted)
  const change: HotChange = (await subpackageLogicChanged(old, next))
    ? { kind: 'relaunch', reason: 'logic' }
    : diffBuilds(
        old,
        next,
        open.map((page) => page.route),
      )
  const stack = host.stack().pages()
  host.setPackage(next)
  await old.dispose()
  const result = describe(change)
  if (change.kind === 'relaunch') {
    await host.relaunch(stack.map(({ route, query }) => ({ route, query })))
  } else {
    const waits: Promise<unknown>[] = []
    for (const page of open) {
      const rerender = change.rerender.includes(page.route)
      if (!rerender && !change.restyle.includes(page.route)) continue
      const { webviewId } = page
      const label = `the hot update of ${page.route} (webview ${webviewId})`
      waits.push(host.waiters.wait(`hotUpdated:${webviewId}`, label, host.timeoutMs))
      // a render again needs the page's data from logic first (messages.ts sends it on)
      if (rerender) host.toLogic({ type: 'pageReload', webviewId })
      else host.views.hotUpdate(webviewId)
    }
    await Promise.all(waits)
  }
  await host.settle()
  host.log(`[hot reload] ${result.message}`)
  return result
}

function describe(change: HotChange): HotUpdateResult {
  if (change.kind === 'relaunch') {
    const what = change.reason === 'logic' ? 'JS changed' : 'app config (JSON) changed'
    return {
      kind: 'relaunch',
      reason: change.reason,
      restyled: [],
      rerendered: [],
      message: `${what}: relaunched the app on the same pages`,
    }
  }
  const { restyle, rerender } = change
  const parts = [
    ...(rerender.length ? [`WXML changed: rendered ${rerender.join(', ')} again`] : []),
    ...(restyle.length ? [`WXSS changed: restyled ${restyle.join(', ')}`] : []),
  ]
  return {
    kind: parts.length ? 'views' : 'none',
    restyled: restyle,
    rerendered: rerender,
    message: parts.length ? parts.join('; ') : 'no change in the open pages',
  }
}

/** `/route?query` for navigateTo. */
export function pageUrl(page: { route: string; query: Record<string, string> }): string {
  const query = Object.entries(page.query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
  return `/${page.route}${query ? `?${query}` : ''}`
}
