// The API services of the browser home: storage in localStorage per appId, files in memory,
// wx.request through fetch, sockets through the browser's WebSocket. downloadFile and
// uploadFile are not there yet: they answer "not supported in the browser simulator".

import type { ApiServices } from '../apis/services.ts'
import { type ApiTable, fail } from '../apis/types.ts'
import { createMemoryFiles } from './files.ts'
import { fetchRequestApi } from './request.ts'
import { browserSocketApis } from './socket.ts'
import { createLocalStorage } from './storage.ts'

const notYet = (api: string) => () => fail(api, 'not supported in the browser simulator yet')

export const browserApiServices: ApiServices = {
  storage: (appId) => createLocalStorage(appId),
  files: () => createMemoryFiles(),
  network(ctx) {
    const requests = new Map<number, AbortController>()
    const sockets = browserSocketApis()
    ctx.onDispose(() => {
      for (const controller of requests.values()) controller.abort()
      sockets.closeAll()
    })
    const apis: ApiTable = {
      request: fetchRequestApi(requests),
      'RequestTask.abort': (args) => {
        if (typeof args.objectId === 'number') requests.get(args.objectId)?.abort()
        return { errMsg: 'RequestTask.abort:ok' }
      },
      downloadFile: notYet('downloadFile'),
      uploadFile: notYet('uploadFile'),
      ...sockets.apis,
    }
    return apis
  },
}
