// `App()` and `getApp()`: one app instance holding the options' fields (lifecycle hooks,
// globalData, custom fields); its hooks run through the error guard.

import type { AppLifecycle } from '../../bridge/protocol.ts'
import { where, type ErrorGuard } from './errors.ts'

export type AppInstance = Record<string, unknown> & { globalData?: unknown }

export class AppRegistry {
  instance: AppInstance | null = null
  private readonly fallback: AppInstance = {}

  constructor(
    private readonly guard: ErrorGuard,
    private readonly warn: (message: string) => void,
  ) {}

  /** The global `App(options)`. */
  define = (options: Record<string, unknown>): void => {
    if (this.instance) {
      this.warn('App() can only be called once; this call is ignored.')
      return
    }
    if (!options || typeof options !== 'object') throw new TypeError('App() expects an object')
    // getApp({ allowDefault: true }) handed out the fallback: App()'s fields merge into it
    this.instance = Object.assign(this.fallback, options)
  }

  /** The global `getApp({ allowDefault })`. */
  get = (opts?: { allowDefault?: boolean }): AppInstance | undefined => {
    if (this.instance) return this.instance
    if (opts?.allowDefault) return this.fallback
    return undefined
  }

  /** Runs an app lifecycle hook, if the app defines it. */
  call(name: AppLifecycle | 'onError', args: unknown[]): void {
    const fn = this.instance?.[name]
    if (typeof fn !== 'function') return
    this.guard.run(where.appLifecycle(name), () => fn.apply(this.instance, args))
  }

  hook(name: 'onError' | 'onUnhandledRejection' | 'onPageNotFound'): ((arg: any) => void) | null {
    const fn = this.instance?.[name]
    return typeof fn === 'function' ? (arg: unknown) => fn.call(this.instance, arg) : null
  }
}
