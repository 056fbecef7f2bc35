// The app in the background and back (docs/packages.md#app-hot-start-and-background-destroy).
// Leaving runs the page's onHide, then App.onHide and wx.onAppHide listeners; coming back
// within the time is a hot start (App.onShow, wx.onAppShow, the page's onShow; state kept).
// The platform suspends a backgrounded app after 5 s and destroys it after 30 more minutes
// ("挂起后，如果很长时间（目前是 30 分钟）都未再次进入前台，小程序会被销毁"): past
// `destroyAfterMs` the host destroys it, and the next foreground is a cold start. A cold start
// without a path opens the entry page, or the page left when its window says
// `restartStrategy: "homePageAndLatestPage"`; with a path, that page. A hot start with a path
// relaunches to it (the platform's B scenes: "若进入的场景中带有 path … 进入对应的 path 页面").

import type { PageStack } from './pages/index.ts'

export interface ForegroundOptions {
  /** The page to open (`pages/a/a` or with `?query`); none: keep (hot) or restart (cold). */
  path?: string
  query?: Record<string, string>
}

export interface AppBackgroundDeps {
  stack(): PageStack
  destroyAfterMs: number
  settle(): Promise<void>
  /** Ends the app's logic thread and views. */
  destroy(): Promise<void>
  /** A cold start on one page (a new logic thread, App.onLaunch, the page). */
  coldStart(page: { route: string; query: Record<string, string> }): Promise<void>
  reLaunch(url: string): Promise<unknown>
  log(message: string): void
}

export type AppState = 'foreground' | 'background' | 'destroyed'

export class AppBackground {
  #state: AppState = 'foreground'
  #timer: ReturnType<typeof setTimeout> | null = null
  #destroying: Promise<void> | null = null
  /** The page on top when the app was destroyed, if its restartStrategy keeps it. */
  #restartPage: { route: string; query: Record<string, string> } | null = null
  /** How many cold starts the app had after being destroyed. */
  coldStarts = 0

  constructor(private readonly deps: AppBackgroundDeps) {}

  get state(): AppState {
    return this.#state
  }

  get destroyed(): boolean {
    return this.#state === 'destroyed'
  }

  async background(): Promise<void> {
    if (this.#state !== 'foreground') return
    this.#state = 'background'
    await this.deps.stack().enterBackground()
    await this.deps.settle()
    const ms = this.deps.destroyAfterMs
    this.#timer = setTimeout(() => void this.#destroy(ms), ms)
    // a Node process need not stay up for it
    ;(this.#timer as { unref?: () => void }).unref?.()
  }

  async foreground(options: ForegroundOptions = {}): Promise<void> {
    this.#clearTimer()
    await this.#destroying
    if (this.#state === 'destroyed') return this.#coldStart(options)
    if (this.#state === 'foreground') return
    this.#state = 'foreground'
    await this.deps.stack().enterForeground()
    if (options.path) await this.deps.reLaunch(urlOf(options))
    await this.deps.settle()
  }

  /** Stops the destroy timer (the host closes). */
  dispose(): void {
    this.#clearTimer()
  }

  #destroy(ms: number): Promise<void> {
    this.#timer = null
    const top = this.deps.stack().current()
    const keep = top && this.deps.stack().window().restartStrategy === 'homePageAndLatestPage'
    this.#restartPage = keep ? { route: top.route, query: { ...top.query } } : null
    this.#state = 'destroyed'
    this.deps.log(`[app] destroyed after ${ms} ms in the background; the next start is cold`)
    this.#destroying = this.deps.destroy().finally(() => (this.#destroying = null))
    return this.#destroying
  }

  async #coldStart(options: ForegroundOptions): Promise<void> {
    const page = options.path
      ? parsePath(options)
      : (this.#restartPage ?? { route: '', query: options.query ?? {} })
    this.#state = 'foreground'
    this.coldStarts++
    await this.deps.coldStart(page)
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
  }
}

function parsePath({ path = '', query = {} }: ForegroundOptions) {
  const [route = '', search = ''] = path.replace(/^\//, '').split('?')
  return { route, query: { ...Object.fromEntries(new URLSearchParams(search)), ...query } }
}

function urlOf(options: ForegroundOptions): string {
  const { route, query } = parsePath(options)
  const search = new URLSearchParams(query).toString()
  return `/${route}${search ? `?${search}` : ''}`
}
