// Built-ins through WeChat's miniprogram-automator client (headless): the element classes the
// client makes for scroll-view, swiper, switch, slider, movable-view and textarea call their
// built-in actions (Element.callFunction), canvas answers callContextMethod, touches and a
// longpress reach the page, triggerEvent/dispatchEvent fire mini-program events, and a custom
// component is driven through its element.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type AutomatorPage from 'miniprogram-automator/out/Page'
import automator from 'miniprogram-automator'
import { builtinsProject } from './builtins-project.ts'
import { connect, type Connected } from './connect.ts'

let c: Connected
let page: AutomatorPage
let remove: (() => Promise<void>) | undefined

beforeAll(async () => {
  const project = await builtinsProject()
  remove = project.remove
  c = await connect({ project: project.dir })
  page = (await c.mp.currentPage())!
}, 60_000)
afterAll(async () => {
  await c?.close()
  await remove?.()
})

const seen = async (name: string) =>
  ((await page.data('seen')) as Array<[string, unknown]>)
    .filter(([n]) => n === name)
    .map(([, d]) => d)

// The client's element classes, as its users call them.
type Any = Record<string, (...args: any[]) => Promise<any>>

describe('built-in components through miniprogram-automator', () => {
  it('scrolls a scroll-view and reads its position', async () => {
    const scroller = (await page.$('.scroller')) as unknown as Any
    expect(scroller).toBeInstanceOf(automator.ScrollViewElement)
    await scroller.scrollTo!(0, 40)
    expect(await scroller.property!('scrollTop')).toBe(40)
    expect(await scroller.property!('scrollLeft')).toBe(0)
    expect(await scroller.scrollHeight!()).toBeTypeOf('number')
    expect(await scroller.scrollWidth!()).toBeTypeOf('number')
    expect(await seen('scroll')).toEqual([{ scrollTop: 40 }])
  })

  it('swipes a swiper, taps a switch, slides a slider, moves a movable-view', async () => {
    const swiper = (await page.$('.swiper')) as unknown as Any
    expect(swiper).toBeInstanceOf(automator.SwiperElement)
    await swiper.swipeTo!(2)
    expect(await seen('swiper')).toEqual([{ current: 2, currentItemId: '', source: '' }])

    const toggle = (await page.$('.switch')) as unknown as Any
    expect(toggle).toBeInstanceOf(automator.SwitchElement)
    await toggle.tap!()
    expect(await seen('switch')).toEqual([{ value: true }])
    expect(await toggle.property!('checked')).toBe(true)

    const slider = (await page.$('.slider')) as unknown as Any
    expect(slider).toBeInstanceOf(automator.SliderElement)
    await slider.slideTo!(70)
    expect(await seen('slider')).toEqual([{ value: 70 }])
    expect(await slider.property!('value')).toBe(70)

    const movable = (await page.$('.movable')) as unknown as Any
    expect(movable).toBeInstanceOf(automator.MovableViewElement)
    await movable.moveTo!(12, 34)
    expect(await seen('move')).toEqual([{ x: 12, y: 34, source: '' }])
    expect(await movable.property!('x')).toBe(12)
    expect(await movable.property!('y')).toBe(34)
  })

  it('types into a textarea', async () => {
    const notes = (await page.$('.notes')) as unknown as Any
    await notes.input!('two\nlines')
    expect(await page.data('notes')).toBe('two\nlines')
    expect(await notes.value!()).toBe('two\nlines')
  })

  it('calls a canvas context method (callContextMethod)', async () => {
    const board = await page.$('.board')
    const call = automator.ContextElement.prototype.callContextMethod
    await call.call(board as never, 'setFillStyle', '#ff0000')
    await call.call(board as never, 'fillRect', 0, 0, 10, 10)
    expect(await call.call(board as never, 'draw')).toBeNull()
    await expect(call.call((await page.$('.pad')) as never, 'play')).rejects.toThrow(
      '<view> has no context',
    )
  })

  it('sends touches, a longpress and a tap to the page', async () => {
    const pad = await page.$('.pad')
    await pad!.touchstart({
      touches: [{ clientX: 5, clientY: 6 }],
      changeTouches: [{ clientX: 5, clientY: 6 }],
    })
    await pad!.touchmove({ touches: [{ clientX: 9, clientY: 6 }] })
    await pad!.touchend({ changeTouches: [{ clientX: 9, clientY: 6 }] })
    expect(await seen('touchstart')).toEqual([{ touches: 1, x: 5 }])
    expect(await seen('touchmove')).toEqual([{ touches: 1, x: 9 }])
    expect(await seen('touchend')).toEqual([{ touches: 0, x: 9 }])
    await pad!.longpress()
    expect(await seen('longpress')).toEqual([{}])
    await pad!.tap()
    expect(await seen('tap')).toEqual([{}])
    // a tap is a short touch then a click, as on a phone
    expect(await seen('touchend')).toHaveLength(3)
  })

  it('fires events with triggerEvent and dispatchEvent', async () => {
    const pad = await page.$('.pad')
    await pad!.trigger('hello', { from: 'trigger' })
    await pad!.dispatchEvent({ eventName: 'hello', detail: { from: 'dispatch' } })
    expect(await seen('hello')).toEqual([{ from: 'trigger' }, { from: 'dispatch' }])
    await pad!.dispatchEvent({ eventName: 'tap' })
    expect(await seen('tap')).toHaveLength(2)
  })

  it('reads styles, attributes and properties of a plain element', async () => {
    const pad = await page.$('.pad')
    expect(await pad!.style('color')).toBe('rgb(255, 0, 0)')
    expect(await pad!.attribute('data-kind')).toBe('pad')
    expect(await pad!.text()).toBe('pad')
    await expect(pad!.property('nothing')).rejects.toThrow('view.nothing not exists')
  })

  it('drives a custom component: data, setData, callMethod and elements inside', async () => {
    const counter = (await page.$('.counter')) as unknown as Any
    expect(counter).toBeInstanceOf(automator.CustomElement)
    expect(await counter.data!()).toEqual({ start: 5, count: 5 })
    expect(await counter.property!('start')).toBe(5)
    expect(await counter.callMethod!('bump', 2)).toBe(7)
    expect(await seen('bumped')).toEqual([{ count: 7 }])
    await counter.setData!({ count: 100 })
    expect(await (await counter.$!('.count'))!.text()).toBe('100')
    expect(await counter.$$!('view')).toHaveLength(1)
    await expect(counter.callMethod!('nope')).rejects.toThrow('has no method nope')
    expect(await page.callMethod('double', 21)).toBe(42)
  })

  it('finds elements by XPath and reads window properties', async () => {
    const rows = await page.getElementsByXpath('//scroll-view//view[@class="row"]')
    expect(rows).toHaveLength(10)
    expect(await rows[9]!.text()).toBe('10')
    const pad = await page.xpath('//view[contains(@class, "pad")]')
    expect(await pad!.attribute('data-kind')).toBe('pad')
    expect(await page.getElementByXpath('//video')).toBeNull()
    expect(await page.size()).toEqual({ width: expect.any(Number), height: expect.any(Number) })
    expect(await page.scrollTop()).toBe(0)
    const windowProperty = (page as unknown as { windowProperty(n: string): Promise<number> })
      .windowProperty
    expect(await windowProperty.call(page, 'innerWidth')).toBeGreaterThan(0)
  })
})
