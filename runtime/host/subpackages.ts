// Subpackages (docs/packages.md): a route into a subpackage waits while the host reads (Node) or
// fetches (browser) its logic bundle and sends it to logic (`loadSubpackage`), then opens the
// page — the platform downloads a subpackage first and shows its page after ("下载完成后再进行
// 展示"). `preloadRule` downloads packages ahead when a page opens, on the network it allows.
// After a launch into an independent subpackage the main package is not loaded until a route
// leaves it (`loadMainPackage`). Each package is sent once per logic thread; a failed download
// fails the route and is tried again by the next one.

import type { HostToLogic } from '../../bridge/protocol.ts'
import type { LoadedPackage } from './platform.ts'

/** preloadRule's name of the main package (for independent subpackages). */
export const MAIN_PACKAGE = '__APP__'

type Bundle = { code: string; map?: unknown; url: string }

/** One download of a package's logic bundle: why, and when it started and ended (ms). */
export interface PackageDownload {
  root: string
  reason: 'route' | 'preloadRule'
  start: number
  end: number | null
  ok: boolean | null
}

export interface SubpackageLoaderDeps {
  pkg(): LoadedPackage
  toLogic(message: HostToLogic): void
  /** The route waits on a download: the client shows its loading indicator meanwhile. */
  loading(on: boolean): void
  log(message: string): void
  /** The launch's network type (wifi, 4g…): preloadRule's `network` is checked against it. */
  networkType(): string
  /** Counts background work (a preload) as activity, so settling waits for it. */
  track(work: Promise<unknown>): void
  now(): number
}

export class SubpackageLoader {
  /** Packages whose bundle logic has run (or is about to: sent in order). */
  readonly #sent = new Set<string>([MAIN_PACKAGE])
  readonly #downloads = new Map<string, Promise<Bundle>>()
  #chain: Promise<void> = Promise.resolve()
  /** Every download, in start order (the timeline of this logic thread's packages). */
  readonly downloads: PackageDownload[] = []

  constructor(private readonly deps: SubpackageLoaderDeps) {}

  /** The subpackage holding `route` (null: the main package). */
  rootOf(route: string): string | null {
    return this.deps.pkg().appConfig.page[route]?.subpackage ?? null
  }

  isIndependent(root: string | null): boolean {
    if (root === null) return false
    return this.deps.pkg().appConfig.subpackages.some((s) => s.root === root && s.independent)
  }

  /** The app starts in an independent subpackage: the main package waits for a route out. */
  startWithoutMain(): void {
    this.#sent.delete(MAIN_PACKAGE)
  }

  get mainLoaded(): boolean {
    return this.#sent.has(MAIN_PACKAGE)
  }

  /** Before a route opens `route`: the main package (when a route leaves an independent
   *  subpackage) and the route's subpackage, downloaded if not preloaded, sent to logic. */
  async prepare(route: string): Promise<void> {
    const root = this.rootOf(route)
    if (!this.isIndependent(root)) await this.#send(MAIN_PACKAGE)
    if (root !== null) await this.#send(root)
  }

  /** preloadRule of a page that opened: its packages (root, name or `__APP__`) are downloaded
   *  now, if its `network` (default "wifi") allows the launch's network type. */
  preloadFor(route: string): void {
    const rule = this.deps.pkg().appConfig.preloadRule?.[route]
    if (!rule?.packages?.length) return
    const network = rule.network ?? 'wifi'
    const type = this.deps.networkType()
    if (type === 'none' || (network !== 'all' && type !== 'wifi')) {
      const names = rule.packages.join(', ')
      this.deps.log(`preloadSubpackages: ${names} not preloaded: network "${network}", on ${type}`)
      return
    }
    for (const name of rule.packages) {
      const root = this.#resolve(name)
      if (root === null) {
        this.deps.log(`preloadSubpackages: no package "${name}" (preloadRule of ${route})`)
        continue
      }
      if (this.#sent.has(root) || this.#downloads.has(root)) continue
      const download = this.#download(root, 'preloadRule').then(
        () => this.deps.log(`preloadSubpackages: ${root} success`),
        (error: unknown) => this.deps.log(`preloadSubpackages: ${root} fail ${messageOf(error)}`),
      )
      this.deps.track(download)
    }
  }

  /** Packages sent to logic on this thread, in order. */
  loaded(): string[] {
    return [...this.#sent]
  }

  /** Packages downloaded (or downloading) and not sent yet: what preloadRule fetched ahead. */
  preloaded(): string[] {
    return [...this.#downloads.keys()].filter((root) => !this.#sent.has(root))
  }

  #send(root: string): Promise<void> {
    if (this.#sent.has(root)) return Promise.resolve()
    const run = this.#chain.then(async () => {
      if (this.#sent.has(root)) return
      const waits = !this.#downloads.has(root)
      if (waits) this.deps.loading(true)
      try {
        const bundle = await this.#download(root, 'route')
        this.#sent.add(root)
        this.deps.toLogic(
          root === MAIN_PACKAGE
            ? { type: 'loadMainPackage', bundle }
            : { type: 'loadSubpackage', root, bundle },
        )
      } catch (error: unknown) {
        throw new Error(`loadSubpackage "${root}" failed: ${messageOf(error)}`)
      } finally {
        if (waits) this.deps.loading(false)
      }
    })
    this.#chain = run.catch(() => {})
    return run
  }

  /** The bundle of a package, downloaded once (a failed download is forgotten: tried again). */
  #download(root: string, reason: PackageDownload['reason']): Promise<Bundle> {
    const known = this.#downloads.get(root)
    if (known) return known
    const pkg = this.deps.pkg()
    const entry: PackageDownload = { root, reason, start: this.deps.now(), end: null, ok: null }
    this.downloads.push(entry)
    // a package from the package source (packages/loader) brings its files first
    const fetch =
      root === MAIN_PACKAGE
        ? Promise.resolve(pkg.logic)
        : Promise.resolve(pkg.loadSubpackage?.(root)).then(() => pkg.subpackageLogic(root))
    const done = fetch.then(
      (bundle) => {
        Object.assign(entry, { end: this.deps.now(), ok: true })
        return { code: bundle.code, map: bundle.map, url: bundle.url }
      },
      (error: unknown) => {
        Object.assign(entry, { end: this.deps.now(), ok: false })
        this.#downloads.delete(root)
        throw error
      },
    )
    this.#downloads.set(root, done)
    return done
  }

  /** `wx.loadSubpackage({ name })` and `require.async` into a subpackage: the package (root or
   *  name) downloaded if needed and sent to logic, which runs it before the answer arrives. */
  async load(name: string): Promise<string> {
    const root = this.#resolve(name.replace(/\/+$/, ''))
    if (root === null) throw new Error(`subpackage "${name}" is not defined`)
    await this.#send(root)
    return root
  }

  /** A preloadRule entry: a subpackage's root or name, or `__APP__`. */
  #resolve(name: string): string | null {
    if (name === MAIN_PACKAGE) return MAIN_PACKAGE
    const subs = this.deps.pkg().appConfig.subpackages
    return subs.find((s) => s.root === name || s.name === name)?.root ?? null
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
