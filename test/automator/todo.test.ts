// The todo sample end to end through WeChat's miniprogram-automator client against the headless
// home: page stack, data, typing and tapping, a custom component's data and methods, a route by
// a navigator tap and back, and an element handle that outlives its node.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, SAMPLES, type Connected } from './connect.ts'

let c: Connected
beforeAll(async () => {
  c = await connect({ project: `${SAMPLES}/todo` })
}, 60_000)
afterAll(async () => {
  await c?.close()
})

describe('todo sample through miniprogram-automator (headless)', () => {
  it('reads the page stack, the current page and its data', async () => {
    const stack = await c.mp.pageStack()
    expect(stack.map((p) => p.path)).toEqual(['pages/index/index'])
    const page = (await c.mp.currentPage())!
    expect(page.path).toBe('pages/index/index')
    expect(page.query).toEqual({})
    expect(idOf(page)).toBe(idOf(stack[0]))
    expect(page).toBe(stack[0]) // the client keeps one Page per pageId
    const data = (await page.data()) as { visible: unknown[]; remaining: number; filter: string }
    expect(data.visible).toHaveLength(3)
    expect(data.remaining).toBe(2)
    expect(await page.data('visible[0].title')).toBe('Read the WXML docs')
  })

  it('types into the input and taps Add: the todo shows', async () => {
    const page = (await c.mp.currentPage())!
    const input = await page.$('.add-input')
    expect(input!.tagName).toBe('input')
    expect(input!.constructor.name).toBe('InputElement')
    await (input as unknown as { input(v: string): Promise<void> }).input('Buy milk')
    expect(await page.data('draft')).toBe('Buy milk')
    expect(await input!.value()).toBe('Buy milk')
    await (await page.$('.add-btn'))!.tap()
    expect(await page.data('draft')).toBe('')
    const items = await page.$$('todo-item')
    expect(items).toHaveLength(4)
    expect(await items[3]!.text()).toContain('Buy milk')
    expect(await c.program.evaluate(() => (getApp() as any).store.all().length)).toBe(4)
  })

  it('gives custom components data, setData and callMethod', async () => {
    const page = (await c.mp.currentPage())!
    const item = (await page.$('todo-item')) as unknown as {
      constructor: { name: string }
      data(path?: string): Promise<unknown>
      setData(d: object): Promise<void>
      callMethod(m: string, ...a: unknown[]): Promise<unknown>
      wxml(): Promise<string>
      $(s: string): Promise<{ text(): Promise<string> } | null>
    }
    expect(item.constructor.name).toBe('CustomElement')
    expect(await item.data()).toEqual({ title: 'Read the WXML docs', done: true })
    expect(await item.data('title')).toBe('Read the WXML docs')
    // the component's method triggers `toggle`; the page's handler toggles the store
    await item.callMethod('onTap')
    expect(await page.data('visible[0].done')).toBe(false)
    await item.setData({ title: 'Renamed in the component' })
    expect(await (await item.$('.title'))!.text()).toBe('Renamed in the component')
    // WXML as the template wrote it: no wx- prefix, no style-scope class prefix
    expect(await item.wxml()).toContain('<text class="title">Renamed in the component</text>')
  })

  it('reads attributes, styles, WXML and offsets of plain elements', async () => {
    const page = (await c.mp.currentPage())!
    const filters = await page.$$('.filter')
    expect(filters).toHaveLength(3)
    expect(await filters[0]!.attribute('class')).toBe('filter active')
    expect(await filters[1]!.text()).toBe('active')
    expect(await filters[0]!.outerWxml()).toMatch(/^<view class="filter active"[^>]*>all<\/view>$/)
    expect(await filters[0]!.offset()).toEqual({
      left: expect.any(Number),
      top: expect.any(Number),
    })
    expect(await filters[0]!.size()).toEqual({
      width: expect.any(Number),
      height: expect.any(Number),
    })
    await filters[1]!.tap()
    expect(await page.data('filter')).toBe('active')
    expect(await filters[1]!.attribute('class')).toBe('filter active')
    expect(await page.$('.nothing-has-this-class')).toBeNull()
  })

  it('keeps a handle valid while its node lives and says why after', async () => {
    const page = (await c.mp.currentPage())!
    await (await page.$$('.filter'))[0]!.tap() // all
    const items = await page.$$('todo-item')
    const last = items[items.length - 1]!
    expect(await last.text()).toContain('Buy milk')
    await (await last.$('.remove'))!.tap()
    expect(await page.$$('todo-item')).toHaveLength(items.length - 1)
    await expect(last.text()).rejects.toThrow(/is gone: its node was removed from the page/)
    // the server keeps serving
    expect(await page.data('remaining')).toBeTypeOf('number')
  })

  it('calls page methods, sets page data and evaluates in logic', async () => {
    const page = (await c.mp.currentPage())!
    await page.setData({ draft: 'from the test' })
    expect(await (await page.$('.add-input'))!.value()).toBe('from the test')
    expect(await page.callMethod('onAdd')).toBeUndefined()
    expect(await page.data('draft')).toBe('')
    const count = await c.mp.evaluate(() => (getApp() as any).store.all().length)
    expect(count).toBe(4)
    expect(await c.mp.evaluate((a: number, b: number) => a + b, 2, 3)).toBe(5)
  })

  it('follows a navigator to the stats page and comes back', async () => {
    const page = (await c.mp.currentPage())!
    await (await page.$('navigator'))!.tap()
    const stats = (await c.mp.currentPage())!
    expect(stats.path).toBe('pages/stats/stats')
    expect((await c.mp.pageStack()).map((p) => p.path)).toEqual([
      'pages/index/index',
      'pages/stats/stats',
    ])
    const back = (await c.mp.navigateBack())!
    expect(back.path).toBe('pages/index/index')
    expect(back).toBe(page)
    // the stats page is gone: a call on it answers an error
    await expect(stats.data()).rejects.toThrow(/page \d+ is not open/)
  })
})

const idOf = (page: unknown) => (page as { id: number }).id
declare const getApp: () => unknown
