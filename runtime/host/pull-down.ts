// Pull-down refresh, as the client runs it: a pull in the view (or `wx.startPullDownRefresh`)
// shows the refresh indicator and calls the page's `onPullDownRefresh`, only on pages whose
// window config has `enablePullDownRefresh`; `wx.stopPullDownRefresh` hides it again.

import type {
  ApiResult,
  HostToLogic,
  HostToView,
  PageScrollOptions,
} from '../../bridge/protocol.ts'

export interface PullDownHost {
  /** The merged window config of a page. */
  window(webviewId: number): Record<string, unknown>
  current(): number | undefined
  toView(webviewId: number, message: HostToView): void
  toLogic(message: HostToLogic): void
}

export class PullDownRefresh {
  readonly #refreshing = new Set<number>()

  constructor(private readonly host: PullDownHost) {}

  isRefreshing(webviewId: number): boolean {
    return this.#refreshing.has(webviewId)
  }

  /** A pull released past the threshold, or `wx.startPullDownRefresh` on the current page. */
  start(webviewId: number): void {
    if (this.#refreshing.has(webviewId)) return
    if (this.host.window(webviewId).enablePullDownRefresh !== true) return
    this.#refreshing.add(webviewId)
    this.host.toView(webviewId, { type: 'pullDownRefresh', refreshing: true })
    this.host.toLogic({ type: 'pageLifecycle', webviewId, name: 'onPullDownRefresh', args: [] })
  }

  stop(webviewId: number): void {
    if (!this.#refreshing.delete(webviewId)) return
    this.host.toView(webviewId, { type: 'pullDownRefresh', refreshing: false })
  }

  /** `wx.startPullDownRefresh` / `wx.stopPullDownRefresh`: they act on the current page. On a
   *  page without `enablePullDownRefresh` they succeed and show nothing (mpsim's reading of the
   *  docs, which only say the hook needs the config). */
  api(name: 'startPullDownRefresh' | 'stopPullDownRefresh'): ApiResult {
    const webviewId = this.host.current()
    if (webviewId === undefined) return { errMsg: `${name}:fail no page is shown` }
    if (name === 'startPullDownRefresh') this.start(webviewId)
    else this.stop(webviewId)
    return { errMsg: `${name}:ok` }
  }
}

/** What a page's view watches, from the hooks its page defines and its window config. */
export function scrollOptions(
  window: Record<string, unknown>,
  listens: readonly string[] = [],
): PageScrollOptions {
  const distance = Number(window.onReachBottomDistance)
  return {
    reportScroll: listens.includes('onPageScroll'),
    reachBottomDistance: listens.includes('onReachBottom')
      ? Number.isFinite(distance)
        ? distance
        : 50
      : null,
    pullDownRefresh:
      window.enablePullDownRefresh === true
        ? {
            backgroundColor: String(window.backgroundColor ?? '#ffffff'),
            backgroundTextStyle: window.backgroundTextStyle === 'light' ? 'light' : 'dark',
          }
        : null,
  }
}
