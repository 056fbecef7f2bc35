// The network APIs of one registry: their running tasks and sockets live here, so disposing the
// registry aborts every request and closes every socket.

import type { ApiContext, ApiTable } from '../types.ts'
import { requestApi } from './request.ts'
import { SocketTable, socketApis } from './socket.ts'
import { TaskTable } from './tasks.ts'
import { downloadFileApi, uploadFileApi } from './transfer.ts'

export function createNetworkApis(ctx: Pick<ApiContext, 'onDispose'>): ApiTable {
  const tasks = new TaskTable()
  const sockets = new SocketTable()
  ctx.onDispose(() => {
    tasks.abortAll()
    sockets.closeAll()
  })
  return {
    request: requestApi(tasks),
    'RequestTask.abort': tasks.abortApi('RequestTask.abort'),
    downloadFile: downloadFileApi(tasks),
    'DownloadTask.abort': tasks.abortApi('DownloadTask.abort'),
    uploadFile: uploadFileApi(tasks),
    'UploadTask.abort': tasks.abortApi('UploadTask.abort'),
    ...socketApis(sockets),
  }
}
