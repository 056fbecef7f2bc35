// mockWxMethod and restoreWxMethod through WeChat's miniprogram-automator client (headless):
// showModal and request mocked with a value and with a function (which gets the real API as
// `this.origin` and the mock's extra arguments), a sync API mocked, and each restored to the real
// API: the real modal opens (answered with native().confirmModal()) and the real request reaches
// an HTTP server. App code sees the mocks too, not only callWxMethod.

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, SAMPLES, type Connected } from './connect.ts'

let c: Connected
let server: Server
let url = ''

beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ real: true, path: req.url }))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  c = await connect({ project: `${SAMPLES}/todo` })
}, 60_000)
afterAll(async () => {
  await c?.close()
  await new Promise((r) => server?.close(r))
})

describe('mockWxMethod and restoreWxMethod', () => {
  it('mocks showModal with a value, for callWxMethod and for app code', async () => {
    await c.mp.mockWxMethod('showModal', { confirm: true, cancel: false })
    expect(await c.mp.callWxMethod('showModal', { title: 'Delete?' })).toEqual({
      confirm: true,
      cancel: false,
    })
    // app code with callbacks gets the mocked answer in success and complete
    const seen = await c.mp.evaluate(
      () =>
        new Promise((resolve) => {
          const out: unknown[] = []
          wx.showModal({
            title: 'Really?',
            success: (res: unknown) => out.push(['success', res]),
            complete: () => resolve(out),
          })
        }),
    )
    expect(seen).toEqual([['success', { confirm: true, cancel: false }]])
    expect(c.program.ui.modal).toBeNull() // nothing was shown
  })

  it('mocks showModal with a function of the call and extra arguments', async () => {
    await c.mp.mockWxMethod(
      'showModal',
      function (this: unknown, options: { title: string }, yes: string) {
        return { confirm: options.title === yes, cancel: options.title !== yes }
      },
      'Sure?',
    )
    expect(await c.mp.callWxMethod('showModal', { title: 'Sure?' })).toEqual({
      confirm: true,
      cancel: false,
    })
    expect(await c.mp.callWxMethod('showModal', { title: 'No?' })).toEqual({
      confirm: false,
      cancel: true,
    })
  })

  it('restores the real showModal: the modal opens and the test answers it', async () => {
    await c.mp.restoreWxMethod('showModal')
    const answer = c.mp.callWxMethod('showModal', { title: 'Real modal' })
    // the real modal is on screen until answered
    for (let i = 0; ; i++) {
      try {
        await c.mp.native().confirmModal()
        break
      } catch (error) {
        if (i > 200) throw error
        await new Promise((r) => setTimeout(r, 10))
      }
    }
    expect(await answer).toMatchObject({ errMsg: 'showModal:ok', confirm: true, cancel: false })
    await expect(c.mp.native().cancelModal()).rejects.toThrow('no modal is open')
  })

  it('mocks request with a value and a failing function, then restores the real one', async () => {
    await c.mp.mockWxMethod('request', { data: { mocked: 1 }, statusCode: 200 })
    expect(await c.mp.callWxMethod('request', { url: `${url}/items` })).toEqual({
      data: { mocked: 1 },
      statusCode: 200,
    })
    await c.mp.mockWxMethod('request', function () {
      return { errMsg: 'request:fail mocked outage' }
    })
    await expect(c.mp.callWxMethod('request', { url: `${url}/items` })).rejects.toThrow(
      'request:fail mocked outage',
    )
    await c.mp.restoreWxMethod('request')
    expect(await c.mp.callWxMethod('request', { url: `${url}/items` })).toMatchObject({
      statusCode: 200,
      data: { real: true, path: '/items' },
      errMsg: 'request:ok',
    })
  })

  it('mocks a sync API, with the real one as this.origin, and restores it', async () => {
    await c.mp.callWxMethod('setStorageSync', 'who', 'real value')
    await c.mp.mockWxMethod(
      'getStorageSync',
      function (this: { origin: (k: string) => unknown }, key: string, fallback: string) {
        if (key === 'name') return 'mocked name'
        return this.origin(key) || fallback
      },
      'fallback',
    )
    expect(await c.mp.callWxMethod('getStorageSync', 'name')).toBe('mocked name')
    expect(await c.mp.callWxMethod('getStorageSync', 'who')).toBe('real value')
    expect(await c.mp.callWxMethod('getStorageSync', 'nothing')).toBe('fallback')
    await c.mp.restoreWxMethod('getStorageSync')
    expect(await c.mp.callWxMethod('getStorageSync', 'name')).toBe('')
    // restoring what is not mocked changes nothing
    await c.mp.restoreWxMethod('getStorageSync')
    expect(await c.mp.callWxMethod('getStorageSync', 'who')).toBe('real value')
  })
})

declare const wx: { showModal(o: object): void }
