// The page records and the few steps every route is made of: open, hide, show, unload, detach.
// Each step calls its effects in the order the platform's route-event-listener guide gives for
// a redirectTo: old page onUnload → destroyed → popped from the stack; new page created →
// pushed → onLoad → onShow. Tab pages that leave the stack without unloading stay alive as
// "dangling" pages (the platform's page-routing guide: 悬垂页面) until switchTab shows them again.

import type { OpenType, PageInfo, PageStackEffects } from './types.ts'

export interface PageEntry extends PageInfo {
  isTab: boolean
  alive: boolean
  /** onReady ran. */
  ready: boolean
  /** Window settings changed at run time (setNavigationBarTitle…). */
  overrides: Record<string, unknown>
}

export class Pages {
  readonly stack: PageEntry[] = []
  /** Alive tab pages by route: in the stack or dangling. */
  readonly tabs = new Map<string, PageEntry>()
  private nextId: number

  constructor(
    private readonly fx: PageStackEffects,
    firstWebviewId: number,
  ) {
    this.nextId = firstWebviewId
  }

  top(): PageEntry | undefined {
    return this.stack[this.stack.length - 1]
  }

  /** Creates and pushes a page, runs onLoad and onShow; `rendered` settles at first render. */
  open(route: string, query: Record<string, string>, openType: OpenType, isTab: boolean) {
    const webviewId = this.nextId++
    const entry: PageEntry = {
      webviewId,
      route,
      query,
      openType,
      isTab,
      alive: true,
      ready: false,
      overrides: {},
    }
    const rendered = this.create(entry)
    this.stack.push(entry)
    if (isTab) this.tabs.set(route, entry)
    this.emitStack()
    this.fx.lifecycle(webviewId, 'onLoad', [{ ...query }])
    this.fx.lifecycle(webviewId, 'onShow')
    return { entry, rendered }
  }

  /** Waits for the first render and runs onReady, unless the page is gone by then. */
  async ready(entry: PageEntry, rendered: Promise<void>): Promise<unknown> {
    try {
      await rendered
    } catch (error: unknown) {
      return error ?? new Error('createPage failed')
    }
    if (entry.alive && !entry.ready) {
      entry.ready = true
      this.fx.lifecycle(entry.webviewId, 'onReady')
    }
    return null
  }

  hide(entry: PageEntry): void {
    this.fx.lifecycle(entry.webviewId, 'onHide')
  }

  show(entry: PageEntry): void {
    this.fx.lifecycle(entry.webviewId, 'onShow')
  }

  unload(entry: PageEntry): void {
    this.fx.lifecycle(entry.webviewId, 'onUnload')
    entry.alive = false
    this.fx.destroyPage(entry.webviewId)
    if (this.tabs.get(entry.route) === entry) this.tabs.delete(entry.route)
    this.remove(entry)
  }

  /** Takes a tab page out of the stack and keeps it alive. */
  detach(entry: PageEntry): void {
    this.remove(entry)
  }

  /** Puts a dangling tab page back as the only page of the stack. */
  restore(entry: PageEntry): void {
    this.stack.push(entry)
    this.emitStack()
  }

  /** Alive pages outside the stack (dangling tab pages). */
  dangling(): PageEntry[] {
    return [...this.tabs.values()].filter((e) => !this.stack.includes(e))
  }

  find(webviewId: number): PageEntry | undefined {
    return (
      this.stack.find((e) => e.webviewId === webviewId) ??
      this.dangling().find((e) => e.webviewId === webviewId)
    )
  }

  private create(entry: PageEntry): Promise<void> {
    const { webviewId, route, query, openType } = entry
    try {
      return Promise.resolve(
        this.fx.createPage({ webviewId, route, query: { ...query }, openType }),
      )
    } catch (error: unknown) {
      return Promise.reject(error)
    }
  }

  private remove(entry: PageEntry): void {
    const i = this.stack.indexOf(entry)
    if (i < 0) return
    this.stack.splice(i, 1)
    this.emitStack()
  }

  private emitStack(): void {
    this.fx.stack?.(this.stack.map((e) => e.webviewId))
  }
}
