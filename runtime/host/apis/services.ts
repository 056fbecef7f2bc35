// What the API registry needs from the home it runs in: where an app's storage and files live,
// and how network calls go out. Node's (disk, node:http, ws) are in node/services.ts; the
// browser's (localStorage, memory, fetch, WebSocket) in ../browser/api-services.ts.

import type { TempFiles } from './files.ts'
import type { StorageBackend } from './storage/store.ts'
import type { ApiContext, ApiTable } from './types.ts'

export interface ApiServices {
  /** The app's storage; `storageDir` is the host option (a folder in Node). */
  storage(appId: string, storageDir: string | undefined): StorageBackend
  /** Temp and user-data files; `root` is the host option (a folder in Node). */
  files(root: string | undefined): TempFiles
  /** request, downloadFile, uploadFile, connectSocket and their task methods. Running tasks
   *  end when the registry is disposed (`ctx.onDispose`). */
  network(ctx: Pick<ApiContext, 'onDispose'>): ApiTable
}
