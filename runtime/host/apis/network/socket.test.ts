import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws'
import { createApiRegistry } from '../registry.ts'
import { eventRecorder } from './testing.ts'

const recorder = eventRecorder()
const wx = createApiRegistry({ appId: 'wxTest', emit: recorder.emit })
let server: WebSocketServer
let url: string
const serverSide: {
  socket: ServerSocket
  messages: unknown[]
  closed: Promise<[number, string]>
}[] = []

beforeAll(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  server.on('connection', (socket, req) => {
    const messages: unknown[] = []
    const closed = new Promise<[number, string]>((resolve) =>
      socket.on('close', (code, reason) => resolve([code, reason.toString()])),
    )
    socket.on('message', (data, isBinary) =>
      messages.push(isBinary ? [...(data as Buffer)] : data.toString()),
    )
    serverSide.push({ socket, messages, closed })
    socket.send(`hello ${req.headers['x-user'] ?? ''}`.trim())
  })
  await new Promise<void>((resolve) => server.on('listening', resolve))
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/chat`
})
afterAll(async () => {
  wx.dispose()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

async function waitFor(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

describe('wx.connectSocket and SocketTask', () => {
  it('opens, carries text and binary both ways, and closes with a code', async () => {
    const res = await wx.invoke('connectSocket', { url, header: { 'X-User': 'ada' }, objectId: 1 })
    expect(res).toEqual({ errMsg: 'connectSocket:ok', socketTaskId: 1 })
    const open = (await recorder.next(1, 'onOpen')) as { header: Record<string, string> }
    expect(open.header.upgrade).toBe('websocket')
    expect(await recorder.next(1, 'onMessage')).toEqual({ data: 'hello ada' })

    const peer = serverSide.at(-1)!
    expect(await wx.invoke('SocketTask.send', { objectId: 1, data: 'ping' })).toEqual({
      errMsg: 'SocketTask.send:ok',
    })
    await wx.invoke('SocketTask.send', { objectId: 1, data: new Uint8Array([1, 2, 3]).buffer })
    await waitFor(() => peer.messages.length === 2)
    expect(peer.messages).toEqual(['ping', [1, 2, 3]])

    peer.socket.send(Buffer.from([9, 8]), { binary: true })
    const binary = (await recorder.next(1, 'onMessage')) as { data: ArrayBuffer }
    expect(binary.data).toBeInstanceOf(ArrayBuffer)
    expect([...new Uint8Array(binary.data)]).toEqual([9, 8])

    expect(await wx.invoke('SocketTask.close', { objectId: 1, code: 4001, reason: 'bye' })).toEqual(
      {
        errMsg: 'SocketTask.close:ok',
      },
    )
    expect(await peer.closed).toEqual([4001, 'bye'])
    expect(await recorder.next(1, 'onClose')).toEqual({ code: 4001, reason: 'bye' })
  })

  it('reports a close the server starts, with its code and reason', async () => {
    await wx.invoke('connectSocket', { url, objectId: 2 })
    await recorder.next(2, 'onOpen')
    serverSide.at(-1)!.socket.close(4002, 'kicked')
    expect(await recorder.next(2, 'onClose')).toEqual({ code: 4002, reason: 'kicked' })
    expect((await wx.invoke('SocketTask.send', { objectId: 2, data: 'x' })).errMsg).toBe(
      'SocketTask.send:fail SocketTask.readyState is not OPEN',
    )
  })

  it('refuses to send before the socket is open', async () => {
    await wx.invoke('connectSocket', { url, objectId: 3 })
    const early = await wx.invoke('SocketTask.send', { objectId: 3, data: 'too soon' })
    expect(early.errMsg).toBe('SocketTask.send:fail SocketTask.readyState is not OPEN')
    await recorder.next(3, 'onOpen')
    await wx.invoke('SocketTask.close', { objectId: 3 })
    expect(await recorder.next(3, 'onClose')).toMatchObject({ code: 1000 })
  })

  it('emits error and close when nothing listens', async () => {
    await wx.invoke('connectSocket', { url: 'ws://127.0.0.1:1/none', objectId: 4 })
    expect(await recorder.next(4, 'onError')).toMatchObject({
      errMsg: expect.stringMatching(/ECONNREFUSED/),
    })
    expect(await recorder.next(4, 'onClose')).toMatchObject({ code: 1006 })
  })

  it('keeps the legacy global socket calls working on the latest socket', async () => {
    expect((await wx.invoke('sendSocketMessage', { data: 'x' })).errMsg).toBe(
      'sendSocketMessage:fail WebSocket is not connected',
    )
    await wx.invoke('connectSocket', { url, objectId: 5 })
    await recorder.next(5, 'onOpen')
    expect((await wx.invoke('sendSocketMessage', { data: 'legacy' })).errMsg).toBe(
      'sendSocketMessage:ok',
    )
    const peer = serverSide.at(-1)!
    await waitFor(() => peer.messages.includes('legacy'))
    expect((await wx.invoke('closeSocket', {})).errMsg).toBe('closeSocket:ok')
    expect((await peer.closed)[0]).toBe(1000)
  })

  it('checks the url, the close code and the data type', async () => {
    expect((await wx.invoke('connectSocket', { url: 'http://x/' })).errMsg).toBe(
      'connectSocket:fail invalid url "http://x/"',
    )
    await wx.invoke('connectSocket', { url, objectId: 6 })
    await recorder.next(6, 'onOpen')
    expect((await wx.invoke('SocketTask.close', { objectId: 6, code: 1005 })).errMsg).toMatch(
      /^SocketTask.close:fail /,
    )
    expect((await wx.invoke('SocketTask.send', { objectId: 6, data: { a: 1 } })).errMsg).toBe(
      'SocketTask.send:fail parameter error: parameter.data should be String or ArrayBuffer instead of Object;',
    )
    await wx.invoke('SocketTask.close', { objectId: 6 })
    await recorder.next(6, 'onClose')
  })

  it('allows at most 5 sockets at once', async () => {
    const ids = [11, 12, 13, 14, 15]
    for (const objectId of ids) await wx.invoke('connectSocket', { url, objectId })
    expect((await wx.invoke('connectSocket', { url })).errMsg).toBe(
      'connectSocket:fail exceed max task count',
    )
    for (const objectId of ids) await recorder.next(objectId, 'onOpen')
    for (const objectId of ids) await wx.invoke('SocketTask.close', { objectId })
    for (const objectId of ids) await recorder.next(objectId, 'onClose')
  })
})
