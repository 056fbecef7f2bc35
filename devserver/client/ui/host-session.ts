// `hostSession(host)`: the SimulatorSession over runtime/host's Host. Native UI state comes from
// the API registry's UiModel, pages and the tab bar from the PageStack, logs and errors from the
// host's lists, storage from the registry's backend, the record from the router. Reads of live
// data and every edit run in logic through `evaluate`, with the app's own setData and
// wx.*StorageSync, so the panels change the app the way the app changes itself.
//
// Change notices: UiModel.onChange (ui), record.onEntry (bridge) and Host.onActivity (every
// message, classified by type below). `evaluate` traffic is left out, so reading data for a
// panel never triggers another read.

import type { AnyMessage } from '../../../bridge/protocol.ts'
import { windowInfo } from '../../../runtime/host/apis/device.ts'
import { decodeValue, entrySize } from '../../../runtime/host/apis/storage/limits.ts'
import type { Host } from '../../../runtime/host/host.ts'
import type {
  DataTarget,
  DevicePreset,
  PageData,
  PerformanceFeed,
  SessionTopic,
  SimulatorSession,
  StorageItem,
} from './session.ts'

/** What the session uses of a Host. */
export type SessionHost = Pick<
  Host,
  | 'registry'
  | 'pkg'
  | 'stack'
  | 'views'
  | 'logs'
  | 'errors'
  | 'record'
  | 'evaluate'
  | 'track'
  | 'onActivity'
  | 'resize'
  | 'toView'
> & {
  /** The threads' instruments (runtime/instruments' HostTrace), when the host has them. */
  trace?: PerformanceFeed
}

export interface HostSessionOptions {
  /** URL of a project file (tab bar icons); default: none, the bar shows text only. */
  assetUrl?: (path: string) => string | null
}

const APP_DATA = `function (ids) {
  const plain = (value) => JSON.parse(JSON.stringify(value === undefined ? {} : value))
  const components = (id) => (typeof __mpsimComponents === 'function' ? __mpsimComponents(id) : [])
  return ids.map((id) => {
    const page = __mpsimPage(id)
    if (!page) return null
    return {
      webviewId: id,
      route: page.route,
      data: plain(page.data),
      components: components(id).map((c) => ({
        instanceId: c.instanceId,
        ownerId: c.ownerId,
        is: c.instance.is,
        id: c.instance.id,
        data: plain(c.instance.data),
      })),
    }
  }).filter(Boolean)
}`

const SET_DATA = `function (id, instanceId, patch) {
  const target = instanceId === null
    ? __mpsimPage(id)
    : (__mpsimComponents(id).find((c) => c.instanceId === instanceId) || {}).instance
  if (!target) throw new Error('no page or component ' + id + '/' + instanceId + ' in logic')
  return new Promise((resolve) => target.setData(patch, () => resolve(undefined)))
}`

const STORAGE = {
  set: 'function (key, value) { wx.setStorageSync(key, value) }',
  remove: 'function (key) { wx.removeStorageSync(key) }',
  clear: 'function () { wx.clearStorageSync() }',
}

export function hostSession(host: SessionHost, options: HostSessionOptions = {}): SimulatorSession {
  const notices = new Notices()
  const ui = host.registry.ui
  const storageCalls = new Set<number>()
  const stops = [
    ui.onChange(() => notices.add('ui')),
    host.record.onEntry(() => notices.add('bridge')),
    host.onActivity((m) => notices.add(...topicsOf(m, storageCalls))),
  ]
  const run = async (code: string, ...args: unknown[]) => void (await host.evaluate(code, args))

  return {
    device: () => host.registry.ctx.device,
    setDevice: (device) => applyDevice(host, device),
    ui: () => ({
      navigationBar: { ...ui.navigationBar },
      toast: ui.toast,
      loading: ui.loading,
      modal: ui.modal,
      actionSheet: ui.actionSheet,
    }),
    stack: () => host.stack.snapshot(),
    answerModal: (answer) => ui.answerModal(answer),
    answerActionSheet: (index) => ui.answerActionSheet(index),
    navigateBack: () => host.track(host.stack.navigateBack({ delta: 1 })),
    homePage: () => homeOf(host),
    goHome: () => host.track(host.stack.reLaunch({ url: `/${homeOf(host)}` })),
    tapTabItem: (index) => host.track(host.stack.tapTabItem(index)),
    assetUrl: (path) => options.assetUrl?.(path) ?? null,
    logs: () => host.logs,
    errors: () => host.errors,
    storage: () => storageItems(host),
    setStorage: (key, value) => run(STORAGE.set, key, value),
    removeStorage: (key) => run(STORAGE.remove, key),
    clearStorage: () => run(STORAGE.clear),
    appData: async () => {
      const ids = host.stack.livePages().map((p) => p.webviewId)
      return (await host.evaluate(APP_DATA, [ids])) as PageData[]
    },
    setData: (target: DataTarget, patch) =>
      run(SET_DATA, target.webviewId, target.instanceId ?? null, patch),
    bridge: {
      entries: () => host.record.entries,
      get paused() {
        return host.record.paused
      },
      pause: () => host.record.pause(),
      resume: () => host.record.resume(),
      clear: () => host.record.clear(),
    },
    ...(host.trace && { performance: host.trace }),
    subscribe: (listener) => notices.subscribe(listener),
    dispose: () => {
      stops.forEach((stop) => stop())
      notices.dispose()
    },
  }
}

/**
 * The host's APIs answer for the new device (wx.getWindowInfo…), and a new width reaches the
 * views so rpx follows it: every page's view gets it, the current page through `resize` (its
 * onResize runs). Logic's getSystemInfoSync keeps its launch values until a relaunch.
 */
function applyDevice(host: SessionHost, device: DevicePreset): void {
  const ctx = host.registry.ctx
  const { screenWidth: width, screenHeight: height } = ctx.device
  Object.assign(ctx.device, device)
  if (device.screenWidth === width && device.screenHeight === height) return
  const { windowWidth, windowHeight } = windowInfo(ctx)
  host.views.setWindowWidth(windowWidth)
  const current = host.stack.current()?.webviewId
  for (const page of host.views.all())
    if (page.webviewId !== current)
      host.toView(page.webviewId, { type: 'setWindowWidth', windowWidth })
  host.resize({ windowWidth, windowHeight })
}

function homeOf(host: SessionHost): string {
  const config = host.pkg.appConfig
  return config.entryPagePath || config.pages[0] || ''
}

function storageItems(host: SessionHost): StorageItem[] {
  const storage = host.registry.ctx.storage
  return storage.keys().flatMap((key) => {
    const entry = storage.get(key)
    return entry ? [{ key, value: decodeValue(entry), bytes: entrySize(key, entry) }] : []
  })
}

/** Messages that change a page's or component's data (or which of them exist). */
const DATA_MESSAGES = new Set([
  'pageData',
  'setData',
  'instances',
  'properties',
  'modelChange',
  'pageCreate',
  'pageLifecycle',
  'pageStack',
])

/** What a message the host passed may have changed. */
function topicsOf(m: AnyMessage | null, storageCalls: Set<number>): SessionTopic[] {
  if (!m) return ['logs']
  switch (m.type) {
    case 'evaluate':
    case 'evaluateResult':
      return []
    case 'log':
    case 'error':
      return ['logs']
    case 'invoke':
      if (!/Storage/.test(m.api)) return ['stack']
      storageCalls.add(m.callId)
      return ['storage']
    case 'invokeResult':
      return storageCalls.delete(m.callId) ? ['storage', 'logs'] : ['stack', 'logs']
  }
  return DATA_MESSAGES.has(m.type) ? ['stack', 'data'] : ['stack']
}

/**
 * Collects topics and tells the listeners once the app has been quiet for a moment (or, under
 * a steady stream of messages, at the latest `MAX_WAIT_MS` after the first). The simulator page
 * is also the host that hands every message on: a redraw of the phone and panels that ran
 * between a tap's messages held them back (~5–20 ms a tap), so the UI redraws after the burst.
 */
export class Notices {
  static readonly QUIET_MS = 24
  static readonly MAX_WAIT_MS = 120
  #pending = new Set<SessionTopic>()
  #timer: ReturnType<typeof setTimeout> | undefined
  #first = 0
  #last = 0
  #listeners = new Set<(topics: ReadonlySet<SessionTopic>) => void>()
  #disposed = false

  add(...topics: SessionTopic[]): void {
    if (this.#disposed || topics.length === 0) return
    for (const t of topics) this.#pending.add(t)
    this.#last = performance.now()
    if (this.#timer !== undefined) return
    this.#first = this.#last
    this.#timer = setTimeout(() => this.#due(), Notices.QUIET_MS)
  }

  subscribe(listener: (topics: ReadonlySet<SessionTopic>) => void): () => void {
    this.#listeners.add(listener)
    return () => void this.#listeners.delete(listener)
  }

  dispose(): void {
    this.#disposed = true
    clearTimeout(this.#timer)
    this.#listeners.clear()
  }

  /** Flushes when quiet since the last notice or waited long enough; else waits the rest. */
  #due(): void {
    const now = performance.now()
    const quietIn = this.#last + Notices.QUIET_MS - now
    const capIn = this.#first + Notices.MAX_WAIT_MS - now
    if (quietIn > 1 && capIn > 1) {
      this.#timer = setTimeout(() => this.#due(), Math.min(quietIn, capIn))
      return
    }
    this.#flush()
  }

  #flush(): void {
    this.#timer = undefined
    const topics = this.#pending
    this.#pending = new Set()
    for (const listener of this.#listeners) listener(topics)
  }
}
