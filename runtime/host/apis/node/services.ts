// The API services of the Node home: storage in a JSON file per app (or memory), files on disk,
// network through node:http/https and ws.

import { createNetworkApis } from '../network/index.ts'
import type { ApiServices } from '../services.ts'
import { createMemoryStorage } from '../storage/store.ts'
import { createFileStorage } from './file-storage.ts'
import { createTempFiles } from './temp-files.ts'

export const nodeApiServices: ApiServices = {
  storage: (appId, storageDir) =>
    storageDir ? createFileStorage(storageDir, appId) : createMemoryStorage(),
  files: (root) => createTempFiles(root),
  network: (ctx) => createNetworkApis(ctx),
}
