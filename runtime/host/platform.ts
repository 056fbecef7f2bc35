// What the host needs from the home it runs in, injected into `Host`: how logic starts, how a
// page's view opens and joins the router, and the API services (storage, files, network). The
// Node home (node/platform.ts: a worker_threads Worker, jsdom documents, disk and node:http) and
// the browser home (browser/platform.ts: a Web Worker, iframes, localStorage and fetch) implement
// it. This file and everything the host core imports stay free of Node modules, so a browser
// page can bundle the host.

import type { LogicEndpoint, ViewEndpoint } from '../../bridge/index.ts'
import type { ResolvedAppConfig } from '../../compiler/package/app-config.ts'
import type { View } from '../view/index.ts'
import type { ViewBundle } from '../view/bundle.ts'
import type { ApiServices } from './apis/index.ts'

export type LogicMode = 'worker' | 'single-thread'

export interface LogicThread {
  endpoint: LogicEndpoint
  /** Ends the thread (worker) or drops the runtime (single thread). */
  close(): Promise<void>
}

/** The built package the host runs: `mpsim build` output (logic.js + map, app-config.json,
 *  views/<page>.view.js, subpackages/<root>/logic.js + map), read from disk (package.ts) or
 *  over HTTP (browser/package.ts). */
export interface LoadedPackage {
  /** Where it was read from: a folder, or a base URL. */
  dir: string
  appConfig: ResolvedAppConfig
  logic: { code: string; map?: unknown; url: string }
  /** The view bundle source of a page (sync so a page's view exists before logic's first
   *  messages for it arrive: the package reads or fetches every page ahead). */
  viewSource(route: string): string
  /** A subpackage's logic bundle (`subpackages/<root>/logic.js` and its map), read or fetched
   *  when a route first enters the subpackage. */
  subpackageLogic(root: string): Promise<{ code: string; map?: unknown; url: string }>
  /** Removes what the host made for it (a temp build folder). */
  dispose(): Promise<void>
  /** A package from the package source (packages/loader): a subpackage's files (its logic and
   *  its pages' view bundles) come with its own code package, so a route into it must await
   *  this before opening the page's view; `subpackageLogic` and `viewSource` answer for its
   *  pages after. Absent when every file is at hand already (a build folder, the dev server). */
  loadSubpackage?(root: string): Promise<void>
  /** Whether a subpackage's files are here already (absent: always). */
  hasSubpackage?(root: string): boolean
  /** Where the code packages came from, for a package from the package source. */
  origin?: { appId: string; version: string; strategy: 'cold' | 'hot'; cdn: string }
}

export interface OpenViewRequest {
  webviewId: number
  route: string
  /** The page's view bundle: its source (to load where the view runs) and, loaded, its parts. */
  source: string
  bundle: ViewBundle
  file: string
}

/** A page's view as the host holds it. */
export interface OpenedView {
  /** The host's side of the channel to the view runtime. */
  endpoint: ViewEndpoint
  /** The page's document, when the host can reach it (jsdom), else null (a cross-origin frame). */
  document: Document | null
  /** The view runtime's View, when it runs in the host's own realm. */
  view(): View | null
  /** Shows this view (the page on top) or hides it; optional where nothing is on screen. */
  show?(visible: boolean): void
  close(): void
}

/** A view made ahead of the page that will use it (webview preloading): the view runtime is
 *  running in it already; `open` gives it the page's bundle. */
export interface SpareView {
  open(request: OpenViewRequest): OpenedView
  close(): void
}

export interface HostPlatform {
  /** `onCrash`: the logic thread itself failed (its entry did not load, it ran out of memory). */
  startLogic(mode: LogicMode, onCrash: (error: Error) => void): LogicThread
  openView(request: OpenViewRequest): OpenedView
  /** Starts a spare view for the next page (webview preloading); absent: no preloading. */
  prepareView?(): SpareView
  apiServices: ApiServices
}
