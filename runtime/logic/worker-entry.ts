// The logic thread's entry in Node: a worker_threads Worker started by the host
// (runtime/host/logic-thread.ts). It joins the runtime to the parent port and forwards unhandled
// rejections, which Node reports on `process` rather than as an event of the thread.
// Type-checked with Node's types (root tsconfig); the DOM- and Node-free check of
// runtime/logic/tsconfig.json excludes this one file.

import { parentPort } from 'node:worker_threads'
import { fromMessagePort } from '../../bridge/endpoint.ts'
import type { HostToLogic, LogicToHost } from '../../bridge/protocol.ts'
import { startLogic } from './index.ts'

if (!parentPort) throw new Error('runtime/logic/worker-entry.ts must run in a worker thread')

const endpoint = fromMessagePort<HostToLogic, LogicToHost>(parentPort)
// The host collects logs from `log` messages; printing them here too would double them.
const runtime = startLogic(endpoint, { localConsole: false })

process.on('unhandledRejection', (reason, promise) => runtime.unhandledRejection(reason, promise))
