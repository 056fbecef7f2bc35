// A page's view in Node: a fresh jsdom document with the view runtime (`startView`), joined to
// the host by an in-process channel, as an iframe is joined by postMessage in the browser.

import { JSDOM } from 'jsdom'
import { inProcessPair } from '../../../bridge/index.ts'
import type { HostToView, ViewToHost } from '../../../bridge/protocol.ts'
import { startView } from '../../view/port.ts'
import type { OpenedView, OpenViewRequest } from '../platform.ts'

const HTML = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>'

export function openJsdomView({ route, bundle }: OpenViewRequest): OpenedView {
  const dom = new JSDOM(HTML, { url: `https://mpsim.local/${route}` })
  const [hostSide, viewSide] = inProcessPair<ViewToHost, HostToView>()
  const document = dom.window.document as unknown as Document
  const started = startView({ port: viewSide, document, bundle })
  return {
    endpoint: hostSide,
    document,
    view: started.view,
    close: () => dom.window.close(),
  }
}
