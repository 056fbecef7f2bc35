// One wrapper for every user callback (lifecycle, handler, setData and API callbacks, timers):
// it catches, maps the stack through the bundle's source map, calls App.onError and the
// wx.onError listeners with the platform's message string, and reports the error to the host
// with the original file:line:column of its top frame in app code (`location`).
// The app keeps running.

import type { LogicToHost, SourceLocation, WireError } from '../../bridge/protocol.ts'
import type { StackMapper } from './stack.ts'

/** Where an error happened, in the words the platform puts after the message. */
export const where = {
  appLifecycle: (name: string) => `at App lifeCycleMethod ${name} function`,
  pageLifecycle: (route: string, name: string) =>
    `at "${route}" page lifeCycleMethod ${name} function`,
  handler: (route: string, name: string) => `[Component] Event Handler Error @${route}#${name}`,
  apiCallback: (api: string, kind: string) => `at api ${api} ${kind} callback function`,
  setDataCallback: (route: string) => `at "${route}" setData callback function`,
  timer: (kind: string) => `at ${kind} callback function`,
  module: (id: string) => `at module "${id}"`,
}

export interface ErrorHooks {
  post(message: LogicToHost): void
  /** The App's onError and wx.onError listeners, in that order. */
  errorListeners(): Array<(message: string) => void>
  rejectionListeners(): Array<(res: { reason: unknown; promise: Promise<unknown> }) => void>
  mapper(): StackMapper | null
  localError(...args: unknown[]): void
}

export class ErrorGuard {
  private reporting = false
  /** Times each user call while recording (runtime/instruments/logic). */
  timing: { readonly on: boolean; time<T>(where: string, fn: () => T): T } | null = null

  constructor(private readonly hooks: ErrorHooks) {}

  /** Runs `fn`; an exception is reported and `undefined` returned. */
  run<T>(at: string, fn: () => T): T | undefined {
    // while not recording: no closure, no clock read
    if (this.timing?.on) return this.timing.time(at, () => this.guarded(at, fn))
    return this.guarded(at, fn)
  }

  private guarded<T>(at: string, fn: () => T): T | undefined {
    try {
      return fn()
    } catch (e) {
      this.report(e, at)
      return undefined
    }
  }

  /** Wraps a user function so each call goes through {@link run}. */
  wrap<A extends unknown[]>(at: string, fn: (...args: A) => unknown): (...args: A) => void {
    return (...args: A) => void this.run(at, () => fn(...args))
  }

  report(error: unknown, at: string): void {
    const wire = this.toWire(error)
    const message = `thirdScriptError\n${wire.message};${at}\n${wire.stack ?? ''}`
    this.hooks.localError(message)
    this.hooks.post(this.message(error, wire, at))
    if (this.reporting) return // an error inside onError is reported, not looped on
    this.reporting = true
    try {
      for (const listener of this.hooks.errorListeners())
        this.run('at App onError', () => listener(message))
    } finally {
      this.reporting = false
    }
  }

  /** An unhandled promise rejection: App.onUnhandledRejection and wx listeners, then the host. */
  rejection(reason: unknown, promise: Promise<unknown>): void {
    const listeners = this.hooks.rejectionListeners()
    for (const listener of listeners)
      this.run('at App onUnhandledRejection', () => listener({ reason, promise }))
    const wire = this.toWire(reason)
    this.hooks.post(this.message(reason, wire, 'unhandledRejection'))
    if (!listeners.length) this.hooks.localError('Unhandled promise rejection', reason)
  }

  /** The report for the host, with the error's place in the app's files when it has one. */
  private message(error: unknown, wire: WireError, where: string): LogicToHost {
    const location = this.locate(error)
    return location
      ? { type: 'error', error: wire, where, location }
      : { type: 'error', error: wire, where }
  }

  private locate(error: unknown): SourceLocation | null {
    const mapper = this.hooks.mapper()
    if (!mapper || !(error instanceof Error) || !error.stack) return null
    return mapper.firstLocation(error.stack)
  }

  toWire(error: unknown): WireError {
    if (error instanceof Error) {
      const mapper = this.hooks.mapper()
      const stack = error.stack && mapper ? mapper.mapStack(error.stack) : error.stack
      return { name: error.name, message: error.message, stack }
    }
    if (error && typeof error === 'object' && 'errMsg' in error)
      return { name: 'Error', message: String((error as { errMsg: unknown }).errMsg) }
    return { name: 'Error', message: String(error) }
  }
}
