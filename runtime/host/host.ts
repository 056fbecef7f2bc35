// The host: the simulated native client. Given a package and a platform (the home it runs in:
// Node or a browser page), it starts logic, opens a view per page, and passes every message
// between them through one recording Router, answering `wx.*` calls with the API registry and
// driving the page stack. No Node module is imported here. See README.md beside this file.

import { PendingCalls, Router, toWireError, type HopDelay } from '../../bridge/index.ts'
import type {
  AnyMessage,
  ApiResult,
  HostToLogic,
  HostToView,
  LogEntry,
  LogicToHost,
  ViewToHost,
} from '../../bridge/protocol.ts'
import { createApiRegistryWith } from './apis/registry-core.ts'
import { windowPatch } from './apis/ui/navigation-bar.ts'
import type { ApiRegistry, DevicePreset, UiAutoAnswers } from './apis/index.ts'
import { createPlatformClient, type PlatformLink } from './apis/login-remote.ts'
import { registerHostApis, type MockResult } from './host-apis.ts'
import { hostError, type HostError } from './logs.ts'
import { fromLogic, fromView, type HostLink } from './messages.ts'
import { PageEffects } from './page-effects.ts'
import type { HostPlatform, LoadedPackage, LogicMode, LogicThread } from './platform.ts'
import { PageStack } from './pages/index.ts'
import { PullDownRefresh } from './pull-down.ts'
import { HostRecord } from './record.ts'
import { settle } from './settle.ts'
import { PageViews } from './views.ts'
import { NavigationTimings } from './navigation-timings.ts'
import { AppBackground, type ForegroundOptions } from './background.ts'
import { Waiters } from './waiters.ts'
import { HostTrace } from '../instruments/host/host-trace.ts'
import { isTraceMessage } from '../instruments/host/trace-messages.ts'
import { applyHotUpdate, pageUrl, type HotUpdateResult } from './hot-reload.ts'
import type { LoadOptions } from './load-options.ts'
import { Timeline } from './timeline.ts'
import { PhaseMarks } from './phase-marks.ts'
import { UpdateManager } from './update-manager.ts'

export interface HostOptions extends LoadOptions {
  /** A project folder (with app.json), built first (Node: launchHost). */
  project?: string
  /** A folder `mpsim build` already wrote (Node: launchHost). */
  packageDir?: string
  /** `worker` (default): logic in a worker (a worker_threads Worker, a Web Worker);
   *  `single-thread`: in the host's thread. */
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
  /** Record Chrome trace events from launch on (`host.trace`, docs/measurement.md). */
  trace?: boolean
  /** A platform service (`mpsim platform`) wx.login gets its codes from, and the simulated user
   *  logged in on this client; without it, an in-memory platform (apis/login.ts). */
  platform?: PlatformLink
  /** Webview preloading (default true, as the client does): after a page's first render the
   *  host prepares a spare view for the next page (docs/packages.md#webview-preloading). */
  preloadWebview?: boolean
  /** The network the launch is on (`wifi` default, `4g`, `3g`, `2g`, `5g`, `none`): what
   *  preloadRule's `network` is checked against. */
  networkType?: string
  /** After this long in the background (ms) the app is destroyed and the next foreground is a
   *  cold start (default 30 min + the 5 s before suspension, as the platform documents). */
  backgroundDestroyMs?: number
}

/** Code of the settle probe: an `evaluate` logic answers after everything sent before it. */
const SETTLE_CODE = '0 /* mpsim:settle */'
export class Host {
  readonly mode: LogicMode
  readonly record: HostRecord
  readonly router: Router
  readonly registry: ApiRegistry
  /** The page stack; a relaunch (hot reload of JS or JSON) makes a new one. */
  stack: PageStack
  readonly views: PageViews
  readonly logs: LogEntry[] = []
  readonly errors: HostError[] = []
  readonly mocks = new Map<string, MockResult>()
  readonly timeoutMs: number
  /** Measurement: every thread's instruments and the trace file (docs/measurement.md). */
  readonly trace: HostTrace
  /** Each launch's and navigation's phases (runtime/host/timeline.ts). */
  readonly timeline: Timeline
  /** wx.getUpdateManager: the background update check after a launch from the CDN. */
  readonly updates: UpdateManager
  #phases: PhaseMarks
  /** `createSelectorQuery().exec()` calls waiting for their view's answer (by queryId). */
  readonly queries: PendingCalls<unknown[]>
  /** What the launch route answered (`appLaunch:ok`, or why not). */
  launchResult: ApiResult | null = null
  /** What the page stack asks of the host (views, logic pages, the navigation bar). */
  pages: PageEffects
  readonly pullDown: PullDownRefresh
  /** When each page got on screen: route start, view opened, first render (ms). */
  readonly navigations = new NavigationTimings()
  /** The app's background and foreground, and its destruction after a while in the background. */
  readonly lifetime: AppBackground
  #logic: LogicThread
  #waiters = new Waiters('host')
  #evals: PendingCalls<unknown>
  #barriers = new Set<number>()
  #pendingSetData = new Map<number, number>()
  #inflight = 0
  #activity = 0
  #closed = false
  #link: HostLink
  #watchers = new Set<(message: AnyMessage | null) => void>()

  constructor(
    /** The build it runs; a hot reload puts a rebuild in its place. */
    public pkg: LoadedPackage,
    readonly options: HostOptions,
    readonly platform: HostPlatform,
  ) {
    this.mode = options.mode ?? 'worker'
    this.timeoutMs = options.timeoutMs ?? 10_000
    this.timeline = options.timeline ?? new Timeline()
    if (!this.timeline.launch) this.timeline.beginLaunch(pkg.origin?.strategy ?? 'local')
    this.#evals = new PendingCalls({ name: 'host', timeoutMs: this.timeoutMs })
    this.queries = new PendingCalls({ name: 'host', timeoutMs: this.timeoutMs })
    this.record = new HostRecord(
      { keepPayloads: options.keepPayloads ?? true },
      (m) => this.#isProbe(m) || isTraceMessage(m),
    )
    this.#logic = platform.startLogic(this.mode, (e) => this.#crash(e))
    this.router = new Router({
      logic: this.#logic.endpoint,
      record: this.record,
      delay: options.delay ?? 0,
      onLogic: (m) => this.#fromLogic(m),
      onView: (id, m) => this.#fromView(id, m),
      onViewAdded: (id) => this.trace.viewOpened(id),
      onError: (error, m, direction) =>
        this.errors.push(hostError('host', toWireError(error), `${direction} "${m.type}"`)),
    })
    this.#watchLogic(this.#logic)
    this.registry = this.#createRegistry(options)
    const windowWidth = options.windowWidth ?? this.registry.ctx.device.screenWidth
    this.#phases = new PhaseMarks(this.timeline, this.record)
    this.views = new PageViews({
      router: this.router,
      platform: this.#phases.platform(platform),
      source: (route) => this.#phases.source(() => this.pkg.viewSource(route)),
      windowWidth,
      preload: options.preloadWebview ?? true,
    })
    this.lifetime = this.#createLifetime()
    this.pages = this.#createPageEffects()
    this.stack = new PageStack(pkg.appConfig, this.pages, { scene: options.scene })
    this.pullDown = new PullDownRefresh({
      window: (id) => this.stack.window(id),
      current: () => this.stack.current()?.webviewId,
      toView: (id, m) => this.toView(id, m),
      toLogic: (m) => this.#toLogic(m),
    })
    this.#link = this.#createLink()
    registerHostApis(this)
    this.trace = this.#createTrace()
    if (options.trace) this.trace.start()
    this.updates = new UpdateManager({
      emit: (objectId, name, payload) =>
        this.#toLogic({ type: 'apiEvent', objectId, name, payload }),
      log: (message) => this.log('info', message),
      restart: (next) => this.restart(next),
    })
    this.updates.register(this.registry)
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

  /** The window changed size (a rotation, a resized simulator): the current page's view lays
   *  rpx out for the new width, and its `onResize` and components' `pageLifetimes.resize` get
   *  `{ deviceOrientation, size: { windowWidth, windowHeight } }`, as the platform passes. */
  resize(size: { windowWidth: number; windowHeight: number }): void {
    const page = this.stack.current()
    if (!page) return
    const { windowWidth, windowHeight } = size
    this.toView(page.webviewId, { type: 'setWindowWidth', windowWidth })
    const deviceOrientation = windowWidth > windowHeight ? 'landscape' : 'portrait'
    this.pages.lifecycle(page.webviewId, 'onResize', [
      { deviceOrientation, size: { windowWidth, windowHeight } },
    ])
  }

  /** Resolves once the app is quiet: no message in flight, no setData waiting for its view,
   *  no wx call (but dialogs waiting for the user) or route running, logic idle. */
  settle(timeoutMs = this.timeoutMs): Promise<void> {
    if (this.lifetime.destroyed) return Promise.resolve() // no app runs
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
    this.lifetime.dispose()
    this.#waiters.rejectAll('the host closed')
    this.#evals.rejectAll('the host closed')
    this.queries.rejectAll('the host closed')
    this.registry.dispose()
    this.views.closeAll()
    this.router.close()
    await this.#logic.close()
    await this.pkg.dispose()
  }

  /**
   * Calls `listener` after each message the host sends or receives (settle probes included,
   * also while the record is paused) and with null after each host log line: a UI re-reads
   * what it shows (logs, errors, storage, page stack, data). Returns its remover.
   */
  onActivity(listener: (message: AnyMessage | null) => void): () => void {
    this.#watchers.add(listener)
    return () => void this.#watchers.delete(listener)
  }

  /**
   * Hot reload (runtime/host/hot-reload.ts): runs `next`, a rebuild of the same project, in
   * place of the current build. A changed logic bundle or app config relaunches the app back to
   * the same page stack; else open pages whose templates changed render again with their data,
   * and those whose styles alone changed restyle in place. Says what it did in the host's log.
   */
  hotUpdate(next: LoadedPackage): Promise<HotUpdateResult> {
    this.#assertOpen('hot update')
    return applyHotUpdate(
      {
        pkg: () => this.pkg,
        setPackage: (pkg) => (this.pkg = pkg),
        views: this.views,
        stack: () => this.stack,
        waiters: this.#waiters,
        timeoutMs: this.timeoutMs,
        toLogic: (m) => this.#toLogic(m),
        toView: (id, m) => this.toView(id, m),
        relaunch: (pages) => this.#relaunch(pages),
        settle: () => this.settle(),
        log: (message) => this.log('info', message),
      },
      next,
    )
  }

  /** The user leaves the app (Home): the page's onHide, App.onHide (and wx.onAppHide); after
   *  `backgroundDestroyMs` in the background the app is destroyed. */
  background(): Promise<void> {
    this.#assertOpen('go to the background')
    return this.lifetime.background()
  }

  /** The user comes back: a hot start (App.onShow, the page's onShow, state kept) or, once the
   *  app was destroyed, a cold start (a new logic thread, App.onLaunch, the entry page or, with
   *  `restartStrategy: homePageAndLatestPage`, the page left; `path` opens that page). */
  foreground(options: ForegroundOptions = {}): Promise<void> {
    this.#assertOpen('come to the foreground')
    return this.lifetime.foreground(options)
  }

  /** Starts the app again on `next` (an update's version, docs/packages.md): a new launch on
   *  the timeline, a new logic thread, every view closed, the entry page (or `path`). */
  async restart(next: LoadedPackage, path = ''): Promise<void> {
    this.#assertOpen('restart')
    const old = this.pkg
    this.pkg = next
    this.timeline.beginLaunch(next.origin?.strategy ?? 'local')
    this.updates.forgetObjects()
    await this.#relaunch([{ route: path, query: {} }])
    if (old !== next) await old.dispose()
  }

  /** Counts a host-side task (a route from a view) as in flight until it settles. */
  track<T>(work: Promise<T>): Promise<T> {
    this.#inflight++
    return work.finally(() => this.#inflight--)
  }

  toView(webviewId: number, message: HostToView): void {
    this.#activity++
    this.router.toView(webviewId, message)
    this.#notify(message)
  }

  // --- wiring --------------------------------------------------------------------------------

  #createRegistry(options: HostOptions): ApiRegistry {
    return createApiRegistryWith(this.platform.apiServices, {
      appId: options.appId ?? 'mpsim-app',
      storageDir: options.storageDir,
      device: options.device,
      autoAnswers: options.autoAnswers,
      login: options.platform && createPlatformClient(options.platform),
      pageWindow: () => this.stack.layout(),
      // Each bar change stays with its page: going back shows that page's bar again.
      navigationBar: { set: (patch) => void this.stack.setCurrentWindow(windowPatch(patch)) },
      emit: (objectId, name, payload) =>
        this.#toLogic({ type: 'apiEvent', objectId, name, payload }),
      log: (level, ...args) => this.log(level, ...args),
    })
  }

  /** A host log line (source `host`): what the simulator's console shows beside the app's. */
  log(level: LogEntry['level'], ...args: unknown[]): void {
    this.logs.push({ level, args, source: 'host', time: Date.now() })
    this.#notify(null)
  }

  #createPageEffects(): PageEffects {
    return new PageEffects({
      pkg: () => this.pkg,
      views: this.views,
      registry: this.registry,
      waiters: this.#waiters,
      timeoutMs: this.timeoutMs,
      pendingSetData: this.#pendingSetData,
      stack: () => this.stack,
      toLogic: (m) => this.#toLogic(m),
      log: (message) => this.log('info', message),
      networkType: () => this.options.networkType ?? 'wifi',
      track: (work) => void this.track(work),
      timings: this.navigations,
      rendered: () => this.views.prepareSpare(),
    })
  }

  #createLifetime(): AppBackground {
    return new AppBackground({
      stack: () => this.stack,
      destroyAfterMs: this.options.backgroundDestroyMs ?? 30 * 60_000 + 5_000,
      settle: () => this.settle(),
      destroy: () => this.#destroyApp(),
      coldStart: (page) => this.#relaunch([page]),
      reLaunch: (url) => this.track(this.stack.reLaunch({ url })),
      log: (message) => this.log('info', message),
    })
  }

  /** The app is destroyed in the background: its logic thread ends and every view closes; the
   *  host (storage, the native UI) stays for the next cold start. */
  async #destroyApp(): Promise<void> {
    this.#evals.rejectAll('the app was destroyed')
    this.queries.rejectAll('the app was destroyed')
    this.views.closeAll()
    this.#pendingSetData.clear()
    this.#barriers.clear()
    await this.#logic.close()
  }

  #watchLogic(logic: LogicThread): void {
    // a logic thread ended by a relaunch is no crash
    logic.endpoint.onClose(() => {
      if (this.#logic === logic && !this.lifetime.destroyed)
        this.#crash(new Error('the logic thread ended'))
    })
  }

  /** A relaunch on `this.pkg` (already the new build): a new logic thread, every view closed,
   *  then the pages opened again, bottom first. Storage and the native UI stay (the host's). */
  async #relaunch(pages: Array<{ route: string; query: Record<string, string> }>): Promise<void> {
    const old = this.#logic
    this.#evals.rejectAll('the app relaunched')
    this.queries.rejectAll('the app relaunched')
    this.views.closeAll()
    this.#pendingSetData.clear()
    this.#barriers.clear()
    this.#phases.logicStarting()
    this.#logic = this.platform.startLogic(this.mode, (e) => this.#crash(e))
    this.router.replaceLogic(this.#logic.endpoint)
    this.trace.logicStarted()
    this.#watchLogic(this.#logic)
    await old.close()
    this.pages = this.#createPageEffects()
    this.stack = new PageStack(this.pkg.appConfig, this.pages, { scene: this.options.scene })
    this.#link = this.#createLink()
    await this.#waiters.wait('ready', 'the relaunched logic thread (its "ready")', this.timeoutMs)
    const [bottom, ...above] = pages
    this.launchResult = await this.stack.launch(bottom?.route ?? '', bottom?.query ?? {})
    for (const page of above) await this.stack.navigateTo({ url: pageUrl(page) })
    await this.settle()
  }

  /** Trace commands go straight to the router: not app activity, not in the record. */
  #createTrace(): HostTrace {
    return new HostTrace({
      record: this.record,
      mode: this.mode,
      home: typeof document === 'undefined' ? 'node' : 'browser',
      toLogic: (command) => void (!this.#closed && this.router.toLogic(command)),
      toView: (id, command) =>
        void (this.router.viewIds.includes(id) && this.router.toView(id, command)),
      views: () => this.views.all().map(({ webviewId, route }) => ({ webviewId, route })),
      currentWebviewId: () => this.stack.current()?.webviewId,
      routeOf: (id) => this.views.get(id)?.route,
      warn: (message) => this.log('warn', message),
      isOpen: () => !this.#closed,
    })
  }

  #createLink(): HostLink {
    return {
      logs: this.logs,
      errors: this.errors,
      mocks: this.mocks,
      registry: this.registry,
      views: this.views,
      stack: this.stack,
      pages: this.pages,
      pullDown: this.pullDown,
      waiters: this.#waiters,
      evals: this.#evals,
      queries: this.queries,
      barriers: this.#barriers,
      pendingSetData: this.#pendingSetData,
      toLogic: (m) => this.#toLogic(m),
      toView: (id, m) => this.toView(id, m),
      track: (work) => this.track(work),
    }
  }

  #fromLogic(m: LogicToHost): void {
    if (m.type === 'traceEvents') return this.trace.receive('logic', m)
    if (m.type === 'setData') this.trace.setData(m)
    if (!this.#isProbe(m)) this.#activity++
    fromLogic(this.#link, m)
    this.#notify(m)
  }

  #fromView(webviewId: number, m: ViewToHost): void {
    if (m.type === 'traceEvents') return this.trace.receive(webviewId, m)
    this.#activity++
    fromView(this.#link, webviewId, m)
    this.#notify(m)
  }

  #toLogic(message: HostToLogic): void {
    if (this.#closed) return
    if (!this.#isProbe(message)) this.#activity++
    this.router.toLogic(message)
    this.#notify(message)
  }

  #notify(message: AnyMessage | null): void {
    for (const watcher of this.#watchers) watcher(message)
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
