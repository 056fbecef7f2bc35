// Launching a host in Node: build or read the package from disk, or load it from a CDN (cold:
// downloaded; hot: from the package cache), run it on the Node platform (worker_threads, jsdom,
// disk, node:http) and wait until it settled. After a launch from the CDN the host checks for
// an update in the background (wx.getUpdateManager).

import { folderCache } from '../../packages/loader/folder-cache.ts'
import { loadFromCdn } from '../../packages/loader/launch.ts'
import { nodeHttpTransport } from '../../packages/loader/node-http.ts'
import { Host, type HostOptions } from './host.ts'
import { nodePlatform } from './node/platform.ts'
import { loadPackage } from './package.ts'
import { Timeline } from './timeline.ts'
import type { LoadedPackage } from './platform.ts'
import type { UpdateDriver } from './update-manager.ts'

/** Builds, reads or downloads the package, starts logic, launches the app and waits until it
 *  settled. */
export async function launchHost(options: HostOptions): Promise<Host> {
  const timeline = options.timeline ?? new Timeline()
  timeline.beginLaunch(options.cdn ? (options.load ?? 'cold') : 'local')
  const notes: string[] = []
  const { pkg, updates } = await obtainPackage(options, timeline, notes)
  const host = new Host(pkg, { ...options, timeline }, nodePlatform)
  for (const note of notes) host.log('info', note)
  try {
    await host.start()
  } catch (error) {
    await host.close()
    throw error
  }
  if (updates) void host.updates.check(updates)
  return host
}

async function obtainPackage(
  options: HostOptions,
  timeline: Timeline,
  notes: string[],
): Promise<{ pkg: LoadedPackage; updates?: UpdateDriver }> {
  if (!options.cdn) return { pkg: await loadPackage(options) }
  return loadFromCdn({
    cdn: options.cdn,
    appId: options.appId ?? 'mpsim-app',
    load: options.load,
    cache: folderCache(options.cacheDir),
    transport: nodeHttpTransport,
    timeline,
    log: (message) => notes.push(message),
  })
}
