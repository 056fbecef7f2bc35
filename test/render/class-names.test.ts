// How a class value becomes class names: the platform (glass-easel class_list.ts) takes the runs
// between whitespace, `.` and `,`, so an array gives one class per item. tdesign relies on it
// (`class="{{[classPrefix, placement]}}"` in chat-actionbar, an array in chat-message).

import { expect, test } from 'vitest'
import { renderWxml } from '../support/render.ts'

const classOf = (wxml: string, data: Record<string, unknown>) =>
  renderWxml({ 'index.wxml': wxml }, 'index.wxml', data).root.firstElementChild?.getAttribute(
    'class',
  )

test('an array class value gives one class per item', () => {
  expect(classOf(`<view class="{{[a, 'b']}}"/>`, { a: 'x' })).toBe('x b')
  expect(classOf(`<view class="c {{list}}"/>`, { list: ['m', 'n', ''] })).toBe('c m n')
})

test('commas and dots separate class names as spaces do', () => {
  expect(classOf(`<view class="a,b {{c}}"/>`, { c: 'd.e' })).toBe('a b d e')
})
