// The browser home: `mpsim automator --browser` in code (startBrowserAutomator): the simulator in
// Debian's Chromium, driven by WeChat's unmodified client through the todo sample: page stack,
// data, typing and tapping (real input in the page's iframe), a custom component's data, a
// navigator route and back, mockWxMethod of showModal then the real modal answered, logs and an
// exception as events, and a screenshot of the phone.

import automator from 'miniprogram-automator'
import type AutomatorProgram from 'miniprogram-automator/out/MiniProgram'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserAutomator, type BrowserAutomator } from '../../automator/browser/index.ts'
import { eventually, SAMPLES } from './connect.ts'

let home: BrowserAutomator
let mp: AutomatorProgram
const logs: Array<{ type: string; args: unknown[] }> = []
const exceptions: Array<{ message: string }> = []

beforeAll(async () => {
  home = await startBrowserAutomator({ project: `${SAMPLES}/todo` })
  mp = await automator.connect({ wsEndpoint: home.endpoint })
  mp.on('console', (m: (typeof logs)[number]) => logs.push(m))
  mp.on('exception', (e: (typeof exceptions)[number]) => exceptions.push(e))
}, 120_000)
afterAll(async () => {
  mp?.disconnect()
  await home?.close()
})

describe('todo sample through miniprogram-automator (browser home)', () => {
  it('reads the stack and data, types, taps and reads a component', async () => {
    expect((await mp.pageStack()).map((p) => p.path)).toEqual(['pages/index/index'])
    const page = (await mp.currentPage())!
    expect(await page.data('remaining')).toBe(2)
    await ((await page.$('.add-input')) as unknown as { input(v: string): Promise<void> }).input(
      'Buy milk',
    )
    expect(await page.data('draft')).toBe('Buy milk')
    expect(await (await page.$('.add-input'))!.value()).toBe('Buy milk')
    await (await page.$('.add-btn'))!.tap()
    const items = await page.$$('todo-item')
    expect(items).toHaveLength(4)
    expect(await items[3]!.text()).toContain('Buy milk')
    const first = items[0] as unknown as { data(): Promise<unknown>; constructor: { name: string } }
    expect(first.constructor.name).toBe('CustomElement')
    expect(await first.data()).toEqual({ title: 'Read the WXML docs', done: true })
    expect(await (await page.$('.filter'))!.attribute('class')).toContain('filter')
    expect(await page.getElementsByXpath('//todo-item')).toHaveLength(4)
    expect(await (await page.xpath('//view[contains(@class, "active")]'))!.text()).toBe('all')
  })

  it('routes by a navigator tap and back', async () => {
    const page = (await mp.currentPage())!
    await (await page.$('navigator'))!.tap()
    expect((await mp.currentPage())!.path).toBe('pages/stats/stats')
    expect((await mp.navigateBack())!.path).toBe('pages/index/index')
  })

  it('mocks showModal, then restores the real one', async () => {
    await mp.mockWxMethod('showModal', { confirm: true, cancel: false })
    expect(await mp.callWxMethod('showModal', { title: 'Mocked' })).toEqual({
      confirm: true,
      cancel: false,
    })
    await mp.restoreWxMethod('showModal')
    const answer = mp.callWxMethod('showModal', { title: 'Real' })
    for (let i = 0; ; i++) {
      try {
        await mp.native().cancelModal()
        break
      } catch (error) {
        if (i > 300) throw error
        await new Promise((r) => setTimeout(r, 20))
      }
    }
    expect(await answer).toMatchObject({ errMsg: 'showModal:ok', confirm: false, cancel: true })
  })

  it('sends console lines and exceptions as events', async () => {
    await mp.evaluate(() => {
      console.log('hello from the browser home', 1)
      setTimeout(() => {
        throw new Error('thrown in the browser home')
      })
    })
    await eventually(() => exceptions.length > 0, 'the exception', 10_000)
    expect(logs).toContainEqual({ type: 'log', args: ['hello from the browser home', 1] })
    expect(exceptions[0]).toMatchObject({ message: 'thrown in the browser home' })
  })

  it('shoots the phone', async () => {
    const data = (await mp.screenshot()) as string
    const png = Buffer.from(data, 'base64')
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(png.length).toBeGreaterThan(5000)
  })
})
