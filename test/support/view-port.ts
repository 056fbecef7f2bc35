// A view driven only by bridge messages, for tests: compiles the files, starts the view runtime
// on a jsdom document with a port that records what the view sends.

import { expect } from 'vitest'
import { JSDOM } from 'jsdom'
import type { HostToView, ViewToHost } from '../../bridge/protocol.ts'
import { startView } from '../../runtime/view/port.ts'
import { bundleFiles } from './render.ts'

export function startTestView(
  files: Record<string, string>,
  usingComponents: Record<string, string> = {},
  prepare?: (window: JSDOM['window']) => void,
) {
  const { bundle, errors } = bundleFiles(files, 'index.wxml', usingComponents)
  expect(errors).toEqual([])
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>')
  prepare?.(dom.window)
  const sent: ViewToHost[] = []
  let deliver: (m: HostToView) => void = () => {}
  const started = startView({
    document: dom.window.document,
    bundle,
    port: { post: (m) => sent.push(m), onMessage: (h) => void (deliver = h) },
  })
  const mount = (data: Record<string, unknown>) =>
    deliver({ type: 'mount', webviewId: 1, route: 'index', instanceId: 0, data, windowWidth: 375 })
  return { dom, sent, deliver: (m: HostToView) => deliver(m), mount, view: started.view }
}
