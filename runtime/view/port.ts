// A view as a party of the bridge: takes HostToView messages, renders, and reports user events,
// applied patches and query answers as ViewToHost messages. The same code runs in every home;
// only the port differs (an iframe's postMessage, or a direct channel in Node).

import type { HostToView, LogEntry, ViewToHost, WireEvent } from '../../bridge/protocol.ts'
import type { ViewBundle } from './bundle.ts'
import { answerQuery } from './query.ts'
import { View, type ViewOptions } from './render/view.ts'

export interface ViewPort {
  post(message: ViewToHost): void
  onMessage(handler: (message: HostToView) => void): void
}

export interface StartViewOptions {
  port: ViewPort
  document: Document
  bundle: ViewBundle
  /** Extra view options (tests, the simulator). */
  view?: Partial<ViewOptions>
}

export function startView(options: StartViewOptions): { view: () => View | null } {
  const { port, document, bundle } = options
  let view: View | null = null
  const log = (level: LogEntry['level'], message: string) =>
    port.post({ type: 'log', entry: { level, args: [message], source: 'view', time: Date.now() } })

  const handle = (msg: HostToView) => {
    switch (msg.type) {
      case 'mount':
        view = new View({
          document,
          bundle,
          windowWidth: msg.windowWidth,
          onEvent: ({ instance, handler, event }) =>
            port.post({
              type: 'event',
              instanceId: instance.id,
              handler,
              event: event as WireEvent,
            }),
          onModel: (instance, path, value) =>
            port.post({ type: 'modelChange', instanceId: instance.id, path, value }),
          onNavigate: (openType, url, delta) =>
            port.post({ type: 'navigate', openType, url, delta }),
          onError: (message) =>
            port.post({ type: 'error', error: { name: 'Error', message }, where: 'view' }),
          onWarn: (message) => log('warn', message),
          ...options.view,
        })
        view.mountPage(msg.data)
        port.post({ type: 'firstRender', instanceId: view.page!.id })
        return
      case 'setData': {
        const target = view?.instance(msg.instanceId)
        if (target) target.setData(msg.patch)
        else log('warn', `setData for unknown instance ${msg.instanceId}`)
        port.post({ type: 'setDataDone', callId: msg.callId })
        return
      }
      case 'selectorQuery':
        port.post({
          type: 'selectorQueryResult',
          queryId: msg.queryId,
          results: view
            ? msg.requests.map((r) => answerQuery(view!, r))
            : msg.requests.map(() => null),
        })
        return
      case 'pageScrollTo': {
        const root = document.scrollingElement ?? document.documentElement
        if (msg.scrollTop !== undefined) root.scrollTop = msg.scrollTop
        return
      }
      case 'setWindowWidth':
        view?.setWindowWidth(msg.windowWidth)
        return
      case 'defineComponents':
      case 'triggerEvent':
        // Custom component behaviour across threads comes with the component model.
        return
    }
  }
  port.onMessage((msg) => {
    try {
      handle(msg)
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error))
      port.post({
        type: 'error',
        error: { name: e.name, message: e.message, stack: e.stack },
        where: `view ${msg.type}`,
      })
    }
  })
  port.post({ type: 'viewReady' })
  return { view: () => view }
}
