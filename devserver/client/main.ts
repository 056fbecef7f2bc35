// The simulator page: the host runs here, on the browser platform (logic in a Web Worker, each
// page's view in an iframe of the phone's page area, storage in localStorage). The phone and its
// native UI come from ./ui, with the dev panels (console, AppData, storage, bridge) beside the
// phone. `window.__mpsim` exposes the host for tests and the console.

import { createBrowserPlatform } from '../../runtime/host/browser/index.ts'
import { Host } from '../../runtime/host/host.ts'
import type { HostPlatform, LogicMode } from '../../runtime/host/platform.ts'
import {
  hostSession,
  mountPanels,
  mountSimulator,
  type MountedPanels,
  type MountedSimulator,
} from './ui/index.ts'
import './ui/simulator.css'
import { connectHotReload } from './hot-reload.ts'
import { cdnLaunch, devInfo, earlyWorker, packageOf } from './early-start.ts'
import { afterCdnStart } from '../../packages/loader/browser.ts'
import { showBuildErrors, showFailure } from './overlay.ts'
import { viewFrameUrl } from './view-origin.ts'
import { loadingFromQuery } from './launch-query.ts'
import { mountHomeButton } from './ui/phone/home-button.ts'
import { earlyViewFrame } from './spare-frame.ts'

declare global {
  interface Window {
    __mpsim?: {
      host: Host
      simulator: MountedSimulator
      panels: MountedPanels
      ready: Promise<void>
    }
  }
}

// The logic worker's bundle (devserver/server/bundles.ts builds it beside this page's).
const startLogicWorker = () =>
  new Worker('/__mpsim/bundle/logic.js', { type: 'module', name: 'mpsim-logic' })

/** `?mode=single-thread` runs the logic on this page's thread instead of a worker. */
const logicMode = (): LogicMode =>
  new URLSearchParams(window.location.search).get('mode') === 'single-thread'
    ? 'single-thread'
    : 'worker'

// Started at once, before the page draws anything (early-start.ts, spare-frame.ts): the info,
// the package, the logic worker and the first page's view frame load side by side. The
// `mpsim:…` marks time the start (bench/simulator).
performance.mark('mpsim:script')
const mode = logicMode()
const info = devInfo()
const pkg = packageOf(info)
pkg.then(() => performance.mark('mpsim:package')).catch(() => {}) // start() reports a failure
const worker = mode === 'worker' ? earlyWorker(startLogicWorker) : null
const frameUrl = viewFrameUrl()
const firstFrame = earlyViewFrame(frameUrl)

async function start(root: HTMLElement): Promise<void> {
  const { errors, appId } = await info
  if (errors.length) {
    worker?.drop()
    firstFrame.drop()
    connectHotReload({ host: null, root }) // a build that compiles reloads the page
    return showBuildErrors(root, errors)
  }
  const loaded = (await pkg)!
  let pageArea: HTMLElement | null = null
  const container = () => pageArea ?? root
  const browser = createBrowserPlatform({
    container,
    frameUrl,
    createLogicWorker: () => worker?.take() ?? startLogicWorker(),
  })
  const platform: HostPlatform = {
    ...browser,
    openView: (request) => firstFrame.open(request, container()) ?? browser.openView(request),
  }
  const loading = loadingFromQuery(window.location.search)
  const host = new Host(
    loaded,
    { appId, timeoutMs: 20_000, mode, timeline: cdnLaunch()?.timeline, ...loading },
    platform,
  )
  const session = hostSession(host, {
    assetUrl: (path) => `/__mpsim/project/${path.replace(/^\/+/, '')}`,
  })
  // The phone on the left, the panels beside it (index.html lays the two columns out).
  const phoneColumn = root.appendChild(document.createElement('div'))
  phoneColumn.className = 'mpsim-dev-phone'
  const panelColumn = root.appendChild(document.createElement('div'))
  panelColumn.className = 'mpsim-dev-panels'
  const simulator = mountSimulator(phoneColumn, session)
  const panels = mountPanels(panelColumn, session)
  pageArea = simulator.pageArea
  mountHomeButton(phoneColumn.querySelector('.mpsim-toolbar')!, screenOf(pageArea), host)
  const ready = host.start()
  const fromCdn = cdnLaunch()
  if (fromCdn) void ready.then(() => afterCdnStart(host, fromCdn))
  window.__mpsim = { host, simulator, panels, ready }
  window.addEventListener('pagehide', () => void host.close())
  connectHotReload({ host, root })
  await ready
}

const root = document.getElementById('app')!
start(root).catch((error: unknown) => showFailure(root, error))

/** The phone's screen (the page area's parent): the Home button's cover goes over it. */
function screenOf(pageArea: HTMLElement): HTMLElement {
  return pageArea.parentElement ?? pageArea
}
