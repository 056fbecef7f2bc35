// wx.connectSocket and the SocketTask, over a real WebSocket (`ws`). connectSocket answers at
// once (success means the connection was started, as on the platform); the socket's life comes
// back as events on its objectId, named as the SocketTask listeners: 'onOpen' ({ header }),
// 'onMessage' ({ data }: string or ArrayBuffer), 'onError' ({ errMsg }), 'onClose'
// ({ code, reason }).
//
// Methods are APIs: 'SocketTask.send' ({ objectId, data }), 'SocketTask.close'
// ({ objectId, code?, reason? }). The legacy global forms, sendSocketMessage and closeSocket,
// act on the most recent socket. At most 5 sockets at once (docs, since base library 1.7.0).
// Wording from memory of the devtools, not found verbatim: "SocketTask.send:fail
// SocketTask.readyState is not OPEN", "sendSocketMessage:fail WebSocket is not connected".

import WebSocket from 'ws'
import { checkParams } from '../validate.ts'
import { type ApiArgs, type ApiContext, type ApiTable, fail, ok } from '../types.ts'
import { MAX_SOCKETS, checkConnectSocket } from './checks.ts'
import { cleanHeaders, toArrayBuffer } from './encode.ts'

export { MAX_SOCKETS }

export class SocketTable {
  private sockets = new Map<number, WebSocket>()
  private latest: number | null = null

  connect = (args: ApiArgs, ctx: ApiContext) => {
    const api = 'connectSocket'
    const error = checkConnectSocket(args)
    if (error) return error
    const url = args.url as string
    if (this.sockets.size >= MAX_SOCKETS) return fail(api, 'exceed max task count')
    const objectId = typeof args.objectId === 'number' ? args.objectId : ctx.nextObjectId()
    const socket = new WebSocket(url, (args.protocols as string[] | undefined) ?? [], {
      headers: cleanHeaders((args.header as Record<string, unknown> | undefined) ?? {}),
      handshakeTimeout: (args.timeout as number | undefined) ?? ctx.networkTimeout.connectSocket,
    })
    this.sockets.set(objectId, socket)
    this.latest = objectId
    this.wire(objectId, socket, ctx)
    return ok(api, { socketTaskId: objectId })
  }

  send = (args: ApiArgs) => this.sendOn('SocketTask.send', args.objectId, args)

  close = (args: ApiArgs) => this.closeOn('SocketTask.close', args.objectId, args)

  sendLegacy = (args: ApiArgs) => this.sendOn('sendSocketMessage', this.latest, args)

  closeLegacy = (args: ApiArgs) => this.closeOn('closeSocket', this.latest, args)

  closeAll() {
    for (const socket of this.sockets.values()) socket.terminate()
    this.sockets.clear()
  }

  private wire(objectId: number, socket: WebSocket, ctx: ApiContext) {
    let header: Record<string, string> = {}
    socket.on('upgrade', (res) => (header = headerRecord(res.headers)))
    socket.on('open', () => ctx.emit(objectId, 'onOpen', { header, profile: {} }))
    socket.on('message', (data, isBinary) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer)
      ctx.emit(objectId, 'onMessage', {
        data: isBinary ? toArrayBuffer(bytes) : bytes.toString('utf8'),
      })
    })
    socket.on('error', (e) => ctx.emit(objectId, 'onError', { errMsg: e.message }))
    socket.on('close', (code, reason) => {
      this.sockets.delete(objectId)
      ctx.emit(objectId, 'onClose', { code, reason: reason.toString('utf8') })
    })
  }

  private sendOn(api: string, objectId: unknown, args: ApiArgs) {
    const socket = typeof objectId === 'number' ? this.sockets.get(objectId) : undefined
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      const legacy = api === 'sendSocketMessage'
      return fail(api, legacy ? 'WebSocket is not connected' : 'SocketTask.readyState is not OPEN')
    }
    const data = args.data
    if (typeof data === 'string') socket.send(data)
    else if (data instanceof ArrayBuffer) socket.send(Buffer.from(data))
    else
      return fail(
        api,
        `parameter error: parameter.data should be String or ArrayBuffer instead of ${typeof data === 'object' ? 'Object' : typeof data};`,
      )
    return ok(api)
  }

  private closeOn(api: string, objectId: unknown, args: ApiArgs) {
    const error = checkParams(api, args, {}, { code: 'Number', reason: 'String' })
    if (error) return error
    const socket = typeof objectId === 'number' ? this.sockets.get(objectId) : undefined
    if (!socket) return fail(api, 'WebSocket is not connected')
    try {
      socket.close(
        (args.code as number | undefined) ?? 1000,
        (args.reason as string | undefined) ?? '',
      )
    } catch (e) {
      // ws refuses codes a client may not send (only 1000 and 3000–4999).
      return fail(api, e instanceof Error ? e.message : String(e))
    }
    return ok(api)
  }
}

function headerRecord(headers: Record<string, string | string[] | undefined>) {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = String(v)
  return out
}

export function socketApis(table: SocketTable): ApiTable {
  return {
    connectSocket: table.connect,
    'SocketTask.send': table.send,
    'SocketTask.close': table.close,
    sendSocketMessage: table.sendLegacy,
    closeSocket: table.closeLegacy,
  }
}
