// The logic thread's only link to the outside: a message endpoint. The bridge's transports
// (worker_threads MessagePort, a Web Worker's postMessage, an in-process channel) implement it;
// nothing in the logic runtime knows which one it runs on.

import type { HostToLogic, LogicToHost } from '../../bridge/protocol.ts'

export interface LogicPort {
  post(message: LogicToHost): void
  onMessage(handler: (message: HostToLogic) => void): void
}
