// The running mini program, named as miniprogram-automator names it: pages, routes, wx calls
// and mocks, evaluate, plus what mpsim adds: the bridge record, logs, errors, the UI model
// (toast, modal) and answers to dialogs. Every action resolves once the app settled.

import type { AutomatorServer } from '../automator/index.ts'
import type { BridgeRecord } from '../bridge/index.ts'
import type { ApiResult, LogEntry } from '../bridge/protocol.ts'
import type { ModalAnswer, UiModel } from '../runtime/host/apis/index.ts'
import type { Host, HostError, MockResult } from '../runtime/host/index.ts'
import type { HotUpdateResult, RebuildError } from '../runtime/host/index.ts'
import { rebuildPackage } from '../runtime/host/package.ts'
import type { ForegroundOptions } from '../runtime/host/background.ts'
import type { NavigationTiming } from '../runtime/host/navigation-timings.ts'
import { Page } from './page.ts'
import type { TimingSummary } from '../runtime/host/timeline.ts'
import { writeFile } from 'node:fs/promises'
import type { TraceFile } from '../bridge/trace-events.ts'
import type { HostTrace } from '../runtime/instruments/index.ts'

type RouteName = 'navigateTo' | 'redirectTo' | 'navigateBack' | 'reLaunch' | 'switchTab'

/** Calls `wx[name]` in logic: sync APIs return, async ones resolve on success, reject on fail. */
export const CALL_WX = `function (name, args) {
  const fn = wx[name]
  if (typeof fn !== 'function') throw new Error('wx.' + name + ' is not a function')
  if (/Sync$/.test(name)) return fn(...args)
  return new Promise((resolve, reject) => {
    const options = Object.assign({}, args[0])
    options.success = resolve
    options.fail = (res) => reject(new Error(res && res.errMsg))
    fn(options)
  })
}`

/** What `hotUpdate()` did: applied (and how), or not, with the compile errors. */
export type HotReload =
  ({ applied: true; errors: [] } & HotUpdateResult) | { applied: false; errors: RebuildError[] }

export class MiniProgram {
  /** The automator server of `launch({ automatorPort })` (its `endpoint`), else null. */
  automator: AutomatorServer | null = null

  constructor(readonly host: Host) {}

  /** Every message that passed the host (see docs/bridge.md). */
  get record(): BridgeRecord {
    return this.host.record
  }

  get logs(): LogEntry[] {
    return this.host.logs
  }

  get errors(): HostError[] {
    return this.host.errors
  }

  /** Toast, loading, modal, action sheet and navigation bar, as the client shows them. */
  get ui(): UiModel {
    return this.host.registry.ui
  }

  async currentPage(): Promise<Page | null> {
    const info = this.host.stack.current()
    return info ? new Page(this, info.webviewId, info.route, info.query) : null
  }

  /** The page stack, bottom first. */
  async pageStack(): Promise<Page[]> {
    return this.host.stack.pages().map((p) => new Page(this, p.webviewId, p.route, p.query))
  }

  navigateTo(url: string): Promise<Page> {
    return this.#route('navigateTo', { url })
  }

  redirectTo(url: string): Promise<Page> {
    return this.#route('redirectTo', { url })
  }

  navigateBack(delta = 1): Promise<Page> {
    return this.#route('navigateBack', { delta })
  }

  reLaunch(url: string): Promise<Page> {
    return this.#route('reLaunch', { url })
  }

  switchTab(url: string): Promise<Page> {
    return this.#route('switchTab', { url })
  }

  /** Calls `wx[name](...args)` in logic and gives its result. */
  async callWxMethod(name: string, ...args: unknown[]): Promise<unknown> {
    const value = await this.evaluate(CALL_WX, name, args)
    await this.settle()
    return value
  }

  /**
   * Answers `wx[name]` calls from the host with `result` (an object, or a function of the call's
   * arguments) instead of the real API. Only calls that reach the host are mocked: sync APIs
   * answered in logic (getStorageSync, getSystemInfoSync…) are not.
   */
  async mockWxMethod(name: string, result: MockResult): Promise<void> {
    this.host.mocks.set(name, result)
  }

  async restoreWxMethod(name: string): Promise<void> {
    this.host.mocks.delete(name)
  }

  /** Runs `fn` in the logic thread with the app's globals (wx, getApp, getCurrentPages…). */
  async evaluate(fn: string | ((...args: any[]) => unknown), ...args: unknown[]): Promise<unknown> {
    const code = typeof fn === 'function' ? fn.toString() : fn
    return this.host.evaluate(code, args)
  }

  /** Resizes the window (a rotation): the current page's onResize and its components'
   *  pageLifetimes.resize run; resolves once the app settled. */
  async resize(windowWidth: number, windowHeight: number): Promise<void> {
    this.host.resize({ windowWidth, windowHeight })
    await this.settle()
  }

  /** The user leaves the app (Home): the page's onHide, App.onHide; after the launch's
   *  `backgroundDestroyMs` in the background the app is destroyed (docs/packages.md). */
  async background(): Promise<void> {
    await this.host.background()
  }

  /** The user comes back: a hot start (state kept), or a cold start once the app was destroyed
   *  (App.onLaunch again, on the entry page, the page left with `restartStrategy:
   *  homePageAndLatestPage`, or `path`). Resolves once the app settled. */
  async foreground(options: ForegroundOptions = {}): Promise<void> {
    await this.host.foreground(options)
  }

  /** When each page got on screen: route start, view opened, first render, and whether its
   *  view was the preloaded spare (runtime/host/navigation-timings.ts). */
  navigationTimings(): NavigationTiming[] {
    return this.host.navigations.list.map((t) => ({ ...t }))
  }

  /** Each launch and navigation phase by phase (download, verify, unpack, logic inject, view
   *  create, view inject, first render, ready; docs/packages.md#timing-every-phase). */
  timings(): TimingSummary[] {
    return this.host.timeline.summaries()
  }

  /** Answers the modal on screen (`true`: confirm); false when none is open. */
  async answerModal(answer: boolean | ModalAnswer): Promise<boolean> {
    const done = this.ui.answerModal(typeof answer === 'boolean' ? { confirm: answer } : answer)
    await this.settle()
    return done
  }

  /** Taps item `index` of the action sheet on screen, or cancels it with null. */
  async answerActionSheet(index: number | null): Promise<boolean> {
    const done = this.ui.answerActionSheet(index)
    await this.settle()
    return done
  }

  async systemInfo(): Promise<Record<string, unknown>> {
    return this.host.registry.systemInfo()
  }

  /** Measurement (docs/measurement.md): `start()`, `stop()`, `recording`, setData `warnings`,
   *  `onEvents(listener)` to follow batches live. `launch({ trace: true })` starts it. */
  get tracing(): HostTrace {
    return this.host.trace
  }

  /** What every thread recorded so far, as a Chrome trace (opens in Perfetto). */
  trace(): Promise<TraceFile> {
    return this.host.trace.collect()
  }

  /** Writes `trace()` to a JSON file. */
  async saveTrace(path: string): Promise<TraceFile> {
    const file = await this.trace()
    await writeFile(path, JSON.stringify(file))
    return file
  }

  /** Resolves when every message caused so far has been handled (see runtime/host/settle.ts). */
  settle(): Promise<void> {
    return this.host.settle()
  }

  async close(): Promise<void> {
    await this.automator?.close()
    await this.host.close()
  }

  /**
   * Hot reload: rebuilds the project the app was launched from and applies what changed (see
   * runtime/host/hot-reload.ts): WXSS restyles the open pages in place, WXML renders them again
   * with their data, JS or JSON relaunches the app on the same pages. A build with compile errors
   * is not applied (the app keeps running the last good build); its errors are returned and
   * logged by the host. Resolves once the app settled.
   */
  async hotUpdate(): Promise<HotReload> {
    const project = this.host.options.project
    if (!project) throw new Error('hotUpdate: the app was not launched from a project folder')
    const built = await rebuildPackage(project)
    if (!built.pkg) {
      const text = built.errors.map((e) => e.formatted).join('\n\n')
      this.host.log('error', `[hot reload] not applied: the project does not compile\n${text}`)
      return { applied: false, errors: built.errors }
    }
    return { applied: true, errors: [], ...(await this.host.hotUpdate(built.pkg)) }
  }

  async #route(api: RouteName, args: Record<string, unknown>): Promise<Page> {
    const result: ApiResult = await this.host.track(this.host.stack[api](args))
    if (!result.errMsg.endsWith(':ok')) throw new Error(result.errMsg)
    await this.settle()
    const page = await this.currentPage()
    if (!page) throw new Error(`${api}: no page is shown after the route`)
    return page
  }
}
