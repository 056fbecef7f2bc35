// Event binding in the view: bind bubbles, catch stops, capture phases run first, mut-bind is
// mutually exclusive, and handlers receive the platform's event object (see the WXML event
// docs: "事件分为冒泡事件和非冒泡事件", "mut-bind", "capture-bind").

import { describe, expect, test } from 'vitest'
import { JSDOM } from 'jsdom'
import { renderWxml } from '../support/render.ts'
import type { HandlerCall } from '../../runtime/view/render/view.ts'

function mount(wxml: string, data: Record<string, unknown> = {}) {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>')
  const calls: HandlerCall[] = []
  const r = renderWxml({ 'index.wxml': wxml }, 'index.wxml', data, {
    document: dom.window.document,
    view: { onEvent: (call) => calls.push(call) },
  })
  expect(r.errors).toEqual([])
  const click = (id: string) =>
    r.root
      .querySelector('#' + id)!
      .dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }))
  return { r, calls, click, names: () => calls.map((c) => c.handler) }
}

describe('tap bubbling', () => {
  test('bind bubbles from the target up; currentTarget follows, target stays', () => {
    const { calls, click } = mount(
      `<view id="outer" bindtap="onOuter" data-level="outer"><view id="inner" bind:tap="onInner" data-level="inner" data-user-id="{{7}}"/></view>`,
    )
    click('inner')
    expect(calls.map((c) => c.handler)).toEqual(['onInner', 'onOuter'])
    expect(calls[0]!.event).toMatchObject({
      type: 'tap',
      target: { id: 'inner', dataset: { level: 'inner', userId: 7 } },
      currentTarget: { id: 'inner' },
    })
    expect(calls[1]!.event.target.id).toBe('inner')
    expect(calls[1]!.event.currentTarget).toEqual({ id: 'outer', dataset: { level: 'outer' } })
  })

  test('catch stops bubbling', () => {
    const { names, click } = mount(
      `<view id="a" bindtap="a"><view id="b" catchtap="b"><view id="c" bindtap="c"/></view></view>`,
    )
    click('c')
    expect(names()).toEqual(['c', 'b'])
  })

  test('capture phase runs from the outside in before bubbling; capture-catch stops everything', () => {
    const m1 = mount(
      `<view id="a" capture-bind:tap="capA" bindtap="bubA"><view id="b" capture-bind:tap="capB" bindtap="bubB"/></view>`,
    )
    m1.click('b')
    expect(m1.names()).toEqual(['capA', 'capB', 'bubB', 'bubA'])
    const m2 = mount(
      `<view id="a" capture-catch:tap="capA" bindtap="bubA"><view id="b" bindtap="bubB"/></view>`,
    )
    m2.click('b')
    expect(m2.names()).toEqual(['capA'])
  })

  test('mut-bind: only the first mut-bind handler on the path runs, bind handlers still run', () => {
    const { names, click } = mount(
      `<view id="a" mut-bind:tap="mutA" bindtap="bindA"><view id="b" mut-bind:tap="mutB"><view id="c"/></view></view>`,
    )
    click('c')
    expect(names()).toEqual(['mutB', 'bindA'])
  })

  test('a handler name can be an expression', () => {
    const { names, click, r } = mount(`<view id="a" bindtap="{{h}}"/>`, { h: 'first' })
    click('a')
    r.setData({ h: 'second' })
    click('a')
    expect(names()).toEqual(['first', 'second'])
  })

  test('data-* names follow the platform: hyphens camel-case, capitals lower-case', () => {
    const { calls, click } = mount(
      `<view id="a" bindtap="t" data-element-type="x" data-elementType="y"/>`,
    )
    click('a')
    expect(calls[0]!.event.currentTarget.dataset).toEqual({ elementType: 'x', elementtype: 'y' })
  })

  test('mark:* values of the target and its ancestors are merged', () => {
    const { calls, click } = mount(
      `<view mark:outer="o" mark:shared="outer"><view id="a" mark:inner="i" mark:shared="inner" bindtap="t"/></view>`,
    )
    click('a')
    expect(calls[0]!.event.mark).toEqual({ outer: 'o', inner: 'i', shared: 'inner' })
  })

  test('elements of rows carry their own dataset', () => {
    const { calls, click } = mount(
      `<view wx:for="{{list}}" wx:key="id" id="row{{item.id}}" data-id="{{item.id}}" bindtap="pick"/>`,
      { list: [{ id: 1 }, { id: 2 }] },
    )
    click('row2')
    expect(calls[0]!.event.currentTarget.dataset).toEqual({ id: 2 })
  })
})

describe('non-bubbling events', () => {
  test('an input event reaches only the input element, with the documented detail', () => {
    const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>')
    const calls: HandlerCall[] = []
    const r = renderWxml(
      {
        'index.wxml': `<view bindinput="outer"><input id="i" bindinput="onInput" model:value="{{text}}"/></view><text>{{text}}</text>`,
      },
      'index.wxml',
      { text: 'a' },
      { document: dom.window.document, view: { onEvent: (c) => calls.push(c) } },
    )
    const input = r.root.querySelector('#i input') as HTMLInputElement
    expect(input.value).toBe('a')
    input.value = 'ab'
    input.dispatchEvent(new dom.window.Event('input', { bubbles: true }))
    expect(calls.map((c) => c.handler)).toEqual(['onInput'])
    expect(calls[0]!.event.detail).toMatchObject({ value: 'ab', cursor: expect.any(Number) })
    // model:value wrote the value back into the page data.
    expect(r.root.querySelector('wx-text')!.textContent).toBe('ab')
  })
})

describe('longpress and the tap after it', () => {
  test("a longpress ended by touches (no click follows) does not swallow the next press's tap", async () => {
    const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>')
    const calls: HandlerCall[] = []
    const r = renderWxml(
      { 'index.wxml': `<view id="pad" bindlongpress="long" bindtap="tap"/>` },
      'index.wxml',
      {},
      { document: dom.window.document, view: { onEvent: (call) => calls.push(call) } },
    )
    const pad = r.root.querySelector('#pad')!
    const touch = (type: string) => {
      const event = new dom.window.Event(type, { bubbles: true })
      Object.defineProperties(event, { touches: { value: [] }, changedTouches: { value: [] } })
      pad.dispatchEvent(event)
    }
    touch('touchstart')
    await new Promise((resolve) => setTimeout(resolve, 400))
    touch('touchend')
    // a later tap: a short touch, then the click the browser makes of it
    touch('touchstart')
    touch('touchend')
    pad.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }))
    // the click that ends a mouse longpress is still swallowed
    pad.dispatchEvent(new dom.window.MouseEvent('mousedown', { bubbles: true }))
    await new Promise((resolve) => setTimeout(resolve, 400))
    pad.dispatchEvent(new dom.window.MouseEvent('mouseup', { bubbles: true }))
    pad.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }))
    expect(calls.map((c) => c.handler)).toEqual(['long', 'tap', 'long'])
  })
})
