// The headless host: the simulated native client in the calling process. It builds or reads a
// package, starts logic (a worker thread, or this thread), opens a jsdom view per page, and
// passes every message between them through one recording Router, answering `wx.*` calls with
// the API registry and driving the page stack. See README.md beside this file.

import {
  PendingCalls,
  Router,
  decodePatch,
  fromWireError,
  toWireError,
  type HopDelay,
} from '../../bridge/index.ts'
import type {
  AnyMessage,
  ApiResult,
  AppLifecycle,
  HostToLogic,
  HostToView,
  LogEntry,
  LogicToHost,
  ViewToHost,
} from '../../bridge/protocol.ts'
import { createApiRegistry, type ApiRegistry, type DevicePreset } from './apis/index.ts'
import type { UiAutoAnswers } from './apis/index.ts'
import { registerHostApis, type MockResult } from './host-apis.ts'
import { startLogicThread, type LogicMode, type LogicThread } from './logic-thread.ts'
import { hostError, type HostError } from './logs.ts'
import { loadPackage, type LoadedPackage, type PackageSource } from './package.ts'
import { PageStack, type OpenType } from './pages/index.ts'
import { HostRecord } from './record.ts'
import { settle } from './settle.ts'
import { PageViews } from './views.ts'
import { Waiters } from './waiters.ts'

export interface HostOptions extends PackageSource {
  /** `worker` (default): logic in a worker_threads Worker; `single-thread`: in this thread. */
  mode?: LogicMode
  /** Names the app's storage folder (default `mpsim-app`). */
  appId?: string
  /** Keep storage in `<storageDir>/<appId>/storage.json` (it survives a relaunch); else memory. */
  storageDir?: string
  device?: Partial<DevicePreset>
  /** Bridge delay per hop, in ms (see docs/bridge.md). */
  delay?: HopDelay
  /** Window width of the views in px (default: the device's screen width). */
  windowWidth?: number
  /** Launch page (default: the entry page) and query. */
  path?: string
  query?: Record<string, string>
  scene?: number
  /** Limit of every wait (logic start, first render, evaluate, settle); default 10000 ms. */
  timeoutMs?: number
  /** Keep message payloads in the record (default true). */
  keepPayloads?: boolean
  autoAnswers?: UiAutoAnswers
}

/** Code of the settle probe: an `evaluate` logic answers after everything sent before it. */
const SETTLE_CODE = '0 /* mpsim:settle */'
/** APIs that wait for the user: settling does not wait for them. */
const USER_APIS = new Set(['showModal', 'showActionSheet'])
const NAVIGATOR_APIS: Record<
  string,
  'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack'
> = {
  navigate: 'navigateTo',
  navigateTo: 'navigateTo',
  redirect: 'redirectTo',
  redirectTo: 'redirectTo',
  switchTab: 'switchTab',
  reLaunch: 'reLaunch',
  navigateBack: 'navigateBack',
}

/** Builds or reads the package, starts logic, launches the app and waits until it settled. */
export async function launchHost(options: HostOptions): Promise<Host> {
  const pkg = await loadPackage(options)
  const host = new Host(pkg, options)
  try {
    await host.start()
  } catch (error) {
    await host.close()
    throw error
  }
  return host
}

export class Host {
  readonly mode: LogicMode
  readonly record: HostRecord
  readonly router: Router
  readonly registry: ApiRegistry
  readonly stack: PageStack
  readonly views: PageViews
  readonly logs: LogEntry[] = []
  readonly errors: HostError[] = []
  readonly mocks = new Map<string, MockResult>()
  readonly timeoutMs: number
  /** `createSelectorQuery().exec()` calls waiting for their view's answer (by queryId). */
  readonly queries: PendingCalls<unknown[]>
  /** What the launch route answered (`appLaunch:ok`, or why not). */
  launchResult: ApiResult | null = null
  #logic: LogicThread
  #waiters = new Waiters('host')
  #evals: PendingCalls<unknown>
  #barriers = new Set<number>()
  #pendingSetData = new Map<number, number>()
  #inflight = 0
  #activity = 0
  #skipShow = false
  #closed = false
  /** Pages created in logic that have not sent their data yet: webviewId → route. */
  #awaitingData = new Map<number, string>()

  constructor(
    readonly pkg: LoadedPackage,
    readonly options: HostOptions,
  ) {
    this.mode = options.mode ?? 'worker'
    this.timeoutMs = options.timeoutMs ?? 10_000
    this.#evals = new PendingCalls({ name: 'host', timeoutMs: this.timeoutMs })
    this.queries = new PendingCalls({ name: 'host', timeoutMs: this.timeoutMs })
    this.record = new HostRecord({ keepPayloads: options.keepPayloads ?? true }, (m) =>
      this.#isProbe(m),
    )
    this.#logic = startLogicThread(this.mode, (e) => this.#crash(e))
    this.router = new Router({
      logic: this.#logic.endpoint,
      record: this.record,
      delay: options.delay ?? 0,
      onLogic: (m) => this.#fromLogic(m),
      onView: (id, m) => this.#fromView(id, m),
      onError: (error, m, direction) =>
        this.errors.push(hostError('host', toWireError(error), `${direction} "${m.type}"`)),
    })
    this.#logic.endpoint.onClose(() => this.#crash(new Error('the logic thread ended')))
    this.registry = createApiRegistry({
      appId: options.appId ?? 'mpsim-app',
      storageDir: options.storageDir,
      device: options.device,
      autoAnswers: options.autoAnswers,
      pageWindow: () => this.stack.layout(),
      emit: (objectId, name, payload) =>
        this.#toLogic({ type: 'apiEvent', objectId, name, payload }),
      log: (level, ...args) => this.logs.push({ level, args, source: 'host', time: Date.now() }),
    })
    const windowWidth = options.windowWidth ?? this.registry.ctx.device.screenWidth
    this.views = new PageViews({
      router: this.router,
      source: (route) => pkg.viewSource(route),
      windowWidth,
    })
    this.stack = new PageStack(
      pkg.appConfig,
      {
        createPage: (p) => this.#createPage(p),
        lifecycle: (webviewId, name, args) =>
          this.#toLogic({ type: 'pageLifecycle', webviewId, name, args: args ?? [] }),
        destroyPage: (id) => this.#destroyPage(id),
        appLifecycle: (name, args) => this.#appLifecycle(name, args ?? []),
      },
      { scene: options.scene },
    )
    registerHostApis(this)
  }

  get closed(): boolean {
    return this.#closed
  }

  /** Waits for logic, launches the app (App.onLaunch/onShow, the first page) and settles. */
  async start(): Promise<void> {
    await this.#waiters.wait('ready', 'the logic thread to start (its "ready")', this.timeoutMs)
    this.launchResult = await this.stack.launch(this.options.path ?? '', this.options.query ?? {})
    await this.settle()
  }

  /** Resolves once the app is quiet: no message in flight, no setData waiting for its view,
   *  no wx call (but dialogs waiting for the user) or route running, logic idle. */
  settle(timeoutMs = this.timeoutMs): Promise<void> {
    return settle(
      {
        activity: () => this.#activity,
        quiet: () => this.#busy() === null,
        describe: () => this.#busy() ?? 'quiet',
        idle: () => this.router.idle(),
        probe: (ms) => this.#probe(ms),
      },
      timeoutMs,
    )
  }

  /** Runs a function's source in the logic thread with the app's globals in scope. */
  evaluate(code: string, args: unknown[] = []): Promise<unknown> {
    this.#assertOpen('evaluate')
    return this.#evals.start('evaluate', (callId) =>
      this.#toLogic({ type: 'evaluate', callId, code, args }),
    )
  }

  /** Ends everything: logic (the worker), views, sockets, timers, the temp build. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    this.#waiters.rejectAll('the host closed')
    this.#evals.rejectAll('the host closed')
    this.queries.rejectAll('the host closed')
    this.registry.dispose()
    this.views.closeAll()
    this.router.close()
    await this.#logic.close()
    await this.pkg.dispose()
  }

  /** Counts a host-side task (a route from a view) as in flight until it settles. */
  track<T>(work: Promise<T>): Promise<T> {
    this.#inflight++
    return work.finally(() => this.#inflight--)
  }

  toView(webviewId: number, message: HostToView): void {
    this.#activity++
    this.router.toView(webviewId, message)
  }

  // --- messages --------------------------------------------------------------------------------

  #fromLogic(m: LogicToHost): void {
    if (!this.#isProbe(m)) this.#activity++
    switch (m.type) {
      case 'ready':
        return this.#waiters.resolve('ready')
      case 'invoke':
        return this.#invoke(m)
      case 'pageData':
        this.#awaitingData.delete(m.webviewId)
        this.views.mount(m.webviewId, m.instanceId, m.data)
        return
      case 'setData':
        return this.#setData(m)
      case 'defineComponents':
        for (const page of this.views.all()) this.toView(page.webviewId, m)
        return
      case 'triggerEvent': {
        const { webviewId, ...rest } = m
        if (this.views.get(webviewId)) this.toView(webviewId, rest)
        return
      }
      case 'log':
        this.logs.push(m.entry)
        return
      case 'error':
        this.errors.push(hostError('logic', m.error, m.where))
        if (m.where === 'at pageCreate') this.#pageCreateFailed(m.error.message)
        return
      case 'evaluateResult':
        this.#barriers.delete(m.callId)
        if (m.ok) this.#evals.resolve(m.callId, m.value)
        else this.#evals.reject(m.callId, fromWireError(m.error ?? { name: 'Error', message: '' }))
        return
    }
  }

  #fromView(webviewId: number, m: ViewToHost): void {
    this.#activity++
    switch (m.type) {
      case 'firstRender':
        return this.#waiters.resolve(`firstRender:${webviewId}`)
      case 'event':
      case 'modelChange':
      case 'instances':
      case 'property':
        return this.#toLogic({ ...m, webviewId })
      case 'setDataDone': {
        const left = (this.#pendingSetData.get(webviewId) ?? 1) - 1
        this.#pendingSetData.set(webviewId, Math.max(0, left))
        return this.#toLogic({ type: 'setDataDone', webviewId, callId: m.callId })
      }
      case 'selectorQueryResult':
        return void this.queries.resolve(m.queryId, m.results)
      case 'navigate':
        return this.#navigate(m.openType, m.url, m.delta)
      case 'scroll':
        return this.#toLogic({
          type: 'pageLifecycle',
          webviewId,
          name: 'onPageScroll',
          args: [{ scrollTop: m.scrollTop }],
        })
      case 'log':
        this.logs.push({ ...m.entry, source: `view:${webviewId}` })
        return
      case 'error':
        this.errors.push(hostError(`view:${webviewId}`, m.error, m.where))
        return
      case 'viewReady':
        return
    }
  }

  #toLogic(message: HostToLogic): void {
    if (this.#closed) return
    if (!this.#isProbe(message)) this.#activity++
    this.router.toLogic(message)
  }

  #invoke(m: Extract<LogicToHost, { type: 'invoke' }>): void {
    const waitsForUser = USER_APIS.has(m.api)
    const mock = this.mocks.get(m.api)
    const run =
      mock !== undefined
        ? mockAnswer(m.api, mock, m.args)
        : this.registry.invoke(m.api, m.args, m.callId)
    const answer = run.catch((e: unknown) => ({ errMsg: `${m.api}:fail ${messageOf(e)}` }))
    const sent = answer.then((result) =>
      this.#toLogic({ type: 'invokeResult', callId: m.callId, result }),
    )
    if (!waitsForUser) void this.track(sent)
  }

  #setData(m: Extract<LogicToHost, { type: 'setData' }>): void {
    if (!this.views.get(m.webviewId)) return // the page is gone; nothing renders it
    this.#pendingSetData.set(m.webviewId, (this.#pendingSetData.get(m.webviewId) ?? 0) + 1)
    const patch = decodePatch(m.patch)
    this.toView(m.webviewId, { type: 'setData', instanceId: m.instanceId, patch, callId: m.callId })
  }

  #navigate(openType: string, url: string, delta: number | undefined): void {
    const api = NAVIGATOR_APIS[openType]
    if (!api) {
      this.logs.push({
        level: 'warn',
        args: [`navigator open-type "${openType}" is not supported`],
        source: 'host',
        time: Date.now(),
      })
      return
    }
    void this.track(this.stack[api]({ url, delta }))
  }

  // --- page stack effects ----------------------------------------------------------------------

  #createPage(p: {
    webviewId: number
    route: string
    query: Record<string, string>
    openType: OpenType
  }): Promise<void> {
    const { webviewId, route, query } = p
    this.views.open(webviewId, route)
    this.#awaitingData.set(webviewId, route)
    const label = `the first render of ${route} (webview ${webviewId})`
    const rendered = this.#waiters.wait<void>(`firstRender:${webviewId}`, label, this.timeoutMs)
    this.#toLogic({ type: 'pageCreate', webviewId, route, query })
    return rendered
  }

  #destroyPage(webviewId: number): void {
    const key = `firstRender:${webviewId}`
    this.#waiters.reject(key, new Error(`webview ${webviewId} closed before its first render`))
    this.#waiters.forget(key)
    this.#awaitingData.delete(webviewId)
    this.#pendingSetData.delete(webviewId)
    this.views.close(webviewId)
  }

  /** logic's `launch` runs App.onLaunch and onShow itself: the stack's onLaunch becomes the
   *  `launch` message and the onShow that follows it is dropped. */
  #appLifecycle(name: AppLifecycle, args: unknown[]): void {
    if (name === 'onLaunch') {
      this.#skipShow = true
      return this.#launch(
        (args[0] ?? {}) as { path?: string; query?: Record<string, string>; scene?: number },
      )
    }
    if (name === 'onShow' && this.#skipShow) {
      this.#skipShow = false
      return
    }
    this.#toLogic({ type: 'appLifecycle', name, args })
  }

  #launch(opts: { path?: string; query?: Record<string, string>; scene?: number }): void {
    this.#toLogic({
      type: 'launch',
      appConfig: this.pkg.appConfig,
      path: opts.path ?? '',
      query: opts.query ?? {},
      scene: opts.scene ?? 1001,
      bundle: this.pkg.logic,
      storage: this.registry.storageSnapshot(),
      systemInfo: this.registry.systemInfo(),
    })
  }

  #pageCreateFailed(message: string): void {
    for (const [webviewId, route] of this.#awaitingData) {
      if (!message.includes(`"${route}"`)) continue
      this.#awaitingData.delete(webviewId)
      this.#waiters.reject(`firstRender:${webviewId}`, new Error(message))
    }
  }

  // --- settling --------------------------------------------------------------------------------

  #probe(timeoutMs: number): Promise<void> {
    return this.#evals
      .start(
        'settle probe',
        (callId) => {
          this.#barriers.add(callId)
          this.#toLogic({ type: 'evaluate', callId, code: SETTLE_CODE, args: [] })
        },
        timeoutMs,
      )
      .then(() => undefined)
  }

  #isProbe(m: AnyMessage): boolean {
    if (m.type === 'evaluate') return m.code === SETTLE_CODE
    return m.type === 'evaluateResult' && this.#barriers.has(m.callId)
  }

  #busy(): string | null {
    const setData = [...this.#pendingSetData.values()].reduce((a, b) => a + b, 0)
    if (setData) return `${setData} setData waiting for their view`
    if (this.#inflight) return `${this.#inflight} wx calls or routes running`
    if (this.stack.busy) return 'a route is running'
    return null
  }

  #crash(error: Error): void {
    if (this.#closed) return
    this.errors.push(hostError('host', toWireError(error), 'logic thread'))
    this.#waiters.rejectAll(`the logic thread failed: ${error.message}`)
    this.#evals.rejectAll(`the logic thread failed: ${error.message}`)
  }

  #assertOpen(what: string): void {
    if (this.#closed) throw new Error(`host: cannot ${what}: the host is closed`)
  }
}

async function mockAnswer(api: string, mock: MockResult, args: unknown): Promise<ApiResult> {
  const value: unknown = typeof mock === 'function' ? await mock(isObject(args) ? args : {}) : mock
  if (isObject(value) && typeof value.errMsg === 'string') return value as ApiResult
  return { errMsg: `${api}:ok`, ...(isObject(value) ? value : { result: value }) }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
