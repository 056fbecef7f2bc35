// Loading from a CDN in the browser home (the simulator page): fetch and IndexedDB under the
// same loader as Node's. `?cdn=<url>&load=cold|hot&appId=<id>` on the simulator's URL picks it
// (devserver/client/early-start.ts).

import type { Host } from '../../runtime/host/host.ts'
import type { LoadedPackage } from '../../runtime/host/platform.ts'
import { Timeline } from '../../runtime/host/timeline.ts'
import type { UpdateDriver } from '../../runtime/host/update-manager.ts'
import { fetchTransport } from './fetch-transport.ts'
import { indexedDbCache } from './indexeddb-cache.ts'
import { loadFromCdn } from './launch.ts'

export interface CdnQuery {
  cdn: string
  load: 'cold' | 'hot'
  appId?: string
}

/** `?cdn=…&load=…&appId=…`, or null when the page loads the dev server's build. */
export function cdnFromQuery(search: string): CdnQuery | null {
  const params = new URLSearchParams(search)
  const cdn = params.get('cdn')
  if (!cdn) return null
  const load = params.get('load') === 'hot' ? 'hot' : 'cold'
  return { cdn, load, appId: params.get('appId') ?? undefined }
}

export interface BrowserCdnLaunch {
  pkg: LoadedPackage
  timeline: Timeline
  updates: UpdateDriver
  /** What the loader said (cache entries discarded…), for the host's log. */
  notes: string[]
}

export async function loadFromCdnInBrowser(
  query: CdnQuery,
  fallbackAppId: string,
): Promise<BrowserCdnLaunch> {
  const timeline = new Timeline()
  timeline.beginLaunch(query.load)
  const notes: string[] = []
  const { pkg, updates } = await loadFromCdn({
    cdn: query.cdn,
    appId: query.appId ?? fallbackAppId,
    load: query.load,
    cache: indexedDbCache(),
    transport: fetchTransport,
    timeline,
    log: (message) => notes.push(message),
  })
  return { pkg, timeline, updates, notes }
}

/** After the host started: the loader's notes in its log, and the background update check. */
export function afterCdnStart(host: Host, launch: BrowserCdnLaunch): void {
  for (const note of launch.notes) host.log('info', note)
  void host.updates.check(launch.updates)
}
