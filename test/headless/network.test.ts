// wx.request and wx.connectSocket from a page of a launched app, against an HTTP and a WebSocket
// server on 127.0.0.1 that this test starts: what the servers got, what the page received and
// shows; a request past its timeout reaches `fail`. Run in both homes of logic (worker and
// single-thread), as a feature must work in every home.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { WebSocketServer } from 'ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type MiniProgram, type Page } from '../../index.ts'
import { tempDir } from './todo-flow.ts'

const FILES: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': 'App({})\n',
  'pages/index/index.wxml': `<view class="get" bindtap="get">{{got}}</view>
<view class="post" bindtap="post">{{posted}}</view>
<view class="slow" bindtap="slow">{{failed}}</view>
<view class="socket" bindtap="socket">{{messages.length}}</view>
<view class="msg" wx:for="{{messages}}" wx:key="*this">{{item}}</view>
<view class="closed">{{closed}}</view>
`,
  'pages/index/index.js': `Page({
  data: { got: '', posted: '', failed: '', messages: [], closed: '' },
  onLoad(query) {
    this.http = decodeURIComponent(query.http)
    this.ws = decodeURIComponent(query.ws)
  },
  get() {
    wx.request({
      url: this.http + '/echo',
      data: { q: 'hi there', n: 2 },
      success: (res) => {
        this.received = res
        this.setData({ got: res.statusCode + ' ' + res.data.query.q + ' ' + res.data.query.n })
      },
    })
  },
  post() {
    wx.request({
      url: this.http + '/echo',
      method: 'POST',
      data: { name: '小程序', list: [1, 2] },
      success: (res) => this.setData({ posted: res.data.body.name + ' ' + res.data.body.list.length }),
    })
  },
  slow() {
    wx.request({
      url: this.http + '/slow',
      timeout: 200,
      success: () => this.setData({ failed: 'succeeded?' }),
      fail: (res) => this.setData({ failed: res.errMsg }),
    })
  },
  socket() {
    const task = wx.connectSocket({ url: this.ws + '/chat' })
    task.onOpen(() => task.send({ data: 'ping' }))
    task.onMessage((res) => {
      this.setData({ messages: this.data.messages.concat(res.data) })
      if (res.data === 'pong:ping') task.close({ code: 1000, reason: 'done' })
    })
    task.onClose((res) => this.setData({ closed: res.code + ' ' + res.reason }))
  },
})
`,
}

interface Seen {
  http: { method: string; url: string; contentType?: string; body: string }[]
  ws: { message?: string; close?: string }[]
}

/** An HTTP server that echoes the request as JSON on /echo and never answers /slow. */
function httpServer(seen: Seen): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const contentType = req.headers['content-type']
      seen.http.push({ method: req.method ?? '', url: req.url ?? '', contentType, body })
      if (url.pathname === '/slow') return // the client's timeout must end this one
      const query = Object.fromEntries(url.searchParams)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ query, body: body ? JSON.parse(body) : null }))
    })
  })
}

/** A WebSocket server that greets, answers `x` with `pong:x`, and notes the close. */
function wsServer(seen: Seen): WebSocketServer {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  wss.on('connection', (socket) => {
    socket.send('hello')
    socket.on('message', (data) => {
      const message = String(data)
      seen.ws.push({ message })
      socket.send(`pong:${message}`)
    })
    socket.on('close', (code, reason) => seen.ws.push({ close: `${code} ${String(reason)}` }))
  })
  return wss
}

describe.each(['worker', 'single-thread'] as const)('network from a page (%s)', (mode) => {
  const seen: Seen = { http: [], ws: [] }
  let project: Awaited<ReturnType<typeof tempDir>>
  let http: Server
  let wss: WebSocketServer
  let mp: MiniProgram
  let page: Page
  const text = async (selector: string) => (await (await page.$(selector))!.text()).trim()
  const tap = async (selector: string) => (await page.$(selector))!.tap()

  beforeAll(async () => {
    project = await tempDir('mpsim-network-')
    for (const [file, body] of Object.entries(FILES)) {
      await mkdir(join(project.dir, file, '..'), { recursive: true })
      await writeFile(join(project.dir, file), body)
    }
    http = httpServer(seen)
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    wss = wsServer(seen)
    await new Promise<void>((resolve) => wss.on('listening', resolve))
    const query = {
      http: encodeURIComponent(`http://127.0.0.1:${(http.address() as AddressInfo).port}`),
      ws: encodeURIComponent(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`),
    }
    mp = await launch({ project: project.dir, mode, query })
    page = (await mp.currentPage())!
  })
  afterAll(async () => {
    await mp?.close()
    http?.closeAllConnections()
    await new Promise((resolve) => (http ? http.close(resolve) : resolve(undefined)))
    for (const client of wss?.clients ?? []) client.terminate()
    await new Promise((resolve) => (wss ? wss.close(resolve) : resolve(undefined)))
    await project?.remove()
  })

  it('sends a GET with its data as the query and shows the JSON answer', async () => {
    await tap('.get')
    expect(seen.http.at(-1)).toMatchObject({ method: 'GET', url: '/echo?q=hi%20there&n=2' })
    expect(await text('.get')).toBe('200 hi there 2')
    const received = await mp.evaluate(() => {
      const r = getCurrentPages()[0]!.received as Record<string, unknown>
      return { errMsg: r.errMsg, type: (r.header as Record<string, string>)['content-type'] }
    })
    expect(received).toEqual({ errMsg: 'request:ok', type: 'application/json' })
  })

  it('sends a POST body as JSON', async () => {
    await tap('.post')
    const last = seen.http.at(-1)!
    expect(last).toMatchObject({ method: 'POST', url: '/echo' })
    // the platform's default content-type for request data is application/json
    expect(last.contentType).toMatch(/^application\/json/)
    expect(JSON.parse(last.body)).toEqual({ name: '小程序', list: [1, 2] })
    expect(await text('.post')).toBe('小程序 2')
  })

  it('fails a request past its timeout with "request:fail timeout"', async () => {
    await tap('.slow')
    // errMsg as the devtools word it: "<api>:fail timeout" (runtime/host/apis/network/request.ts)
    expect(await text('.slow')).toBe('request:fail timeout')
    expect(seen.http.at(-1)!.url).toBe('/slow')
  })

  it('opens a socket, sends, receives and closes it', async () => {
    await tap('.socket')
    await page.waitFor(async () => (await text('.closed')) !== '', 5000)
    const messages = await Promise.all((await page.$$('.msg')).map((m) => m.text()))
    expect(messages).toEqual(['hello', 'pong:ping'])
    expect(await text('.socket')).toBe('2')
    expect(await text('.closed')).toBe('1000 done')
    expect(seen.ws).toEqual([{ message: 'ping' }, { close: '1000 done' }])
    expect(mp.errors).toEqual([])
  })
})

// Globals of the logic thread, named only for the type checker (the function runs there).
declare function getCurrentPages(): Array<Record<string, unknown>>
