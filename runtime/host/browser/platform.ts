// The browser home of the host (the simulator page): logic in a Web Worker (or this page's
// thread in single-thread mode), each page's view in an iframe, storage in localStorage,
// network through fetch and WebSocket. Nothing here is Node; the dev server serves it as is.

import { fromPostMessage, inProcessPair } from '../../../bridge/index.ts'
import type { HostToLogic, LogicToHost } from '../../../bridge/protocol.ts'
import { startLogic } from '../../logic/index.ts'
import type { HostPlatform, LogicThread } from '../platform.ts'
import { browserApiServices } from './api-services.ts'
import { openIframeView, prepareIframeView, type IframeViewOptions } from './iframe-view.ts'

export interface BrowserPlatformOptions extends IframeViewOptions {
  /** Starts the logic worker (the page knows its URL: Vite's `new Worker(new URL(…))`). */
  createLogicWorker(): Worker
}

export function createBrowserPlatform(options: BrowserPlatformOptions): HostPlatform {
  return {
    startLogic: (mode, onCrash) =>
      mode === 'worker' ? startWorker(options.createLogicWorker(), onCrash) : startInPage(),
    openView: (request) => openIframeView(request, options),
    prepareView: () => prepareIframeView(options),
    apiServices: browserApiServices,
  }
}

function startWorker(worker: Worker, onCrash: (error: Error) => void): LogicThread {
  const endpoint = fromPostMessage<LogicToHost, HostToLogic>(worker)
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    onCrash(new Error(event.message || 'the logic worker failed to load'))
  })
  return {
    endpoint,
    async close() {
      endpoint.close() // terminates the worker
    },
  }
}

function startInPage(): LogicThread {
  const [host, logic] = inProcessPair<LogicToHost, HostToLogic>()
  startLogic(logic, { localConsole: false })
  return {
    endpoint: host,
    async close() {
      host.close()
    },
  }
}
