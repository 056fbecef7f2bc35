// The package source (types.ts): the pack manifest from the CDN (cold) or the cache (hot), then
// each package on request: from the cache if hot and its digest matches, else downloaded,
// verified against the manifest's SHA-256 and written to the cache; then unpacked. A cached
// entry that fails its digest or does not unpack is discarded and downloaded again, never used.

import type { Timeline } from '../../runtime/host/timeline.ts'
import type { PackedPackage, PackManifest } from '../pack.ts'
import { decodeWxapkg } from '../wxapkg.ts'
import { sha256Hex } from './digest.ts'
import { download, DownloadError } from './download.ts'
import type { CodePackageSource, LoadStrategy, PackageSourceOptions } from './types.ts'

const MANIFEST = 'pack-manifest.json'
/** The cache entry naming the version a hot launch starts: `<appId>/current/version`. */
const CURRENT = ['current', 'version'] as const

export interface OpenSourceOptions extends PackageSourceOptions {
  timeline?: Timeline
  /** What the loader did that a user should see (a cache entry discarded, a retry). */
  log?(message: string): void
}

/** Opens the app's current version: the manifest from the CDN (cold, or hot with an empty
 *  cache) or from the cache (hot). */
export async function openPackageSource(options: OpenSourceOptions): Promise<CodePackageSource> {
  const cached = options.load === 'hot' ? await cachedManifest(options) : null
  if (cached) return new Source(options, cached, 'hot')
  const manifest = await fetchManifest(options)
  return new Source(options, manifest, 'cold')
}

/** A source for a manifest already read (an update's). */
export function sourceForManifest(
  options: OpenSourceOptions,
  manifest: PackManifest,
  strategy: LoadStrategy,
): CodePackageSource {
  return new Source(options, manifest, strategy)
}

/** The CDN's manifest now (the update check reads it too). */
export async function fetchManifest(options: OpenSourceOptions): Promise<PackManifest> {
  const url = new URL(MANIFEST, base(options.cdn)).href
  const timeline = options.timeline
  const start = timeline?.now() ?? 0
  const { data } = await download(options.transport, {
    url,
    name: MANIFEST,
    retries: options.retries,
  })
  timeline?.mark('manifest', 'host', start, timeline.now(), { detail: { bytes: data.length } })
  return parseManifest(new TextDecoder().decode(data), url)
}

/** Makes `manifest` the version the next hot launch starts (its packages are cached). */
export async function setCurrentVersion(options: OpenSourceOptions, manifest: PackManifest) {
  const { cache, appId } = options
  const text = new TextEncoder().encode(JSON.stringify(manifest))
  await cache.write(appId, manifest.contentVersion, MANIFEST, text)
  await cache.write(appId, ...CURRENT, new TextEncoder().encode(manifest.contentVersion))
}

async function cachedManifest(options: OpenSourceOptions): Promise<PackManifest | null> {
  const { cache, appId } = options
  const version = await cache.read(appId, ...CURRENT)
  if (!version) return null
  const name = new TextDecoder().decode(version)
  const text = await cache.read(appId, name, MANIFEST).catch(() => null)
  if (!text) return null
  try {
    return parseManifest(new TextDecoder().decode(text), `${cache.where} ${appId}/${name}`)
  } catch (error) {
    options.log?.(`[package cache] ${(error as Error).message}: discarded, loading from the CDN`)
    await cache.remove(appId, ...CURRENT)
    return null
  }
}

class Source implements CodePackageSource {
  readonly appId: string
  readonly version: string
  readonly #loaded = new Map<string, Promise<Map<string, Uint8Array>>>()
  #done = new Set<string>()

  constructor(
    private readonly options: OpenSourceOptions,
    readonly manifest: PackManifest,
    readonly strategy: LoadStrategy,
  ) {
    this.appId = options.appId
    this.version = manifest.contentVersion
  }

  has(name: string): boolean {
    return this.#done.has(name)
  }

  files(name: string): Promise<Map<string, Uint8Array>> {
    let loading = this.#loaded.get(name)
    if (!loading) {
      loading = this.#load(this.#entry(name))
      this.#loaded.set(name, loading)
      // a failed load is tried again next time
      loading.then(
        () => this.#done.add(name),
        () => this.#loaded.delete(name),
      )
    }
    return loading
  }

  #entry(name: string): PackedPackage {
    const entry = this.manifest.packages.find((p) => p.name === name || p.root === name)
    if (!entry)
      throw new Error(
        `no code package "${name}" in version ${this.version} (has ${this.manifest.packages.map((p) => p.name).join(', ')})`,
      )
    return entry
  }

  async #load(entry: PackedPackage): Promise<Map<string, Uint8Array>> {
    const fromCache = this.strategy === 'hot' ? await this.#fromCache(entry) : null
    const files = fromCache ?? (await this.#download(entry))
    return new Map(files.map((f) => [f.path, f.data]))
  }

  /** The cached package if it is whole and matches the manifest; else null (discarded). */
  async #fromCache(entry: PackedPackage) {
    const { cache, appId } = this.options
    const mark = this.#marker(entry)
    const start = mark.now()
    const data = await cache.read(appId, this.version, entry.file)
    mark('cache', start, { bytes: data?.length ?? 0, hit: data !== null })
    if (!data) return null
    const problem = await this.#verify(entry, data)
    const files = problem ? null : this.#unpack(entry, data)
    if (files) return files
    this.options.log?.(
      `[package cache] ${entry.name} of ${appId} ${this.version} is corrupted (${problem ?? 'does not unpack'}): discarded, downloading it again`,
    )
    await cache.remove(appId, this.version, entry.file)
    return null
  }

  async #download(entry: PackedPackage) {
    const { transport, cache, appId, retries, onProgress } = this.options
    const url = new URL(entry.file, base(this.options.cdn)).href
    const mark = this.#marker(entry)
    for (let round = 1; ; round++) {
      const start = mark.now()
      const got = await download(transport, {
        url,
        name: entry.name,
        size: entry.size,
        retries,
        onProgress,
      })
      mark('download', start, { bytes: got.data.length, attempts: got.attempts })
      const problem = await this.#verify(entry, got.data)
      if (problem) {
        // a whole response with the wrong bytes: once more from the start, then give up
        if (round < 2) continue
        throw new DownloadError(`${entry.name}: ${problem} (downloaded twice from ${url})`)
      }
      const files = this.#unpack(entry, got.data)
      if (!files)
        throw new DownloadError(`${entry.name}: the digest matches but it does not unpack`)
      await cache.write(appId, this.version, entry.file, got.data)
      return files
    }
  }

  /** Null when `data` is the package the manifest names, else what is wrong. */
  async #verify(entry: PackedPackage, data: Uint8Array): Promise<string | null> {
    const mark = this.#marker(entry)
    const start = mark.now()
    const digest = await sha256Hex(data)
    mark('verify', start, { bytes: data.length })
    if (data.length !== entry.size)
      return `${data.length} B where the manifest says ${entry.size} B`
    if (digest !== entry.sha256)
      return `SHA-256 ${digest.slice(0, 12)}… where the manifest says ${entry.sha256.slice(0, 12)}…`
    return null
  }

  #unpack(entry: PackedPackage, data: Uint8Array) {
    const mark = this.#marker(entry)
    const start = mark.now()
    try {
      return decodeWxapkg(data, entry.file)
    } catch {
      return null
    } finally {
      mark('unpack', start, { bytes: data.length })
    }
  }

  #marker(entry: PackedPackage) {
    const timeline = this.options.timeline
    const mark = (phase: string, start: number, detail: Record<string, unknown>) =>
      timeline?.mark(phase, 'host', start, timeline.now(), { package: entry.name, detail })
    return Object.assign(mark, { now: () => timeline?.now() ?? 0 })
  }
}

function parseManifest(text: string, where: string): PackManifest {
  let manifest: PackManifest
  try {
    manifest = JSON.parse(text) as PackManifest
  } catch {
    throw new Error(`${where}: the pack manifest is not JSON`)
  }
  if (manifest?.version !== 1 || !Array.isArray(manifest.packages) || !manifest.contentVersion)
    throw new Error(`${where}: not a pack manifest (version 1 with packages)`)
  return manifest
}

function base(cdn: string): string {
  const absolute = new URL(cdn, globalThis.location?.href).href
  return absolute.endsWith('/') ? absolute : `${absolute}/`
}
