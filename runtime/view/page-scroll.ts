// The page's own scrolling, watched from inside its view as the client's webview does: scroll
// positions for `onPageScroll` (at most one message a frame, and none when the page does not
// define the hook), `onReachBottom` once each time the page enters its reach-bottom distance,
// and the pull-down-refresh gesture with its indicator (three dots over the window's background
// colour while refreshing). The same code runs in an iframe and in a DOM without layout; there
// the headless page tells the metrics (see headless/page.ts `scrollTo`).

import type { PageScrollOptions, ViewToHost } from '../../bridge/protocol.ts'

/** How far the page must be pulled before release starts a refresh, and where it rests. */
export const PULL_THRESHOLD_PX = 50
const REFRESH_HEIGHT_PX = 50
const INDICATOR_CLASS = 'wx-pull-down-refresh'

export interface PageScroll {
  /** Shows or hides the refresh indicator (`pullDownRefresh` from the host). */
  setRefreshing(refreshing: boolean): void
  destroy(): void
}

export function watchPageScroll(
  document: Document,
  options: PageScrollOptions,
  post: (message: ViewToHost) => void,
): PageScroll {
  const win = document.defaultView
  const root = () => document.scrollingElement ?? document.documentElement
  const cleanups: Array<() => void> = []
  const listen = (target: EventTarget, type: string, fn: (e: any) => void) => {
    target.addEventListener(type, fn, { passive: true })
    cleanups.push(() => target.removeEventListener(type, fn))
  }

  const metrics = () => {
    const el = root()
    const viewHeight = el.clientHeight || win?.innerHeight || 0
    return { scrollTop: el.scrollTop, scrollHeight: el.scrollHeight, viewHeight }
  }

  // Reach-bottom fires when the page enters the zone, and again only after it left it.
  let inZone = false
  const checkBottom = (distance: number) => {
    const { scrollTop, scrollHeight, viewHeight } = metrics()
    // Without content taller than the window there is nothing to reach by scrolling.
    const near = scrollHeight > viewHeight && scrollHeight - scrollTop - viewHeight <= distance
    if (near && !inZone) post({ type: 'reachBottom' })
    inZone = near
  }

  // Handled once per frame: the last position of the frame is all the page needs.
  const distance = options.reachBottomDistance
  let framePending = false
  const onFrame = () => {
    framePending = false
    if (options.reportScroll) post({ type: 'scroll', ...metrics() })
    if (distance !== null) checkBottom(distance)
  }
  if (win && (options.reportScroll || distance !== null))
    listen(win, 'scroll', () => {
      if (framePending) return
      framePending = true
      if (win.requestAnimationFrame) win.requestAnimationFrame(onFrame)
      else setTimeout(onFrame, 16)
    })

  const pull = options.pullDownRefresh ? pullGesture(document, options.pullDownRefresh) : null
  if (pull && win) {
    let startY: number | null = null
    const begin = (y: number) => {
      if (!pull.refreshing && root().scrollTop <= 0) startY = y
    }
    const move = (y: number) => {
      if (startY !== null) pull.offset(Math.max(0, (y - startY) / 2))
    }
    const end = () => {
      if (startY === null) return
      startY = null
      if (pull.pulled() >= PULL_THRESHOLD_PX) post({ type: 'pullDownRefresh' })
      else pull.offset(0)
    }
    listen(document, 'touchstart', (e: TouchEvent) => begin(e.touches[0]?.clientY ?? 0))
    listen(document, 'touchmove', (e: TouchEvent) => move(e.touches[0]?.clientY ?? 0))
    listen(document, 'touchend', end)
    listen(document, 'touchcancel', end)
    listen(document, 'mousedown', (e: MouseEvent) => begin(e.clientY))
    listen(document, 'mousemove', (e: MouseEvent) => (e.buttons & 1 ? move(e.clientY) : end()))
    listen(document, 'mouseup', end)
    // A mouse pull must not select text or start dragging it (a later pull on the selection
    // would become a native drag and the gesture would never see its moves or release).
    const armed = (e: Event) => startY !== null && e.preventDefault()
    for (const type of ['selectstart', 'dragstart']) {
      document.addEventListener(type, armed)
      cleanups.push(() => document.removeEventListener(type, armed))
    }
  }

  return {
    setRefreshing(refreshing) {
      pull?.setRefreshing(refreshing)
    },
    destroy() {
      for (const fn of cleanups.splice(0)) fn()
      pull?.remove()
    },
  }
}

/** The pull offset of the page body and the indicator above it. */
function pullGesture(document: Document, style: NonNullable<PageScrollOptions['pullDownRefresh']>) {
  const indicator = document.createElement('div')
  indicator.className = INDICATOR_CLASS
  indicator.setAttribute('aria-hidden', 'true')
  const dot = style.backgroundTextStyle === 'light' ? '#ffffff' : '#999999'
  indicator.style.cssText =
    `position:fixed;left:0;right:0;top:0;height:0;overflow:hidden;display:flex;` +
    `align-items:center;justify-content:center;gap:6px;background:${style.backgroundColor};` +
    `z-index:2147483647;pointer-events:none`
  for (let i = 0; i < 3; i++) {
    const d = document.createElement('span')
    d.style.cssText = `width:6px;height:6px;border-radius:50%;background:${dot};opacity:${0.4 + i * 0.3}`
    indicator.appendChild(d)
  }
  // Beside the body, not in it: the body moves down while the indicator stays on top.
  document.documentElement.appendChild(indicator)
  let current = 0
  const state = {
    refreshing: false,
    pulled: () => current,
    offset(px: number) {
      current = px
      indicator.style.height = `${px}px`
      document.body.style.transform = px ? `translateY(${px}px)` : ''
      indicator.dataset.state = state.refreshing ? 'refreshing' : px ? 'pulling' : 'idle'
    },
    setRefreshing(refreshing: boolean) {
      state.refreshing = refreshing
      state.offset(refreshing ? REFRESH_HEIGHT_PX : 0)
    },
    remove() {
      indicator.remove()
      document.body.style.transform = ''
    },
  }
  state.offset(0)
  return state
}
