// The first render's shortcuts keep the DOM the same: a wx:for list rendered from empty appends
// its rows (straight into the parent when the list ends it, through a fragment when something
// follows), and a view parses the built-ins' styles once, as soon as it starts.

import { expect, test } from 'vitest'
import { renderWxml } from '../support/render.ts'
import { startTestView } from '../support/view-port.ts'

const rows = '<view wx:for="{{list}}" wx:key="*this">{{item}}</view>'

test('a list that ends its parent renders its rows in order, and later rows go after them', () => {
  const r = renderWxml({ 'index.wxml': `<view>head</view>${rows}` }, 'index.wxml', {
    list: ['a', 'b', 'c'],
  })
  const text = () => [...r.root.querySelectorAll('wx-view')].map((v) => v.textContent)
  expect(text()).toEqual(['head', 'a', 'b', 'c'])
  r.setData({ list: ['a', 'b', 'c', 'd'] })
  expect(text()).toEqual(['head', 'a', 'b', 'c', 'd'])
  r.setData({ list: [] })
  r.setData({ list: ['x', 'y'] })
  expect(text()).toEqual(['head', 'x', 'y'])
})

test('a list followed by a sibling renders its rows before the sibling', () => {
  const r = renderWxml({ 'index.wxml': `${rows}<view>tail</view>` }, 'index.wxml', {
    list: ['a', 'b'],
  })
  const text = () => [...r.root.querySelectorAll('wx-view')].map((v) => v.textContent)
  expect(text()).toEqual(['a', 'b', 'tail'])
  r.setData({ list: [] })
  r.setData({ list: ['c', 'd', 'e'] })
  expect(text()).toEqual(['c', 'd', 'e', 'tail'])
})

test("a view has the built-ins' styles before its page is mounted, and once after", async () => {
  const v = startTestView({ 'index.wxml': '<view>x</view>' })
  const builtins = () => v.dom.window.document.querySelectorAll('style[data-mpsim="builtins"]')
  await Promise.resolve()
  expect(builtins().length).toBe(1)
  v.mount({})
  expect(builtins().length).toBe(1)
  expect(v.dom.window.document.head.firstElementChild).toBe(builtins()[0])
})
