// `Page()` definitions by route, page instances by webview, and the page stack as the host
// reports it: its `pageStack` messages once one came (tab pages outside the stack stay alive),
// else creation pushes and `onUnload` removes. A page instance gets a deep copy of the
// definition's data, its route, its query as `options` and `__wxWebviewId__`.

import type { HostToLogic, PageLifecycle } from '../../bridge/protocol.ts'
import { deepCopy } from './env.ts'
import { where, type ErrorGuard } from './errors.ts'
import type { SetDataChannel } from './set-data.ts'

/** The page instance id the view uses for the page itself (components get others). */
export const PAGE_INSTANCE_ID = 0

export type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> }

export interface PageInstance {
  [key: string]: unknown
  data: Record<string, unknown>
  route: string
  is: string
  options: Record<string, string>
  __wxWebviewId__: number
  __wxExparserNodeId__: string
  setData(patch: Record<string, unknown>, callback?: () => void): void
}

export interface PageHost {
  guard: ErrorGuard
  setData: SetDataChannel
  /** Loads the page's module when it was not required yet (its `Page()` registers it). */
  loadRoute(route: string): void
  /** Extra methods every page has (createSelectorQuery…), bound per instance. */
  decorate(instance: PageInstance): void
}

export class PageRegistry {
  private readonly definitions = new Map<string, PageOptions>()
  private readonly instances = new Map<number, PageInstance>()
  private stack: PageInstance[] = []
  /** The host's last `pageStack`; null until it sends one. */
  private reported: number[] | null = null

  constructor(private readonly host: PageHost) {}

  register(route: string, options: PageOptions): void {
    if (!options || typeof options !== 'object') throw new TypeError('Page() expects an object')
    this.definitions.set(route, options)
  }

  has(route: string): boolean {
    return this.definitions.has(route)
  }

  byWebview(webviewId: number): PageInstance | undefined {
    return this.instances.get(webviewId)
  }

  /** `getCurrentPages()`: a fresh array, bottom of the stack first. */
  current = (): PageInstance[] => {
    if (!this.reported) return [...this.stack]
    const pages = this.reported.map((id) => this.instances.get(id))
    return pages.filter((p): p is PageInstance => p !== undefined)
  }

  /** The host's page stack (`pageStack`): from now on getCurrentPages() is exactly this. */
  setStack(webviewIds: number[]): void {
    this.reported = [...webviewIds]
  }

  create(msg: Extract<HostToLogic, { type: 'pageCreate' }>): PageInstance | null {
    if (!this.definitions.has(msg.route)) this.host.loadRoute(msg.route)
    const def = this.definitions.get(msg.route)
    if (!def) return null
    const instance = this.instantiate(def, msg.route, msg.webviewId, msg.query)
    this.instances.set(msg.webviewId, instance)
    this.stack.push(instance)
    return instance
  }

  lifecycle(msg: Extract<HostToLogic, { type: 'pageLifecycle' }>): void {
    const page = this.instances.get(msg.webviewId)
    if (!page) return
    const args = msg.name === 'onLoad' && msg.args.length === 0 ? [{ ...page.options }] : msg.args
    this.runHook(page, msg.name, args)
    if (msg.name === 'onUnload') {
      this.instances.delete(msg.webviewId)
      this.stack = this.stack.filter((p) => p !== page)
    }
  }

  private runHook(page: PageInstance, name: PageLifecycle, args: unknown[]): void {
    const fn = page[name]
    if (typeof fn !== 'function') return
    this.host.guard.run(where.pageLifecycle(page.route, name), () => fn.apply(page, args))
  }

  private instantiate(
    def: PageOptions,
    route: string,
    webviewId: number,
    query: Record<string, string>,
  ): PageInstance {
    const page = {} as PageInstance
    for (const [key, value] of Object.entries(def)) {
      // custom fields are copied per instance so pages never share mutable state
      if (key !== 'data') page[key] = typeof value === 'function' ? value : deepCopy(value)
    }
    page.data = deepCopy(def.data && typeof def.data === 'object' ? def.data : {})
    page.route = route
    page.is = route
    page.options = { ...query }
    page.__wxWebviewId__ = webviewId
    page.__wxExparserNodeId__ = `page-${webviewId}`
    // `this.renderer`: the renderer of the page (mpsim renders with a webview)
    Object.defineProperty(page, 'renderer', { value: 'webview', configurable: true })
    const channel = this.host.setData
    page.setData = function (this: PageInstance, patch, callback) {
      channel.send(page, PAGE_INSTANCE_ID, patch, callback)
    }
    this.host.decorate(page)
    return page
  }
}
