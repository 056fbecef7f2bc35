// Where logic runs in the Node home: a `worker_threads` Worker (dual-thread) or this thread
// (single-thread mode). Either way the host gets one endpoint; nothing above knows which.
// Node-only: the browser home starts logic in a Web Worker (browser/platform.ts).

import { Worker } from 'node:worker_threads'
import { fromMessagePort, inProcessPair, type LogicEndpoint } from '../../bridge/index.ts'
import type { HostToLogic, LogicToHost } from '../../bridge/protocol.ts'
import { startLogic, type LogicRuntime } from '../logic/index.ts'
import type { LogicMode, LogicThread } from './platform.ts'

export type { LogicMode, LogicThread }

/** Beside the sources: the bootstrap that starts the esbuild bundle of
 *  runtime/logic/worker-entry.ts (or the entry through tsx). Beside the bundled CLI
 *  (dist/.cli/mpsim.mjs): that bundle itself, kept fresh by bin/mpsim.js. See bin/bundle.mjs. */
const WORKER_BOOT = new URL('./logic-worker.mjs', import.meta.url)

/** `onCrash`: the worker thread itself failed (its entry did not load, it ran out of memory). */
export function startLogicThread(mode: LogicMode, onCrash: (error: Error) => void): LogicThread {
  return mode === 'worker' ? startWorker(onCrash) : startInProcess()
}

function startWorker(onCrash: (error: Error) => void): LogicThread {
  // No inherited flags: the bootstrap sets up what the TypeScript entry needs.
  const worker = new Worker(WORKER_BOOT, { execArgv: [] })
  const endpoint = fromMessagePort<LogicToHost, HostToLogic>(worker)
  worker.on('error', onCrash)
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  return {
    endpoint,
    async close() {
      endpoint.close() // terminates the worker
      await exited
    },
  }
}

function startInProcess(): LogicThread {
  const [host, logic] = inProcessPair<LogicToHost, HostToLogic>()
  const runtime = startLogic(logic, { localConsole: false })
  inProcess.add(runtime)
  return {
    endpoint: host,
    async close() {
      inProcess.delete(runtime)
      runtime.stop()
      host.close()
    },
  }
}

/**
 * Logic runtimes on this thread. Node has no `unhandledrejection` event, only the process's,
 * so while any runs, a rejection nobody handled goes to the newest (single-thread mode runs one
 * app at a time) and is reported as app code's, instead of ending the process.
 */
const inProcess = new (class extends Set<LogicRuntime> {
  readonly #forward = (reason: unknown, promise: Promise<unknown>) =>
    [...this].at(-1)?.unhandledRejection(reason, promise)

  override add(runtime: LogicRuntime): this {
    if (this.size === 0) process.on('unhandledRejection', this.#forward)
    return super.add(runtime)
  }

  override delete(runtime: LogicRuntime): boolean {
    const removed = super.delete(runtime)
    if (removed && this.size === 0) process.off('unhandledRejection', this.#forward)
    return removed
  }
})()
