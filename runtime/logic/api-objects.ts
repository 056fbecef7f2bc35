// API calls that return objects: RequestTask / DownloadTask / UploadTask, SocketTask and the
// SelectorQuery builder. Methods are `invoke` calls named `<Object>.<method>` carrying the
// objectId; listeners are kept here and fed by `apiEvent` messages.

import type { ApiResult, SelectorRequest } from '../../bridge/protocol.ts'
import { isOk, type ApiCaller, type CallbackOptions } from './api-call.ts'

type Listener = (payload: unknown) => void

/** Local listener lists per event name (`onOpen`/`offOpen` pairs). */
class Listeners {
  private readonly map = new Map<string, Set<Listener>>()
  on(name: string, fn: unknown): void {
    if (typeof fn !== 'function') return
    let set = this.map.get(name)
    if (!set) this.map.set(name, (set = new Set()))
    set.add(fn as Listener)
  }
  off(name: string, fn?: unknown): void {
    if (fn === undefined) this.map.delete(name)
    else this.map.get(name)?.delete(fn as Listener)
  }
  list(name: string): Listener[] {
    return [...(this.map.get(name) ?? [])]
  }
  emit(name: string, payload: unknown, run: (fn: () => void) => void): void {
    for (const fn of [...(this.map.get(name) ?? [])]) run(() => fn(payload))
  }
}

export type Runner = (api: string, fn: () => void) => void

/** A task object with abort and the given listener pairs (`HeadersReceived` → on/off…). */
export function createTask(
  calls: ApiCaller,
  run: Runner,
  kind: string,
  api: string,
  options: unknown,
  events: string[],
): Record<string, unknown> {
  const listeners = new Listeners()
  const objectId = calls.callObject(api, options)
  calls.listen(objectId, (name, payload) =>
    listeners.emit(name, payload, (fn) => run(`${kind}.${name}`, fn)),
  )
  const task: Record<string, unknown> = {
    abort: () => calls.notify(`${kind}.abort`, { objectId }),
  }
  for (const ev of events) {
    task[`on${ev}`] = (fn: unknown) => listeners.on(`on${ev}`, fn)
    task[`off${ev}`] = (fn?: unknown) => listeners.off(`on${ev}`, fn)
  }
  return task
}

/** `wx.connectSocket` → SocketTask; `global` receives the same events (wx.onSocketOpen…). */
export function createSocketTask(
  calls: ApiCaller,
  run: Runner,
  options: unknown,
  global: Listeners,
): Record<string, unknown> {
  const listeners = new Listeners()
  const objectId = calls.callObject('connectSocket', options)
  calls.listen(objectId, (name, payload) => {
    const wrap = (fn: () => void) => run(`SocketTask.${name}`, fn)
    listeners.emit(name, payload, wrap)
    global.emit(name, payload, wrap)
    if (name === 'onClose') calls.forget(objectId)
  })
  const method = (name: string) => (opts?: CallbackOptions) =>
    calls.call(`SocketTask.${name}`, { ...(opts ?? {}), objectId })
  const task: Record<string, unknown> = { send: method('send'), close: method('close') }
  for (const ev of ['Open', 'Close', 'Error', 'Message']) {
    task[`on${ev}`] = (fn: unknown) => listeners.on(`on${ev}`, fn)
  }
  return task
}

export { Listeners }

interface QueryEntry {
  request: SelectorRequest
  callback?: (res: unknown) => void
}

/** The `wx.createSelectorQuery()` builder; `exec` sends all requests in one call. */
export function createSelectorQuery(
  calls: ApiCaller,
  run: Runner,
  webviewId: () => number | undefined,
): Record<string, unknown> {
  const entries: QueryEntry[] = []
  let scope: number | null = null
  const query: Record<string, unknown> = {}
  const nodesRef = (selector: string, all: boolean, viewport = false) => {
    const add = (fields: Record<string, unknown>, callback?: unknown) => {
      const f = viewport ? { ...fields, viewport: true } : fields
      entries.push({
        request: { instanceId: scope, selector, all, fields: f },
        callback: typeof callback === 'function' ? (callback as (res: unknown) => void) : undefined,
      })
      return query
    }
    return {
      boundingClientRect: (cb?: unknown) =>
        add({ rect: true, size: true, id: true, dataset: true }, cb),
      scrollOffset: (cb?: unknown) => add({ scrollOffset: true, id: true, dataset: true }, cb),
      fields: (fields: Record<string, unknown>, cb?: unknown) => add({ ...fields }, cb),
      context: (cb?: unknown) => add({ context: true }, cb),
      node: (cb?: unknown) => add({ node: true }, cb),
    }
  }
  query.in = (component: { __instanceId__?: number } | null) => {
    scope = component?.__instanceId__ ?? null
    return query
  }
  query.select = (selector: string) => nodesRef(selector, false)
  query.selectAll = (selector: string) => nodesRef(selector, true)
  query.selectViewport = () => nodesRef('', false, true)
  query.exec = (callback?: unknown) => {
    const requests = entries.map((e) => e.request)
    calls.call('SelectorQuery.exec', { webviewId: webviewId(), requests }, (res: ApiResult) => {
      // The page closed before the view answered: as on a device, the callbacks never run
      // (component code reads `res[0]…` of a query without checking, and its page is gone).
      if (!isOk(res)) return
      const results = Array.isArray(res.results) ? (res.results as unknown[]) : []
      entries.forEach(
        (e, i) => e.callback && run('SelectorQuery', () => e.callback!(results[i] ?? null)),
      )
      if (typeof callback === 'function') run('SelectorQuery.exec', () => callback(results))
    })
    return query
  }
  return query
}
