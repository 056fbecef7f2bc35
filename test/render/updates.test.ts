// setData patches update only what depends on the changed paths.

import { describe, expect, test } from 'vitest'
import { JSDOM } from 'jsdom'
import { renderWxml } from '../support/render.ts'
import { recordDom } from '../support/dom-log.ts'

function setup(files: Record<string, string>, data: Record<string, unknown>) {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>')
  const r = renderWxml(files, 'index.wxml', data, { document: dom.window.document })
  expect(r.errors).toEqual([])
  const log = recordDom(dom.window as unknown as Parameters<typeof recordDom>[0])
  return { ...r, log, text: () => r.root.textContent }
}

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: i, name: `n${i}`, done: false }))

// A WXS function called once per row evaluation counts how many rows were looked at.
const counted = {
  'index.wxml': `<wxs module="c">var n = 0; module.exports = { f: function (x) { n++; return x }, n: function () { return n } }</wxs>
<view wx:for="{{list}}" wx:key="id" class="row {{item.done ? 'done' : ''}}"><text>{{c.f(item.name)}}</text></view>`,
}

describe('fine-grained updates', () => {
  test('changing one row of 10,000 evaluates and touches only that row', () => {
    const r = setup(counted, { list: rows(10_000) })
    const wxs = r.view.modules.get('index')!.wxs('c') as { n(): number }
    const before = wxs.n()
    r.setData({ 'list[5000].name': 'changed' })
    expect(wxs.n() - before).toBe(1)
    expect(r.log.ops.map((o) => o.op)).toEqual(['text'])
    expect(r.root.children[5000]!.textContent).toBe('changed')
    r.log.stop()
  })

  test('a flag in one row changes one class attribute', () => {
    const r = setup(counted, { list: rows(100) })
    r.setData({ 'list[7].done': true })
    expect(r.log.ops).toHaveLength(1)
    expect(r.log.ops[0]!.op).toBe('attr')
    expect(r.root.children[7]!.getAttribute('class')).toBe('row done')
    r.log.stop()
  })

  test('unrelated data touches nothing', () => {
    const r = setup(counted, { list: rows(10), other: 1 })
    r.setData({ other: 2, 'unused.deep': 3 })
    expect(r.log.ops).toEqual([])
    r.log.stop()
  })

  test('replacing the list with the same keys keeps every row element', () => {
    const r = setup(counted, { list: rows(5) })
    const before = Array.from(r.root.children)
    r.setData({ list: rows(5).map((x) => ({ ...x, name: x.name + '!' })) })
    expect(Array.from(r.root.children)).toEqual(before)
    expect(r.text()).toBe('n0!n1!n2!n3!n4!')
    expect(r.log.ops.filter((o) => o.op === 'insert' || o.op === 'remove')).toEqual([])
    r.log.stop()
  })

  test('wx:key moves keyed nodes: moving one row to the front moves only it', () => {
    const r = setup(counted, { list: rows(6) })
    const els = Array.from(r.root.children)
    const list = rows(6)
    list.unshift(list.pop()!)
    r.setData({ list })
    expect(Array.from(r.root.children)).toEqual([els[5], ...els.slice(0, 5)])
    const moved = r.log.ops.filter((o) => o.op === 'insert').map((o) => o.node)
    expect(moved).toEqual([els[5]])
    r.log.stop()
  })

  test('wx:key reverse, insert and remove keep surviving nodes', () => {
    const r = setup(counted, { list: rows(4) })
    const els = Array.from(r.root.children)
    r.setData({
      list: [
        { id: 3, name: 'n3' },
        { id: 9, name: 'new' },
        { id: 1, name: 'n1' },
        { id: 0, name: 'n0' },
      ],
    })
    const now = Array.from(r.root.children)
    expect(now[0]).toBe(els[3])
    expect(now[2]).toBe(els[1])
    expect(now[3]).toBe(els[0])
    expect(r.text()).toBe('n3newn1n0')
    r.log.stop()
  })

  test('*this keys on primitives', () => {
    const r = setup(
      { 'index.wxml': `<view wx:for="{{list}}" wx:key="*this">{{item}}</view>` },
      { list: ['a', 'b', 'c'] },
    )
    const els = Array.from(r.root.children)
    r.setData({ list: ['c', 'a', 'b'] })
    expect(Array.from(r.root.children)).toEqual([els[2], els[0], els[1]])
    r.log.stop()
  })

  test('appending through a path (`list[3]`) adds a row; setting a deep path of a new item too', () => {
    const r = setup(
      { 'index.wxml': `<view wx:for="{{list}}">{{item.name}}</view>` },
      { list: rows(3) },
    )
    r.setData({ 'list[3]': { name: 'three' } })
    expect(r.text()).toBe('n0n1n2three')
    r.setData({ 'list[4].name': 'four' })
    expect(r.text()).toBe('n0n1n2threefour')
    r.log.stop()
  })

  test('list.length follows additions', () => {
    const r = setup({ 'index.wxml': `<view>{{list.length}}</view>` }, { list: [1, 2] })
    r.setData({ 'list[2]': 3 })
    expect(r.text()).toBe('3')
    r.log.stop()
  })

  test('a patch on a parent path updates readers of children, and the reverse', () => {
    const r = setup(
      { 'index.wxml': `<view>{{a.b.c}}</view><view>{{a}}</view>` },
      { a: { b: { c: 1 } } },
    )
    r.setData({ a: { b: { c: 2 } } })
    expect(r.root.children[0]!.textContent).toBe('2')
    r.setData({ 'a.b.c': 3 })
    expect(r.root.children[0]!.textContent).toBe('3')
    r.log.stop()
  })

  test('a computed list (WXS filter) re-renders rows when its source changes inside', () => {
    const r = setup(
      {
        'index.wxml': `<wxs module="u">module.exports.open = function (l) { return l.filter(function (x) { return !x.done }) }</wxs>
<view wx:for="{{u.open(list)}}" wx:key="id">{{item.name}}</view>`,
      },
      { list: rows(3) },
    )
    r.setData({ 'list[1].done': true })
    expect(r.text()).toBe('n0n2')
    r.setData({ 'list[2].name': 'x' })
    expect(r.text()).toBe('n0x')
    r.log.stop()
  })

  test('nested lists follow paths through both levels', () => {
    const r = setup(
      {
        'index.wxml': `<view wx:for="{{groups}}" wx:for-item="g"><text wx:for="{{g.items}}">{{g.name}}:{{item}};</text></view>`,
      },
      {
        groups: [
          { name: 'a', items: [1, 2] },
          { name: 'b', items: [3] },
        ],
      },
    )
    r.setData({ 'groups[1].items[1]': 4, 'groups[0].name': 'A' })
    expect(r.text()).toBe('A:1;A:2;b:3;b:4;')
    r.setData({ groups: [{ name: 'b', items: [3] }] })
    expect(r.text()).toBe('b:3;')
    r.log.stop()
  })

  test('update cost does not grow with the list (evaluations counted)', () => {
    for (const n of [10, 10_000]) {
      const r = setup(counted, { list: rows(n) })
      const wxs = r.view.modules.get('index')!.wxs('c') as { n(): number }
      const before = wxs.n()
      for (let i = 0; i < 10; i++) r.setData({ [`list[${n - 1}].name`]: `v${i}` })
      expect(wxs.n() - before).toBe(10)
      r.log.stop()
    }
  })
})
