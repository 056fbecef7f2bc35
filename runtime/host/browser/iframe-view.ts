// A page's view in the browser home: an iframe running the view runtime (runtime/view/frame.ts),
// joined to the host by postMessage. Messages the host sends before the frame said `hello` wait
// in a queue; the frame gets its bundle in `boot`, then the queue. The frame may live on another
// origin (so Chromium gives it its own renderer process); messages are checked by source and
// origin both ways.

import { BaseEndpoint } from '../../../bridge/index.ts'
import type { HostToView, ViewToHost } from '../../../bridge/protocol.ts'
import type { OpenedView, OpenViewRequest } from '../platform.ts'
import { isFrameHello, type FrameBoot } from '../../../bridge/frame-handshake.ts'

export interface IframeViewOptions {
  /** Where page iframes go (the simulator's page area; asked when a page opens). */
  container(): HTMLElement
  /** URL of the view frame page (its origin is where views run). */
  frameUrl: string
}

export function openIframeView(
  request: OpenViewRequest,
  { container, frameUrl }: IframeViewOptions,
): OpenedView {
  const { webviewId, route, source, file } = request
  const url = new URL(frameUrl, location.href)
  url.searchParams.set('webviewId', String(webviewId))
  url.searchParams.set('route', route)
  url.searchParams.set('host', location.origin)
  const origin = url.origin
  const iframe = document.createElement('iframe')
  iframe.className = 'mpsim-page-frame'
  iframe.dataset.webviewId = String(webviewId)
  iframe.dataset.route = route
  iframe.title = route
  iframe.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;border:0;'
  const queue: HostToView[] = []
  let booted = false
  const post = (message: unknown) => iframe.contentWindow?.postMessage(message, origin)
  const endpoint = new BaseEndpoint<ViewToHost, HostToView>(
    (message) => (booted ? post(message) : queue.push(message)),
    () => {
      window.removeEventListener('message', listener)
      iframe.remove()
    },
  )
  const listener = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== origin) return
    if (!isFrameHello(event.data)) return endpoint.deliver(event.data as ViewToHost)
    if (booted) return
    const boot: FrameBoot = { mpsimFrame: 'boot', webviewId, route, source, file }
    post(boot)
    booted = true
    for (const message of queue.splice(0)) post(message)
  }
  window.addEventListener('message', listener)
  iframe.src = url.href
  container().append(iframe)
  return {
    endpoint,
    document: null,
    view: () => null,
    show(visible) {
      iframe.style.visibility = visible ? 'visible' : 'hidden'
      iframe.style.zIndex = visible ? '1' : '0'
      iframe.toggleAttribute('data-current', visible)
    },
    close: () => endpoint.close(),
  }
}
