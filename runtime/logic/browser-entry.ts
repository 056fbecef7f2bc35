// The logic thread's entry in the browser: a module Web Worker started by the simulator page
// (runtime/host/browser/platform.ts). It joins the runtime to the worker's own postMessage.

import { fromPostMessage, type MessageEventTargetLike } from '../../bridge/endpoint.ts'
import type { PostMessageTargetLike } from '../../bridge/endpoint.ts'
import type { HostToLogic, LogicToHost } from '../../bridge/protocol.ts'
import { startLogic } from './index.ts'

const scope = globalThis as unknown as PostMessageTargetLike & MessageEventTargetLike
// `terminate` is the page's to call; the worker never ends itself by closing its endpoint.
const endpoint = fromPostMessage<HostToLogic, LogicToHost>({
  postMessage: (message: unknown) => scope.postMessage(message),
  addEventListener: (type, listener) => scope.addEventListener(type, listener),
  removeEventListener: (type, listener) => scope.removeEventListener(type, listener),
})
// The host shows the app's logs from `log` messages; the worker's console prints them too, so
// the browser's devtools see them where they were written.
startLogic(endpoint, { localConsole: true })
