// The logic runtime's public face: `startLogic(port)` in a worker (or in-process), then the host
// sends `launch`. See README.md for the message flow and what the transports must add.

import { LogicRuntime, type StartLogicOptions } from './runtime.ts'
import { env } from './env.ts'
import type { LogicPort } from './port.ts'

export type { LogicPort } from './port.ts'
export type { LogicBundleSource } from './bundle.ts'
export type { StartLogicOptions } from './runtime.ts'
export { LogicRuntime } from './runtime.ts'
export { SET_DATA_LIMIT, tooLargeMessage, undefinedWarning } from './set-data.ts'
export { missingHandlerWarning } from './events.ts'
export { resolveModule } from './resolve.ts'

/**
 * Starts the logic runtime on `port` and tells the host it is ready. Where the thread has an
 * `unhandledrejection` event (Web Workers, browsers) it is listened to; in Node the entry must
 * forward `process.on('unhandledRejection')` to `runtime.unhandledRejection`.
 */
export function startLogic(port: LogicPort, options: StartLogicOptions = {}): LogicRuntime {
  const runtime = new LogicRuntime(port, options)
  env.addEventListener?.('unhandledrejection', (event) => {
    event.preventDefault?.()
    runtime.unhandledRejection(event.reason, event.promise)
  })
  port.post({ type: 'ready' })
  return runtime
}
