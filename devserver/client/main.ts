// The simulator page: the host runs here, on the browser platform (logic in a Web Worker, each
// page's view in an iframe of the phone's page area, storage in localStorage). The phone and its
// native UI come from ./ui. `window.__mpsim` exposes the host for tests and the console.

import { createBrowserPlatform, fetchPackage } from '../../runtime/host/browser/index.ts'
import { Host } from '../../runtime/host/host.ts'
import type { DevInfo } from '../server/index.ts'
import { hostSession, mountSimulator, type MountedSimulator } from './ui/index.ts'
import './ui/simulator.css'
import { buildUrl, connectHotReload } from './hot-reload.ts'
import { showBuildErrors, showFailure } from './overlay.ts'
import { viewFrameUrl } from './view-origin.ts'

declare global {
  interface Window {
    __mpsim?: { host: Host; simulator: MountedSimulator; ready: Promise<void> }
  }
}

const startLogicWorker = () =>
  new Worker(new URL('../../runtime/logic/browser-entry.ts', import.meta.url), {
    type: 'module',
    name: 'mpsim-logic',
  })

async function start(root: HTMLElement): Promise<void> {
  const info = (await (await fetch('/__mpsim/info.json')).json()) as DevInfo
  if (info.errors.length) {
    connectHotReload({ host: null, root }) // a build that compiles reloads the page
    return showBuildErrors(root, info.errors)
  }
  // by version: after a rebuild, hot reload compares the build it runs with the new one
  const pkg = await fetchPackage(buildUrl(info.version))
  let pageArea: HTMLElement | null = null
  const platform = createBrowserPlatform({
    container: () => pageArea ?? root,
    frameUrl: viewFrameUrl(),
    createLogicWorker: startLogicWorker,
  })
  const host = new Host(pkg, { appId: info.appId, timeoutMs: 20_000 }, platform)
  const session = hostSession(host, {
    assetUrl: (path) => `/__mpsim/project/${path.replace(/^\/+/, '')}`,
  })
  const simulator = mountSimulator(root, session)
  pageArea = simulator.pageArea
  const ready = host.start()
  window.__mpsim = { host, simulator, ready }
  window.addEventListener('pagehide', () => void host.close())
  connectHotReload({ host, root })
  await ready
}

const root = document.getElementById('app')!
start(root).catch((error: unknown) => showFailure(root, error))
