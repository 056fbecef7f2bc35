// A page's view in Node: a jsdom document with the view runtime (`startView`), joined to the
// host by an in-process channel, as an iframe is joined by postMessage in the browser.
//
// Webview preloading (docs/packages.md): `prepareJsdomView` makes a spare document ahead, its
// window and the built-ins' styles ready, in two later tasks so messages that arrive meanwhile
// wait for one step at most; the next page takes it with its own URL. Without a spare (or
// before it is ready) a page makes its document on the spot.

import { JSDOM } from 'jsdom'
import { inProcessPair } from '../../../bridge/index.ts'
import type { HostToView, ViewToHost } from '../../../bridge/protocol.ts'
import { startView, type ViewPort } from '../../view/port.ts'
import { installBuiltinStyles } from '../../view/render/view.ts'
import type { OpenedView, OpenViewRequest, SpareView } from '../platform.ts'

const HTML = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>'

export function openJsdomView(request: OpenViewRequest): OpenedView {
  return startJsdomView(request, new JSDOM(HTML))
}

/** A spare document for the next page; taken before it is ready, it gives way to a new one. */
export function prepareJsdomView(): SpareView {
  let ready: JSDOM | null = null
  let dropped = false
  later(() => {
    if (dropped) return
    const dom = new JSDOM(HTML)
    later(() => {
      if (dropped) return void dom.window.close()
      installBuiltinStyles(dom.window.document as unknown as Document)
      ready = dom
    })
  })
  return {
    open(request) {
      dropped = true
      return startJsdomView(request, ready ?? new JSDOM(HTML))
    },
    close() {
      dropped = true
      ready?.window.close()
    },
  }
}

function startJsdomView({ route, bundle }: OpenViewRequest, dom: JSDOM): OpenedView {
  dom.reconfigure({ url: `https://mpsim.local/${route}` })
  const [hostSide, viewSide] = inProcessPair<ViewToHost, HostToView>()
  const document = dom.window.document as unknown as Document
  const port: ViewPort = {
    post: (message) => viewSide.post(message),
    onMessage: (handler) => void viewSide.onMessage(handler),
  }
  const started = startView({ port, document, bundle })
  return {
    endpoint: hostSide,
    document,
    view: started.view,
    close: () => dom.window.close(),
  }
}

function later(step: () => void): void {
  setTimeout(step, 0).unref?.()
}
