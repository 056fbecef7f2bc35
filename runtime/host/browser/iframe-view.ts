// A page's view in the browser home: an iframe running the view runtime (runtime/view/frame.ts),
// joined to the host by postMessage. The frame says `hello` once its runtime runs; the host
// answers with `boot` (the page's bundle), then the messages it queued meanwhile. The frame may
// live on another origin (so Chromium gives it its own renderer process); messages are checked
// by source and origin both ways.
//
// Webview preloading (docs/packages.md): `prepareIframeView` starts a hidden frame with no page
// yet, so the frame page and the view runtime load before a navigation needs them; the next
// page takes it and boots it at once.

import { BaseEndpoint } from '../../../bridge/index.ts'
import type { HostToView, ViewToHost } from '../../../bridge/protocol.ts'
import type { OpenedView, OpenViewRequest, SpareView } from '../platform.ts'
import { isFrameHello, type FrameBoot } from '../../../bridge/frame-handshake.ts'

export interface IframeViewOptions {
  /** Where page iframes go (the simulator's page area; asked when a page opens). */
  container(): HTMLElement
  /** URL of the view frame page (its origin is where views run). */
  frameUrl: string
}

export function openIframeView(request: OpenViewRequest, options: IframeViewOptions): OpenedView {
  return startFrame(options, request).attach(request)
}

export function prepareIframeView(options: IframeViewOptions): SpareView {
  const frame = startFrame(options, null)
  return { open: (request) => frame.attach(request), close: () => frame.close() }
}

function startFrame(
  { container, frameUrl }: IframeViewOptions,
  first: OpenViewRequest | null,
): { attach(request: OpenViewRequest): OpenedView; close(): void } {
  const url = new URL(frameUrl, location.href)
  if (first) {
    url.searchParams.set('webviewId', String(first.webviewId))
    url.searchParams.set('route', first.route)
  }
  url.searchParams.set('host', location.origin)
  const origin = url.origin
  const iframe = document.createElement('iframe')
  iframe.className = first ? 'mpsim-page-frame' : 'mpsim-spare-frame'
  iframe.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;border:0;'
  if (!first) iframe.style.visibility = 'hidden'
  const queue: HostToView[] = []
  let request: OpenViewRequest | null = null
  let helloed = false
  let booted = false
  const post = (message: unknown) => iframe.contentWindow?.postMessage(message, origin)
  const endpoint = new BaseEndpoint<ViewToHost, HostToView>(
    (message) => (booted ? post(message) : queue.push(message)),
    () => {
      window.removeEventListener('message', listener)
      iframe.remove()
    },
  )
  const boot = () => {
    if (!helloed || !request || booted) return
    const { webviewId, route, source, file } = request
    const message: FrameBoot = { mpsimFrame: 'boot', webviewId, route, source, file }
    post(message)
    booted = true
    for (const queued of queue.splice(0)) post(queued)
  }
  const listener = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== origin) return
    if (!isFrameHello(event.data)) return endpoint.deliver(event.data as ViewToHost)
    helloed = true
    boot()
  }
  window.addEventListener('message', listener)
  iframe.src = url.href
  container().append(iframe)
  return {
    attach(page) {
      request = page
      iframe.className = 'mpsim-page-frame'
      iframe.dataset.webviewId = String(page.webviewId)
      iframe.dataset.route = page.route
      iframe.title = page.route
      boot()
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
    },
    close: () => endpoint.close(),
  }
}
