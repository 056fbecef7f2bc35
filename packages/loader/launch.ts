// A launch's packages from the CDN (both homes): open the source (cold or hot), load the main
// package, remember it as the cache's current version, and make the update driver the host
// runs after the launch. The home gives its transport and cache.

import type { LoadedPackage } from '../../runtime/host/platform.ts'
import type { Timeline } from '../../runtime/host/timeline.ts'
import type { UpdateDriver } from '../../runtime/host/update-manager.ts'
import { packageFromSource } from './loaded-package.ts'
import { openPackageSource, setCurrentVersion, type OpenSourceOptions } from './source.ts'
import type { DownloadProgress, HttpTransport, PackageCache } from './types.ts'
import { cdnUpdates } from './updates.ts'

export interface CdnLaunch {
  cdn: string
  appId: string
  load?: 'cold' | 'hot'
  cache: PackageCache
  transport: HttpTransport
  timeline: Timeline
  retries?: number
  onProgress?(progress: DownloadProgress): void
  log?(message: string): void
}

export async function loadFromCdn(
  launch: CdnLaunch,
): Promise<{ pkg: LoadedPackage; updates: UpdateDriver }> {
  const options: OpenSourceOptions = { ...launch }
  const source = await openPackageSource(options)
  launch.timeline.setStrategy(source.strategy)
  const pkg = await packageFromSource(source, launch.cdn)
  if (source.strategy === 'cold') await setCurrentVersion(options, source.manifest)
  return { pkg, updates: cdnUpdates(options, source.version) }
}
