// A view as a party of the bridge: takes HostToView messages, renders, and reports user events,
// applied patches and query answers as ViewToHost messages. The same code runs in every home;
// only the port differs (an iframe's postMessage, or a direct channel in Node).

import type {
  ComponentDefinition,
  HostToView,
  LogEntry,
  ViewToHost,
  WireEvent,
} from '../../bridge/protocol.ts'
import type { ViewBundle } from './bundle.ts'
import { watchPageScroll, type PageScroll } from './page-scroll.ts'
import { InstanceReports } from './instance-reports.ts'
import { PropertyReports } from './property-reports.ts'
import { answerQuery, noAnswer } from './query.ts'
import { drawCanvas } from './canvas.ts'
import { installBuiltinStyles, View, type ViewOptions } from './render/view.ts'
import { loadViewBundle } from './load.ts'
import { ViewInstruments } from '../instruments/view/view-instruments.ts'

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
  const { port, document } = options
  let bundle = options.bundle
  let view: View | null = null
  let scroll: PageScroll | null = null
  let definitions: ComponentDefinition[] = []
  const reports = new InstanceReports()
  const flushInstances = () => {
    const properties = propertyReports.flush()
    if (properties) port.post({ type: 'properties', changes: properties })
    const changes = reports.flush(view)
    if (changes) port.post({ type: 'instances', ...changes })
  }
  const onInstance = reports.onInstance
  const propertyReports = new PropertyReports(flushInstances)
  const log = (level: LogEntry['level'], message: string) =>
    port.post({ type: 'log', entry: { level, args: [message], source: 'view', time: Date.now() } })
  // measurement (docs/measurement.md): off until the host sends `trace` start
  const instruments = new ViewInstruments((m) => port.post(m), document.defaultView)

  const handle = (msg: HostToView) => {
    switch (msg.type) {
      case 'mount':
        view = new View({
          document,
          bundle,
          windowWidth: msg.windowWidth,
          onEvent: ({ instance, handler, event }) => {
            flushInstances()
            const traceId = instruments.on ? instruments.eventSent(event.type, handler) : undefined
            port.post({
              type: 'event',
              instanceId: instance.id,
              handler,
              event: event as WireEvent,
              ...(traceId !== undefined && { traceId }),
            })
          },
          onInstance,
          onProperty: propertyReports.onProperty,
          onModel: (instance, path, value) =>
            port.post({ type: 'modelChange', instanceId: instance.id, path, value }),
          onNavigate: (openType, url, delta) =>
            port.post({ type: 'navigate', openType, url, delta }),
          onError: (message) =>
            port.post({ type: 'error', error: { name: 'Error', message }, where: 'view' }),
          onWarn: (message) => log('warn', message),
          ...options.view,
        })
        view.define(definitions)
        view.mountPage(msg.data)
        if (msg.scroll) scroll = watchPageScroll(document, msg.scroll, (m) => port.post(m))
        flushInstances()
        port.post({ type: 'firstRender', instanceId: view.page!.id })
        return
      case 'setData': {
        const target = view?.instance(msg.instanceId)
        if (target) target.setData(msg.patch)
        else log('warn', `setData for unknown instance ${msg.instanceId}`)
        flushInstances()
        port.post({ type: 'setDataDone', callId: msg.callId })
        return
      }
      case 'selectorQuery':
        port.post({
          type: 'selectorQueryResult',
          queryId: msg.queryId,
          results: view
            ? msg.requests.map((r) => answerQuery(view!, r))
            : msg.requests.map(noAnswer),
        })
        return
      case 'canvasDraw':
        port.post({
          type: 'canvasDrawn',
          queryId: msg.queryId,
          drawn: view ? drawCanvas(view, msg) : false,
        })
        return
      case 'pageScrollTo': {
        const root = document.scrollingElement ?? document.documentElement
        if (msg.scrollTop !== undefined) root.scrollTop = msg.scrollTop
        return
      }
      case 'pullDownRefresh':
        scroll?.setRefreshing(msg.refreshing)
        return
      case 'setWindowWidth':
        view?.setWindowWidth(msg.windowWidth)
        return
      case 'hotUpdate': {
        bundle = loadViewBundle(msg.source, msg.file)
        if (!view) return port.post({ type: 'hotUpdated', rendered: false }) // mount takes it
        view.replaceBundle(bundle)
        view.define(definitions) // their options apply to the new bundle's components
        if (msg.data) {
          const root = document.scrollingElement ?? document.documentElement
          const scrollTop = root.scrollTop
          view.remountPage(msg.data)
          root.scrollTop = scrollTop
          flushInstances()
        } else view.restyle()
        port.post({ type: 'hotUpdated', rendered: msg.data !== undefined })
        return
      }
      case 'defineComponents':
        definitions = [...definitions, ...msg.definitions]
        view?.define(msg.definitions)
        return
      case 'triggerEvent': {
        const target = view?.instance(msg.instanceId)
        if (target) view!.events.trigger(target.host, msg.name, msg.detail, msg.options)
        else log('warn', `triggerEvent from unknown instance ${msg.instanceId}`)
        flushInstances()
        return
      }
    }
  }
  port.onMessage((msg) => {
    try {
      instruments.receive(msg, handle)
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
  // While the page's data is on its way (logic runs onLoad), parse the built-ins' styles, as a
  // webview has its base styles before a page is mounted; the mount installs them if not yet.
  queueMicrotask(() => {
    try {
      if (!view) installBuiltinStyles(document)
    } catch {
      // the document went away; a mount would install them (and report a failure)
    }
  })
  return { view: () => view }
}
