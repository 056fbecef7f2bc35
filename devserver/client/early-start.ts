// What the simulator page starts the moment its script runs, all at once: the app's info (in
// the page's HTML, else /__mpsim/info.json), the package (the build files), and the logic Worker.
// One after another they took ~150 ms (info, then the package) and ~175 ms (the worker loading
// and starting) before the first page was even created; now the worker loads its bundle while
// the package arrives. (The first page's view frame starts here too: spare-frame.ts.)

import {
  cdnFromQuery,
  loadFromCdnInBrowser,
  type BrowserCdnLaunch,
} from '../../packages/loader/browser.ts'
import { fetchPackage } from '../../runtime/host/browser/index.ts'
import type { LoadedPackage } from '../../runtime/host/platform.ts'
import type { DevInfo } from '../server/index.ts'
import { buildUrl } from './hot-reload.ts'
import { INFO_ELEMENT_ID } from './info-element.ts'

/** The dev server's info: from the page itself, or (an older page) one request. */
export async function devInfo(doc: Document = document): Promise<DevInfo> {
  const inline = doc.getElementById(INFO_ELEMENT_ID)?.textContent
  if (inline) return JSON.parse(inline) as DevInfo
  return (await (await fetch('/__mpsim/info.json')).json()) as DevInfo
}

let fromCdn: BrowserCdnLaunch | null = null

/** The launch from a CDN this page made (`?cdn=…&load=cold|hot`), if it made one. */
export const cdnLaunch = (): BrowserCdnLaunch | null => fromCdn

/** The package of a build that compiled; null when it did not (the page shows its errors).
 *  With `?cdn=` it is the CDN's, downloaded or from the page's package cache (IndexedDB). */
export async function packageOf(info: Promise<DevInfo>): Promise<LoadedPackage | null> {
  const { errors, version, appId } = await info
  const query = cdnFromQuery(globalThis.location?.search ?? '')
  if (query) {
    fromCdn = await loadFromCdnInBrowser(query, appId)
    return fromCdn.pkg
  }
  // by version: after a rebuild, hot reload compares the build it runs with the new one
  return errors.length ? null : fetchPackage(buildUrl(version))
}

/**
 * A logic Worker started now, for the host that is made later. What it says before the host
 * listens (its `ready`, or a failure to load) is held and handed on once the host took it:
 * the first call gets this worker, later calls (a relaunch) a new one. `drop()` ends it when
 * no host will take it (the build did not compile).
 */
export function earlyWorker(start: () => Worker): { take(): Worker; drop(): void } {
  let early: Worker | null = start()
  const held: Event[] = []
  const hold = (event: Event) => void held.push(event)
  early.addEventListener('message', hold)
  early.addEventListener('error', hold)
  return {
    take() {
      if (!early) return start()
      const worker = early
      early = null
      // in a microtask: the platform adds its own listeners right after this call returns
      queueMicrotask(() => {
        worker.removeEventListener('message', hold)
        worker.removeEventListener('error', hold)
        for (const event of held.splice(0)) worker.dispatchEvent(copyOf(event))
      })
      return worker
    },
    drop() {
      early?.terminate()
      early = null
    },
  }
}

/** A held event again (an event is dispatched once). */
function copyOf(event: Event): Event {
  if (event instanceof MessageEvent) return new MessageEvent('message', { data: event.data })
  const error = event as ErrorEvent
  return new ErrorEvent('error', { message: error.message, cancelable: true })
}
