import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiRegistry } from '../registry.ts'
import { eventRecorder, startServer } from './testing.ts'

let server: Awaited<ReturnType<typeof startServer>>
const recorder = eventRecorder()
const wx = createApiRegistry({ appId: 'wxTest', emit: recorder.emit })

beforeAll(async () => {
  server = await startServer({
    '/json': (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Served-By': 'loopback' })
      res.end(JSON.stringify({ method: req.method, url: req.url, body: req.body.toString() }))
    },
    '/text': (_req, res) => res.writeHead(200).end('not json {'),
    '/bytes': (_req, res) => res.writeHead(200).end(Buffer.from([0, 1, 2, 255])),
    '/cookies': (_req, res) => {
      res.setHeader('Set-Cookie', ['a=1; Path=/', 'b=2; HttpOnly'])
      res.writeHead(201).end('{}')
    },
    '/teapot': (_req, res) => res.writeHead(418).end('{"error":"teapot"}'),
    '/slow': (_req, res) => setTimeout(() => res.writeHead(200).end('late'), 2000),
    '/moved': (_req, res) => res.writeHead(302, { Location: '/json?from=moved' }).end(),
  })
})
afterAll(async () => {
  wx.dispose()
  await server.close()
})

describe('wx.request', () => {
  it('sends GET data as a query string and parses a JSON answer', async () => {
    const res = await wx.invoke('request', {
      url: server.url('/json?x=1'),
      data: { q: 'a b', n: 2 },
    })
    expect(res).toMatchObject({
      errMsg: 'request:ok',
      statusCode: 200,
      data: { method: 'GET', url: '/json?x=1&q=a%20b&n=2', body: '' },
    })
    expect((res.header as Record<string, string>)['X-Served-By']).toBe('loopback')
  })

  it('sends POST data as JSON by default, with the client-set Referer', async () => {
    const res = await wx.invoke('request', {
      url: server.url('/json'),
      method: 'post',
      data: { todo: 'milk' },
      header: { 'X-Token': 't1', Referer: 'https://evil.example/' },
    })
    expect(res.data).toMatchObject({ method: 'POST', body: '{"todo":"milk"}' })
    const sent = server.received.at(-1)!
    expect(sent.headers['content-type']).toBe('application/json')
    expect(sent.headers['x-token']).toBe('t1')
    expect(sent.headers.referer).toBe('https://servicewechat.com/wxTest/devtools/page-frame.html')
  })

  it('sends form data as a query string body for x-www-form-urlencoded', async () => {
    const res = await wx.invoke('request', {
      url: server.url('/json'),
      method: 'PUT',
      data: { a: '1&2', b: 'x' },
      header: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(res.data).toMatchObject({ method: 'PUT', body: 'a=1%262&b=x' })
  })

  it('keeps text when JSON.parse fails, and skips parsing unless dataType is json', async () => {
    expect((await wx.invoke('request', { url: server.url('/text') })).data).toBe('not json {')
    const raw = await wx.invoke('request', { url: server.url('/json'), dataType: 'text' })
    expect(typeof raw.data).toBe('string')
  })

  it('gives the bytes for responseType arraybuffer', async () => {
    const res = await wx.invoke('request', {
      url: server.url('/bytes'),
      responseType: 'arraybuffer',
    })
    expect(res.data).toBeInstanceOf(ArrayBuffer)
    expect([...new Uint8Array(res.data as ArrayBuffer)]).toEqual([0, 1, 2, 255])
  })

  it('succeeds on any HTTP status and lists every Set-Cookie in cookies', async () => {
    const teapot = await wx.invoke('request', { url: server.url('/teapot') })
    expect(teapot).toMatchObject({
      errMsg: 'request:ok',
      statusCode: 418,
      data: { error: 'teapot' },
    })
    const cookies = await wx.invoke('request', { url: server.url('/cookies') })
    expect(cookies).toMatchObject({ statusCode: 201, cookies: ['a=1; Path=/', 'b=2; HttpOnly'] })
  })

  it('follows redirects', async () => {
    const res = await wx.invoke('request', { url: server.url('/moved') })
    expect(res).toMatchObject({ statusCode: 200, data: { url: '/json?from=moved' } })
  })

  it('fails "request:fail timeout" when the timeout passes', async () => {
    const started = Date.now()
    const res = await wx.invoke('request', { url: server.url('/slow'), timeout: 100 })
    expect(res).toEqual({ errMsg: 'request:fail timeout' })
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('uses networkTimeout.request when the call gives no timeout', async () => {
    const quick = createApiRegistry({ appId: 'wxTest', networkTimeout: { request: 80 } })
    expect((await quick.invoke('request', { url: server.url('/slow') })).errMsg).toBe(
      'request:fail timeout',
    )
  })

  it('aborts through RequestTask.abort with the task objectId', async () => {
    const pending = wx.invoke('request', { url: server.url('/slow'), objectId: 41 })
    await new Promise((r) => setTimeout(r, 30))
    expect(await wx.invoke('RequestTask.abort', { objectId: 41 })).toEqual({
      errMsg: 'RequestTask.abort:ok',
    })
    expect(await pending).toEqual({ errMsg: 'request:fail abort' })
  })

  it('emits onHeadersReceived on the task objectId', async () => {
    await wx.invoke('request', { url: server.url('/json'), objectId: 42 })
    expect(await recorder.next(42, 'onHeadersReceived')).toMatchObject({ statusCode: 200 })
  })

  it('addresses the task by the callId of the invoke that created it', async () => {
    const pending = wx.invoke('request', { url: server.url('/slow') }, 77)
    await new Promise((r) => setTimeout(r, 30))
    await wx.invoke('RequestTask.abort', { objectId: 77 })
    expect(await pending).toEqual({ errMsg: 'request:fail abort' })
    await wx.invoke('request', { url: server.url('/json') }, 78)
    expect(await recorder.next(78, 'onHeadersReceived')).toMatchObject({ statusCode: 200 })
  })

  it('checks its arguments', async () => {
    expect((await wx.invoke('request', {})).errMsg).toBe(
      'request:fail parameter error: parameter.url should be String instead of Undefined;',
    )
    expect((await wx.invoke('request', { url: 'ftp://x/y' })).errMsg).toBe(
      'request:fail invalid url "ftp://x/y"',
    )
    expect(
      (await wx.invoke('request', { url: server.url('/json'), method: 'FETCH' })).errMsg,
    ).toMatch(/^request:fail invalid method/)
    expect((await wx.invoke('request', { url: server.url('/json'), header: 'x' })).errMsg).toBe(
      'request:fail parameter error: parameter.header should be Object instead of String;',
    )
  })

  it('fails with the network error when nothing listens', async () => {
    const res = await wx.invoke('request', { url: 'http://127.0.0.1:1/none' })
    expect(res.errMsg).toMatch(/^request:fail .*ECONNREFUSED/)
  })
})
