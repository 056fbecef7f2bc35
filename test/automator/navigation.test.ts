// The navigation sample through WeChat's miniprogram-automator client (headless): every route
// (navigateTo, redirectTo, navigateBack, switchTab, reLaunch) from the client and from taps, the
// page stack with queries, the app's console lines as `console` events and an uncaught error as
// an `exception` event. The client waits 3 s after each route it makes itself.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, eventually, SAMPLES, type Connected } from './connect.ts'

interface Log {
  type: string
  args: unknown[]
}

let c: Connected
const logs: Log[] = []
const exceptions: Array<{ name: string; message: string; stack: string }> = []

beforeAll(async () => {
  c = await connect({ project: `${SAMPLES}/navigation` })
  c.mp.on('console', (msg: Log) => logs.push(msg))
  c.mp.on('exception', (e: (typeof exceptions)[number]) => exceptions.push(e))
}, 60_000)
afterAll(async () => {
  await c?.close()
})

const paths = async () => (await c.mp.pageStack()).map((p) => p.path)
const texts = () => logs.map((l) => l.args[0])

describe('navigation sample through miniprogram-automator (headless)', () => {
  it('routes with navigateTo and logs the page hooks as console events', async () => {
    const list = (await c.mp.navigateTo('/pages/list/list'))!
    expect(list.path).toBe('pages/list/list')
    expect(await paths()).toEqual(['pages/home/home', 'pages/list/list'])
    await eventually(() => texts().includes('list onReady'), 'list onReady in the log')
    expect(texts()).toEqual(
      expect.arrayContaining(['home onHide', 'list onLoad', 'list onShow', 'list onReady']),
    )
    expect(logs.find((l) => l.args[0] === 'list onLoad')).toEqual({
      type: 'log',
      args: ['list onLoad', {}],
    })
  })

  it('follows a navigator tap with a query, then redirects', async () => {
    const list = (await c.mp.currentPage())!
    await (await list.$('.item-2'))!.tap()
    const detail = (await c.mp.currentPage())!
    expect(detail.path).toBe('pages/detail/detail')
    expect(detail.query).toEqual({ id: '2', from: 'list' })
    expect(await detail.data()).toMatchObject({ id: 2, from: 'list', depth: 3 })
    expect(await (await detail.$('.id'))!.text()).toBe('Item 2')
    const result = (await c.mp.redirectTo('/pages/result/result?from=automator'))!
    expect(result.query).toEqual({ from: 'automator' })
    expect(await paths()).toEqual(['pages/home/home', 'pages/list/list', 'pages/result/result'])
  })

  it('goes back, switches tabs and relaunches', async () => {
    expect((await c.mp.navigateBack())!.path).toBe('pages/list/list')
    const log = (await c.mp.switchTab('/pages/log/log'))!
    expect(log.path).toBe('pages/log/log')
    expect(await paths()).toEqual(['pages/log/log'])
    const entries = (await log.data('entries')) as string[]
    expect(entries).toContain('list onUnload')
    const home = (await c.mp.reLaunch('/pages/home/home?restart=1'))!
    expect(home.query).toEqual({ restart: '1' })
    expect(await paths()).toEqual(['pages/home/home'])
  })

  it('routes through callWxMethod and taps that route', async () => {
    await c.mp.callWxMethod('navigateTo', { url: '/pages/detail/detail?id=7' })
    expect((await c.mp.currentPage())!.query).toEqual({ id: '7' })
    await (await (await c.mp.currentPage())!.$('.home'))!.tap()
    expect(await paths()).toEqual(['pages/home/home'])
  })

  it('sends an uncaught error as an exception event', async () => {
    await c.mp.evaluate(() => {
      setTimeout(() => {
        throw new TypeError('boom from a timer')
      }, 0)
    })
    await eventually(() => exceptions.length > 0, 'the exception event')
    expect(exceptions[0]).toMatchObject({
      name: 'TypeError',
      message: 'boom from a timer',
      stack: expect.stringContaining('boom from a timer'),
    })
    // an error in an evaluated function is the call's error, not an exception event
    await expect(
      c.mp.evaluate(() => {
        throw new Error('thrown in evaluate')
      }),
    ).rejects.toThrow('thrown in evaluate')
    expect(exceptions).toHaveLength(1)
  })
})
