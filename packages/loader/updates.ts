// The update driver of a launch from the CDN (runtime/host/update-manager.ts): the check reads
// the CDN's pack manifest and compares its contentVersion with the running one; the download
// fetches, verifies and caches every package of the new version and only then makes it the
// cache's current version, so a failed download leaves the running version in place.

import type { LoadedPackage } from '../../runtime/host/platform.ts'
import type { UpdateDriver } from '../../runtime/host/update-manager.ts'
import type { PackManifest } from '../pack.ts'
import { packageFromSource } from './loaded-package.ts'
import {
  fetchManifest,
  openPackageSource,
  setCurrentVersion,
  sourceForManifest,
  type OpenSourceOptions,
} from './source.ts'

export function cdnUpdates(options: OpenSourceOptions, running: string): UpdateDriver {
  // the check's own requests do not belong to the launch's timeline
  const quiet = { ...options, timeline: undefined, onProgress: undefined }
  let latest: PackManifest | null = null
  return {
    async check() {
      latest = await fetchManifest(quiet)
      return latest.contentVersion !== running
    },
    async download() {
      if (!latest) throw new Error('update: check first')
      const source = sourceForManifest(quiet, latest, 'cold')
      for (const entry of latest.packages) await source.files(entry.name)
      await setCurrentVersion(quiet, latest)
    },
    async next(): Promise<LoadedPackage> {
      const source = await openPackageSource({ ...options, load: 'hot' })
      return packageFromSource(source, options.cdn)
    },
  }
}
