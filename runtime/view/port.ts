// A view as a party of the bridge: takes HostToView messages, renders, and reports user events,
// applied patches and query answers as ViewToHost messages. The same code runs in every home;
// only the port differs (an iframe's postMessage, or a direct channel in Node).

import type {
  ComponentDefinition,
  HostToView,
  InstanceCreated,
  LogEntry,
  ViewToHost,
  WireEvent,
} from '../../bridge/protocol.ts'
import type { ViewBundle } from './bundle.ts'
import { watchPageScroll, type PageScroll } from './page-scroll.ts'
import { answerQuery } from './query.ts'
import { drawCanvas } from './canvas.ts'
import { PAGE_INSTANCE_ID } from './render/component.ts'
import { getInfo, type ElementInfo } from './render/element-info.ts'
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
  let scroll: PageScroll | null = null
  let definitions: ComponentDefinition[] = []
  // Instances created or removed while handling one message are reported together, before the
  // message's own answer (firstRender, setDataDone), so logic knows them when it gets it. The
  // composed parent and classes are read at that flush: at creation the host is not inserted yet.
  const created: Array<[InstanceCreated, ElementInfo | null]> = []
  const removed: number[] = []
  const flushInstances = () => {
    if (!created.length && !removed.length) return
    const reported = created.splice(0).map(([entry, info]) => ({
      ...entry,
      parentId: composedParentId(info?.el ?? null, view) ?? entry.parentId,
      classes: (info?.classText ?? '').split(/\s+/).filter(Boolean),
    }))
    port.post({ type: 'instances', created: reported, removed: removed.splice(0) })
  }
  const onInstance: ViewOptions['onInstance'] = (change, instance, host) => {
    if (change === 'removed') return void removed.push(instance.id)
    const entry: InstanceCreated = {
      instanceId: instance.id,
      componentId: instance.def.id,
      ownerId: instance.parent?.id ?? 0,
      parentId: instance.parent?.id ?? null,
      id: host?.id ?? '',
      dataset: { ...(host?.dataset ?? {}) },
      properties: instance.properties(),
    }
    created.push([entry, host])
  }
  const log = (level: LogEntry['level'], message: string) =>
    port.post({ type: 'log', entry: { level, args: [message], source: 'view', time: Date.now() } })

  const handle = (msg: HostToView) => {
    switch (msg.type) {
      case 'mount':
        view = new View({
          document,
          bundle,
          windowWidth: msg.windowWidth,
          onEvent: ({ instance, handler, event }) => {
            flushInstances()
            port.post({
              type: 'event',
              instanceId: instance.id,
              handler,
              event: event as WireEvent,
            })
          },
          onInstance,
          onProperty: (instance, name, value) =>
            port.post({ type: 'property', instanceId: instance.id, name, value }),
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
            : msg.requests.map(() => null),
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

/** The nearest component host above `host` in the DOM (slot content sits inside the host of the
 *  component that places it), the page, or null when `host` is not in the page (removed). */
function composedParentId(host: Element | null, view: View | null): number | null {
  for (let n = host?.parentNode ?? null; n; n = n.parentNode) {
    const component = getInfo(n)?.component
    if (component) return component.id
    if (n === view?.page?.host) return PAGE_INSTANCE_ID
  }
  return null
}
