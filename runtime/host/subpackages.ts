// Subpackages load on demand: the first page created in a subpackage makes the host read (Node)
// or fetch (browser) the subpackage's logic bundle and send it to logic (`loadSubpackage`) before
// that page's `pageCreate`. While a bundle is on its way, every message the page stack sends to
// logic is held and sent after it, in order, so logic never sees a page (or its onLoad) before
// the code that registers it. Each subpackage loads once per logic thread; a failed load fails
// the page's route and is tried again by the next route into it.

import type { HostToLogic } from '../../bridge/protocol.ts'
import type { LoadedPackage } from './platform.ts'

export class SubpackageLoader {
  readonly #loaded = new Set<string>()
  #chain: Promise<void> = Promise.resolve()
  #pending = 0
  #held: HostToLogic[] = []

  constructor(
    private readonly pkg: () => LoadedPackage,
    private readonly toLogic: (message: HostToLogic) => void,
    /** A route's first render can no longer happen: its bundle did not load. */
    private readonly failPage: (webviewId: number, error: Error) => void,
  ) {}

  /** Sends a message to logic now, or after the bundles being loaded. */
  send(message: HostToLogic): void {
    if (this.#pending) this.#held.push(message)
    else this.toLogic(message)
  }

  /** The subpackage holding `route` (null: the main package). */
  rootOf(route: string): string | null {
    return this.pkg().appConfig.page[route]?.subpackage ?? null
  }

  /** Starts loading the subpackage of a page about to be created, unless it is loaded. */
  beforePage(route: string, webviewId: number): void {
    const root = this.rootOf(route)
    if (root === null || this.#loaded.has(root)) return
    this.#loaded.add(root)
    this.#pending++
    const load = this.#chain.then(() => this.pkg().subpackageLogic(root))
    this.#chain = load.then(
      (bundle) => this.toLogic({ type: 'loadSubpackage', root, bundle }),
      (error: unknown) => {
        this.#loaded.delete(root)
        const reason = error instanceof Error ? error.message : String(error)
        this.#held = this.#held.filter(
          (m) => !(m.type === 'pageCreate' && m.webviewId === webviewId),
        )
        this.failPage(webviewId, new Error(`loadSubpackage "${root}" failed: ${reason}`))
      },
    )
    void this.#chain.then(() => {
      if (--this.#pending) return
      const held = this.#held
      this.#held = []
      for (const message of held) this.toLogic(message)
    })
  }

  /** Roots loaded (or loading) on this logic thread. */
  loaded(): string[] {
    return [...this.#loaded]
  }
}
