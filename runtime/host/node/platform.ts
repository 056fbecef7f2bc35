// The Node home of the host (headless): logic in a worker_threads Worker (or this thread), a jsdom
// document per page, storage and files on disk, network through node:http and ws.

import { nodeApiServices } from '../apis/node/services.ts'
import { startLogicThread } from '../logic-thread.ts'
import type { HostPlatform } from '../platform.ts'
import { openJsdomView, prepareJsdomView } from './jsdom-view.ts'

export const nodePlatform: HostPlatform = {
  startLogic: startLogicThread,
  openView: openJsdomView,
  prepareView: prepareJsdomView,
  apiServices: nodeApiServices,
}
