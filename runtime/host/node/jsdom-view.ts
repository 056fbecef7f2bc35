// A page's view in Node: a jsdom document with the view runtime (`startView`), joined to the
// host by an in-process channel, as an iframe is joined by postMessage in the browser.
//
// As WeChat preloads a webview for the next page, one spare document (with the built-ins'
// styles already parsed) is made once a page has rendered; the next page takes it, so a
// navigation does not wait for a new jsdom window. Without a spare, one is made on the spot.

import { JSDOM } from 'jsdom'
import { inProcessPair } from '../../../bridge/index.ts'
import type { HostToView, ViewToHost } from '../../../bridge/protocol.ts'
import { startView, type ViewPort } from '../../view/port.ts'
import { installBuiltinStyles } from '../../view/render/view.ts'
import type { OpenedView, OpenViewRequest } from '../platform.ts'

const HTML = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>'

export function openJsdomView({ route, bundle }: OpenViewRequest): OpenedView {
  const dom = takeDocument(`https://mpsim.local/${route}`)
  const [hostSide, viewSide] = inProcessPair<ViewToHost, HostToView>()
  const document = dom.window.document as unknown as Document
  const port: ViewPort = {
    post: (message) => {
      viewSide.post(message)
      if (message.type === 'firstRender') prepareSpare()
    },
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

let spare: JSDOM | null = null
let preparing = false

function takeDocument(url: string): JSDOM {
  const dom = spare ?? new JSDOM(HTML)
  spare = null
  dom.reconfigure({ url })
  return dom
}

/** Makes the spare in later tasks, after what the first render caused has been sent: the
 *  window in one, its styles in the next, so messages that arrive meanwhile (logic answering
 *  the instances the page created) wait for one step at most. */
function prepareSpare(): void {
  if (spare || preparing) return
  preparing = true
  later(() => {
    const dom = new JSDOM(HTML)
    later(() => {
      preparing = false
      installBuiltinStyles(dom.window.document as unknown as Document)
      spare ??= dom
    })
  })
}

function later(step: () => void): void {
  setTimeout(step, 0).unref?.()
}
