// The logic runtime: one object per logic thread. It builds the globals app code expects, runs
// the bundle, and routes every HostToLogic message to the part that handles it.

import type { HostToLogic, LogicToHost, ScrollHook } from '../../bridge/protocol.ts'
import { ApiCaller } from './api-call.ts'
import { Listeners } from './api-objects.ts'
import { AppRegistry } from './app.ts'
import { componentAsPage } from './component.ts'
import { Behavior, ComponentRegistry } from './component/index.ts'
import { env, type HostConsole } from './env.ts'
import { ErrorGuard, where } from './errors.ts'
import { applyModelChange, dispatchEvent } from './events.ts'
import { ModuleLoader } from './loader.ts'
import { PAGE_INSTANCE_ID, PageRegistry, type PageInstance } from './page.ts'
import type { LogicPort } from './port.ts'
import { SetDataChannel } from './set-data.ts'
import { StackMapper, probeLineOffset } from './stack.ts'
import { StorageMirror } from './storage.ts'
import { createConsole, createTimers } from './thread-globals.ts'
import { createSelectorQuery } from './api-objects.ts'
import { createWx, type Wx } from './wx.ts'
import { LogicInstruments } from '../instruments/logic/logic-instruments.ts'
import { runBundle, type LogicBundleSource } from './bundle.ts'
import { handleEvaluate } from './evaluate.ts'

const SCROLL_HOOKS: ScrollHook[] = ['onPageScroll', 'onReachBottom']

export interface StartLogicOptions {
  /** The bundle, when the host does not send it in `launch` (a `launch.bundle` wins). */
  bundle?: LogicBundleSource
  /** Also print app logs on this thread's console (default true). */
  localConsole?: boolean
}

type LaunchMessage = Extract<HostToLogic, { type: 'launch' }>

export class LogicRuntime {
  readonly guard: ErrorGuard
  readonly app: AppRegistry
  readonly pages: PageRegistry
  readonly calls: ApiCaller
  readonly setData: SetDataChannel
  readonly components: ComponentRegistry
  readonly console: HostConsole
  readonly appEvents = new Listeners()
  /** Measurement (docs/measurement.md): off until the host sends `trace` start. */
  readonly instruments: LogicInstruments
  /** The globals the bundle sees (App, Page, wx, require…), by name. */
  globals: Record<string, unknown> = {}
  wx: Wx = {}
  private loader = new ModuleLoader()
  private mapper: StackMapper | null = null
  private launchOptions: Record<string, unknown> = {}
  private readonly post: (m: LogicToHost) => void

  constructor(
    port: LogicPort,
    private readonly options: StartLogicOptions = {},
  ) {
    this.instruments = new LogicInstruments((m) => port.post(m))
    this.post = (m) => port.post(this.instruments.outgoing(m))
    this.console = createConsole(this.post, options.localConsole ?? true)
    this.guard = new ErrorGuard({
      post: this.post,
      errorListeners: () =>
        [this.app.hook('onError'), ...this.appEvents.list('onError')].filter(isFn),
      rejectionListeners: () =>
        [
          this.app.hook('onUnhandledRejection'),
          ...this.appEvents.list('onUnhandledRejection'),
        ].filter(isFn),
      mapper: () => this.mapper,
      localError: (...args) => options.localConsole !== false && env.console.error(...args),
    })
    const warn = (m: string) => this.console.warn(m)
    this.app = new AppRegistry(this.guard, warn)
    this.calls = new ApiCaller(this.post, this.guard)
    this.setData = new SetDataChannel(this.post, this.guard, warn)
    this.pages = new PageRegistry({
      guard: this.guard,
      setData: this.setData,
      loadRoute: (route) => this.requireEntry(`${route}.js`),
      decorate: (page) => this.decorate(page),
    })
    this.components = new ComponentRegistry({
      guard: this.guard,
      setData: this.setData,
      post: this.post,
      warn,
      loadComponent: (id) => this.requireEntry(`${id}.js`),
      page: (webviewId) => this.pages.byWebview(webviewId),
      decorate: (c) => {
        c.createSelectorQuery = () => this.selectorQuery(() => c.__wxWebviewId__ as number).in(c)
        c.createIntersectionObserver = (o?: object) =>
          (this.wx.createIntersectionObserver as (c: unknown, o?: object) => unknown)(c, o)
      },
    })
    this.guard.timing = this.instruments
    port.onMessage((m) => this.instruments.receive(m, (message) => this.handle(message)))
  }

  handle(msg: HostToLogic): void {
    switch (msg.type) {
      case 'launch':
        return this.launch(msg)
      case 'appLifecycle':
        return this.appLifecycle(msg.name, msg.args)
      case 'pageCreate':
        return this.pageCreate(msg)
      case 'pageLifecycle':
        // components' pageLifetimes (show, hide, resize) run before the page's own hook, as
        // on the platform; their detached runs after the page's onUnload
        if (msg.name !== 'onUnload')
          this.components.pageLifecycle(msg.webviewId, msg.name, msg.args)
        this.pages.lifecycle(msg)
        if (msg.name === 'onUnload')
          this.components.pageLifecycle(msg.webviewId, msg.name, msg.args)
        return
      case 'pageStack':
        return this.pages.setStack(msg.webviewIds)
      case 'event':
        if (msg.instanceId !== PAGE_INSTANCE_ID && this.components.event(msg)) return
        return dispatchEvent(this.eventContext(), msg)
      case 'modelChange':
        if (msg.instanceId !== PAGE_INSTANCE_ID && this.components.modelChange(msg)) return
        return applyModelChange(this.eventContext(), msg)
      case 'setDataDone':
        return this.setData.done(msg.callId)
      case 'invokeResult':
        return this.calls.result(msg)
      case 'apiEvent':
        return this.calls.event(msg)
      case 'evaluate':
        return void handleEvaluate(this, msg, this.post)
      case 'loadSubpackage':
        return this.loadSubpackage(msg)
      case 'loadMainPackage':
        return this.loadMainPackage(msg.bundle)
      case 'instances':
        return this.components.instances(msg)
      case 'properties':
        return this.components.properties(msg)
      case 'pageReload':
        return this.pageReload(msg.webviewId)
    }
  }

  /** An unhandled promise rejection seen by the thread (the transport or entry reports it). */
  unhandledRejection(reason: unknown, promise: Promise<unknown>): void {
    this.guard.rejection(reason, promise)
  }

  private launch(msg: LaunchMessage): void {
    const bundle = msg.bundle ?? this.options.bundle
    const storage = new StorageMirror(msg.storage, (api, args) => this.calls.notify(api, args))
    this.launchOptions = {
      path: msg.path,
      query: { ...msg.query },
      scene: msg.scene,
      referrerInfo: {},
    }
    this.loader = new ModuleLoader(bundle?.npmMains)
    this.loader.fetchPackageOf = (id) => this.fetchPackageOf(id, msg.appConfig)
    this.wx = createWx({
      calls: this.calls,
      storage,
      systemInfo: { ...(msg.systemInfo ?? {}) },
      launchOptions: () => this.launchOptions,
      run: (api, fn) => void this.guard.run(where.apiCallback(api, 'listener'), fn),
      nextTick: (fn) =>
        this.setData.afterApplied(() =>
          env.queueMicrotask(() => void this.guard.run(where.timer('nextTick'), fn)),
        ),
      currentWebviewId: () => this.pages.current().at(-1)?.__wxWebviewId__,
      appEvents: this.appEvents,
      console: this.console,
    })
    this.globals = this.makeGlobals(msg.appConfig)
    // an independent subpackage starts alone: its bundle comes next, App waits for the main one
    if (msg.withoutMain) return
    if (!bundle) {
      this.guard.report(new Error('launch: no logic bundle was given'), 'at launch')
      return
    }
    const url = bundle.url ?? 'logic.js'
    this.mapper = new StackMapper(url, bundle.map, probeLineOffset(url))
    runBundle(bundle.code, url, this.globals, this.guard)
    this.appLifecycle('onLaunch', [{ ...this.launchOptions }])
    this.appLifecycle('onShow', [{ ...this.launchOptions }])
  }

  private appLifecycle(name: string, args: unknown[]): void {
    if (name === 'onUnhandledRejection') {
      const reason = (args[0] as { reason?: unknown } | undefined)?.reason
      const promise = Promise.reject(reason)
      promise.catch(() => {})
      return this.unhandledRejection(reason, promise)
    }
    if (name === 'onShow' && args[0] && typeof args[0] === 'object')
      this.launchOptions = { ...(args[0] as object) }
    this.app.call(name as 'onShow', args)
    const listenerName = {
      onShow: 'onAppShow',
      onHide: 'onAppHide',
      onPageNotFound: 'onPageNotFound',
    }[name]
    if (listenerName && name !== 'onLaunch')
      for (const fn of this.appEvents.list(listenerName))
        this.guard.run(where.appLifecycle(name), () => fn(args[0]))
  }

  private pageCreate(msg: Extract<HostToLogic, { type: 'pageCreate' }>): void {
    const page = this.pages.create(msg)
    if (!page) {
      this.guard.report(
        new Error(`Page "${msg.route}" has not been registered yet.`),
        'at pageCreate',
      )
      return
    }
    // the view creates these components' instances as it renders: their definitions go first
    const definitions = (msg.components ?? [])
      .map((id) => this.components.componentDefinitionForView(id))
      .filter((d) => d !== null)
    if (definitions.length) this.post({ type: 'defineComponents', definitions })
    const data = JSON.parse(JSON.stringify(page.data)) as Record<string, unknown>
    const listens = SCROLL_HOOKS.filter((name) => typeof page[name] === 'function')
    this.post({
      type: 'pageData',
      webviewId: msg.webviewId,
      instanceId: PAGE_INSTANCE_ID,
      data,
      ...(listens.length ? { listens } : {}),
    })
  }

  /** Hot reload of a page's template: its current data, for the view to render again with. */
  private pageReload(webviewId: number): void {
    const page = this.pages.byWebview(webviewId)
    if (!page) return
    const data = JSON.parse(JSON.stringify(page.data)) as Record<string, unknown>
    this.post({ type: 'pageData', webviewId, instanceId: PAGE_INSTANCE_ID, data, reload: true })
  }

  /** require.async of a module in a subpackage not loaded yet: the host loads it (as
   *  wx.loadSubpackage), and its bundle arrives before the answer. */
  private async fetchPackageOf(id: string, appConfig: unknown): Promise<void> {
    const subs = (appConfig as { subpackages?: { root: string }[] } | null)?.subpackages ?? []
    const sub = subs.find((s) => id.startsWith(s.root.replace(/\/?$/, '/')))
    if (!sub) return
    const res = await this.calls.callAsync('loadSubpackage', { name: sub.root })
    if (res && !/:ok\b/.test(res.errMsg)) throw new Error(res.errMsg)
  }

  /** A subpackage's bundle: run with the main bundle's globals (one module registry), and its
   *  source map joins the main one for error locations. */
  private loadSubpackage(msg: Extract<HostToLogic, { type: 'loadSubpackage' }>): void {
    const { code, map, url } = msg.bundle
    this.addSourceMap(url, map)
    runBundle(code, url, this.globals, this.guard, `at loading subpackage "${msg.root}"`)
  }

  /** The main package after an independent start: App() registers now, and its onLaunch and
   *  first onShow run with the launch options ("会在从独立分包页面首次进入主包或其他普通分包
   *  页面时调用"). */
  private loadMainPackage(bundle: { code: string; map?: unknown; url: string }): void {
    this.addSourceMap(bundle.url, bundle.map)
    runBundle(bundle.code, bundle.url, this.globals, this.guard)
    this.appLifecycle('onLaunch', [{ ...this.launchOptions }])
    this.app.call('onShow', [{ ...this.launchOptions }])
  }

  /** A bundle's map joins the stack mapper (the first one makes it: after an independent start
   *  the subpackage's bundle runs before the main one). */
  private addSourceMap(url: string, map: unknown): void {
    if (this.mapper) this.mapper.addBundle(url, map)
    else this.mapper = new StackMapper(url, map, probeLineOffset(url))
  }

  private requireEntry(id: string): void {
    if (this.loader.has(id)) this.guard.run(where.module(id), () => this.loader.require(id, null))
  }

  private decorate(page: PageInstance): void {
    page.createSelectorQuery = () => this.selectorQuery(() => page.__wxWebviewId__)
    const select = (selector: string, all: boolean) =>
      this.components.select(page.__wxWebviewId__, PAGE_INSTANCE_ID, selector, all)
    page.selectComponent = (selector: string) => select(selector, false)
    page.selectAllComponents = (selector: string) => select(selector, true)
  }

  private selectorQuery(webviewId: () => number) {
    const run = (api: string, fn: () => void) =>
      void this.guard.run(where.apiCallback(api, 'callback'), fn)
    return createSelectorQuery(this.calls, run, webviewId) as { in(c: unknown): unknown }
  }

  private eventContext() {
    return {
      pages: this.pages,
      guard: this.guard,
      setData: this.setData,
      warn: (m: string) => this.console.warn(m),
    }
  }

  private stopTimers = () => {}

  /** The app is closed: its timers stop (in single-thread mode the thread goes on). */
  stop(): void {
    this.stopTimers()
  }

  private makeGlobals(appConfig: unknown): Record<string, unknown> {
    const loader = this.loader
    const pageRoute = () => loader.entryModule()?.replace(/\.js$/, '')
    const { timers, stopAll } = createTimers(this.guard)
    this.stopTimers = stopAll
    const globals: Record<string, unknown> = {
      define: loader.define,
      // the bundle's own top-level requires: one failing entry does not stop the next
      require: (id: string) => this.guard.run(where.module(id), () => loader.require(id, null)),
      App: this.app.define,
      getApp: this.app.get,
      Page: (options: Record<string, unknown>) => {
        const route = pageRoute()
        if (!route) throw new Error('Page() must be called while a page module is being loaded')
        this.pages.register(route, options)
      },
      Component: (options: Record<string, unknown>) => {
        const route = pageRoute()
        if (!route) throw new Error('Component() must be called while a module is being loaded')
        if (isPage(appConfig, route))
          this.pages.register(
            route,
            componentAsPage(options, route, (m) => this.console.warn(m)),
          )
        else this.components.register(route, options)
      },
      Behavior,
      getCurrentPages: this.pages.current,
      // Automation finds pages by webview id, also tab pages kept alive outside the stack.
      __mpsimPage: (webviewId: number) => this.pages.byWebview(webviewId),
      // The dev panels list a page's components: id, definition, owner and the instance.
      __mpsimComponents: (webviewId: number) =>
        this.components.list(webviewId).map((r) => ({
          instanceId: r.instanceId,
          ownerId: r.ownerId,
          instance: r.instance,
        })),
      wx: this.wx,
      __wxConfig: appConfig ?? {},
      console: this.console,
      ...timers,
    }
    globals.global = globals
    return globals
  }
}

const isFn = <T>(x: T | null): x is T => typeof x === 'function'

function isPage(appConfig: unknown, route: string): boolean {
  const cfg = appConfig as {
    pages?: string[]
    subpackages?: Array<{ root: string; pages: string[] }>
    subPackages?: Array<{ root: string; pages: string[] }>
  } | null
  if (!cfg?.pages) return true
  if (cfg.pages.includes(route)) return true
  const subs = [...(cfg.subpackages ?? []), ...(cfg.subPackages ?? [])]
  return subs.some((s) => s.pages.some((p) => `${s.root.replace(/\/$/, '')}/${p}` === route))
}
