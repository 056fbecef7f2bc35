// Hot reload in the simulator page: listens to the dev server's rebuilds (/__mpsim/events), and
// applies each good one through the host (`Host.hotUpdate`, runtime/host/hot-reload.ts: restyle,
// render again, or relaunch on the same pages), one at a time. A build that does not compile
// shows its errors in the overlay and in the console; the app keeps the last good build, and
// the overlay goes when a build compiles again.

import { fetchPackage } from '../../runtime/host/browser/index.ts'
import type { Host } from '../../runtime/host/host.ts'
import { hideCompileErrors, showCompileErrors } from './overlay.ts'

/** What a `build` event carries (devserver/server/watch.ts HotBuildEvent). */
interface BuildEvent {
  ok: boolean
  version: number
  errors: string[]
  files: string[]
}

export interface HotReloadOptions {
  /** The running app; null when the first build did not compile (a good build reloads). */
  host: Host | null
  /** Where the overlay goes. */
  root: HTMLElement
}

/** Where a build is served by version (the running one stays readable after a rebuild). */
export const buildUrl = (version: number) => `/__mpsim/builds/${version}/`

export interface HotReloadClient {
  /** Resolves when every build heard so far has been applied. */
  idle(): Promise<void>
  close(): void
}

export function connectHotReload(options: HotReloadOptions): HotReloadClient {
  const { host, root } = options
  const source = new EventSource('/__mpsim/events')
  let queue: Promise<void> = Promise.resolve()
  const apply = async (event: BuildEvent) => {
    const files = event.files.join(', ') || 'the project'
    if (!event.ok) {
      showCompileErrors(root, event.errors)
      const text = `[hot reload] ${files} changed: not applied, the project does not compile`
      host?.log('error', `${text}\n\n${event.errors.join('\n\n')}`)
      return
    }
    hideCompileErrors(root)
    if (!host) return location.reload()
    const next = await fetchPackage(buildUrl(event.version))
    const result = await host.hotUpdate(next)
    console.info(`[mpsim] ${files} changed: ${result.message}`)
  }
  source.addEventListener('build', (message) => {
    const event = JSON.parse((message as MessageEvent<string>).data) as BuildEvent
    queue = queue
      .then(() => apply(event))
      .catch((error: unknown) => {
        host?.log('error', `[hot reload] failed: ${String(error)}`)
        console.error('[mpsim] hot reload failed', error)
      })
  })
  return {
    idle: () => queue,
    close: () => source.close(),
  }
}
