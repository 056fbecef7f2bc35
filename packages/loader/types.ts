// The host's package source: where a launch gets its code packages. `cold` downloads each
// package from the CDN (progress, resumed on a dropped connection, SHA-256 checked against the
// pack manifest) and keeps it in the cache; `hot` takes it from the cache keyed by app id and
// version (an entry that fails its digest is discarded and downloaded again). Either way the
// package is unpacked (wxapkg) and handed to the host as a LoadedPackage whose subpackages load
// when asked (`LoadedPackage.loadSubpackage`). Node-free: both homes use it.

import type { PackManifest } from '../pack.ts'

export type LoadStrategy = 'cold' | 'hot'

/** What a package download reports while it runs. */
export interface DownloadProgress {
  /** `__APP__` or the subpackage root. */
  package: string
  loaded: number
  total: number
  /** 1 for the first request; more after a dropped connection. */
  attempt: number
}

export interface HttpResponse {
  status: number
  /** Header names in lower case. */
  headers: Record<string, string>
  /** The body as it arrives; the iteration throws (or ends short) when the connection drops. */
  body: AsyncIterable<Uint8Array>
}

/** One GET of a URL (node:http in Node, fetch in the browser). */
export interface HttpTransport {
  get(url: string, headers: Record<string, string>): Promise<HttpResponse>
}

/** A cache of package files by app id and version. Writes are all-or-nothing (temp + rename in
 *  a folder, one put in IndexedDB); reads answer what is stored, which the loader checks. */
export interface PackageCache {
  read(appId: string, version: string, file: string): Promise<Uint8Array | null>
  write(appId: string, version: string, file: string, data: Uint8Array): Promise<void>
  remove(appId: string, version: string, file: string): Promise<void>
  /** Where the cache lives (a folder, `indexeddb:<name>`), for messages. */
  readonly where: string
}

export interface PackageSourceOptions {
  /** Base URL of the app's folder on the CDN (holds pack-manifest.json and the packages). */
  cdn: string
  appId: string
  /** `cold` (default): download; `hot`: from the cache, downloading only what is missing or bad. */
  load?: LoadStrategy
  cache: PackageCache
  transport: HttpTransport
  /** Retries after a dropped connection, per package (default 4). */
  retries?: number
  onProgress?(progress: DownloadProgress): void
}

/** The app's packages of one version, as the loader obtained them. */
export interface CodePackageSource {
  readonly appId: string
  /** The pack manifest's contentVersion. */
  readonly version: string
  readonly manifest: PackManifest
  /** What this launch did: `cold`, or `hot` (a hot launch with nothing cached says `cold`). */
  readonly strategy: LoadStrategy
  /** The files of one package (`__APP__` or a root), obtained once and kept. */
  files(name: string): Promise<Map<string, Uint8Array>>
  /** Whether a package's files are here already. */
  has(name: string): boolean
}
