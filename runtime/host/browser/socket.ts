// wx.connectSocket and the SocketTask in the browser home, over the browser's WebSocket. Events
// and errors as in the Node home (apis/network/socket.ts). A browser WebSocket cannot send
// custom headers, so `header` is ignored; binary messages arrive as ArrayBuffer.

import { MAX_SOCKETS, checkConnectSocket } from '../apis/network/checks.ts'
import { checkParams } from '../apis/validate.ts'
import { type ApiArgs, type ApiContext, type ApiTable, fail, ok } from '../apis/types.ts'

export function browserSocketApis(): { apis: ApiTable; closeAll(): void } {
  const sockets = new Map<number, WebSocket>()
  let latest: number | null = null

  const connect = (args: ApiArgs, ctx: ApiContext) => {
    const api = 'connectSocket'
    const error = checkConnectSocket(args)
    if (error) return error
    const url = args.url as string
    if (sockets.size >= MAX_SOCKETS) return fail(api, 'exceed max task count')
    const objectId = typeof args.objectId === 'number' ? args.objectId : ctx.nextObjectId()
    const socket = new WebSocket(url, (args.protocols as string[] | undefined) ?? [])
    socket.binaryType = 'arraybuffer'
    sockets.set(objectId, socket)
    latest = objectId
    socket.onopen = () => ctx.emit(objectId, 'onOpen', { header: {}, profile: {} })
    socket.onmessage = (e) => ctx.emit(objectId, 'onMessage', { data: e.data as unknown })
    socket.onerror = () => ctx.emit(objectId, 'onError', { errMsg: 'WebSocket error' })
    socket.onclose = (e) => {
      sockets.delete(objectId)
      ctx.emit(objectId, 'onClose', { code: e.code, reason: e.reason })
    }
    return ok(api, { socketTaskId: objectId })
  }

  const sendOn = (api: string, objectId: unknown, args: ApiArgs) => {
    const socket = typeof objectId === 'number' ? sockets.get(objectId) : undefined
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      const legacy = api === 'sendSocketMessage'
      return fail(api, legacy ? 'WebSocket is not connected' : 'SocketTask.readyState is not OPEN')
    }
    if (typeof args.data !== 'string' && !(args.data instanceof ArrayBuffer))
      return fail(api, 'parameter error: parameter.data should be String or ArrayBuffer;')
    socket.send(args.data)
    return ok(api)
  }

  const closeOn = (api: string, objectId: unknown, args: ApiArgs) => {
    const error = checkParams(api, args, {}, { code: 'Number', reason: 'String' })
    if (error) return error
    const socket = typeof objectId === 'number' ? sockets.get(objectId) : undefined
    if (!socket) return fail(api, 'WebSocket is not connected')
    try {
      socket.close((args.code as number | undefined) ?? 1000, (args.reason as string) ?? '')
    } catch (e) {
      return fail(api, e instanceof Error ? e.message : String(e))
    }
    return ok(api)
  }

  return {
    apis: {
      connectSocket: connect,
      'SocketTask.send': (args) => sendOn('SocketTask.send', args.objectId, args),
      'SocketTask.close': (args) => closeOn('SocketTask.close', args.objectId, args),
      sendSocketMessage: (args) => sendOn('sendSocketMessage', latest, args),
      closeSocket: (args) => closeOn('closeSocket', latest, args),
    },
    closeAll() {
      for (const socket of sockets.values()) socket.close()
      sockets.clear()
    },
  }
}
