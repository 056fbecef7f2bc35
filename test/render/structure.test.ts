// wx:if, wx:for, <block>, templates, import/include, slots: rendered DOM as the platform
// documents it (developers.weixin.qq.com, WXML reference).

import { describe, expect, test } from 'vitest'
import { renderWxml } from '../support/render.ts'

const html = (files: Record<string, string>, data: Record<string, unknown> = {}) => {
  const r = renderWxml(files, 'index.wxml', data)
  return { r, out: () => r.root.innerHTML }
}

describe('conditions', () => {
  test('wx:if / wx:elif / wx:else pick one branch and switch on update', () => {
    const { r, out } = html(
      {
        'index.wxml': `<view wx:if="{{n > 5}}">big</view>\n<!-- c -->\n<view wx:elif="{{n > 2}}">mid</view>\n<view wx:else>small</view>`,
      },
      { n: 7 },
    )
    expect(out()).toBe('<wx-view>big</wx-view>')
    r.setData({ n: 3 })
    expect(out()).toBe('<wx-view>mid</wx-view>')
    r.setData({ n: 0 })
    expect(out()).toBe('<wx-view>small</wx-view>')
  })

  test('a literal string condition is truthy ("false" without braces), as the docs warn', () => {
    const { out } = html({
      'index.wxml': `<view wx:if="false">shown</view><view wx:if="{{false}}">hidden</view>`,
    })
    expect(out()).toBe('<wx-view>shown</wx-view>')
  })

  test('hidden keeps the node and toggles the attribute', () => {
    const { r, out } = html({ 'index.wxml': `<view hidden="{{h}}">x</view>` }, { h: true })
    expect(out()).toBe('<wx-view hidden="">x</wx-view>')
    r.setData({ h: false })
    expect(out()).toBe('<wx-view>x</wx-view>')
  })

  test('wx:elif without wx:if is a compile error with a location', () => {
    const r = renderWxml(
      { 'index.wxml': `<view>\n  <text wx:elif="{{a}}">x</text>\n</view>` },
      'index.wxml',
      {},
    )
    expect(r.errors[0]).toMatch(/WXML_ELSE_WITHOUT_IF[\s\S]*index\.wxml:2:3/)
  })
})

describe('lists', () => {
  test('wx:for over an array with custom item and index names', () => {
    const { out } = html(
      {
        'index.wxml': `<view wx:for="{{list}}" wx:for-item="it" wx:for-index="i">{{i}}={{it}}</view>`,
      },
      { list: ['a', 'b'] },
    )
    expect(out()).toBe('<wx-view>0=a</wx-view><wx-view>1=b</wx-view>')
  })

  test('wx:for over an object gives keys as index', () => {
    const { out } = html(
      { 'index.wxml': `<text wx:for="{{o}}">{{index}}:{{item}};</text>` },
      { o: { x: 1, y: 2 } },
    )
    expect(out()).toBe('<wx-text>x:1;</wx-text><wx-text>y:2;</wx-text>')
  })

  test('wx:for over a number and over a string', () => {
    const { out } = html({
      'index.wxml': `<text wx:for="{{3}}">{{item}}</text>|<text wx:for="ab">{{item}}</text>`,
    })
    expect(out()).toBe(
      '<wx-text>0</wx-text><wx-text>1</wx-text><wx-text>2</wx-text>|<wx-text>a</wx-text><wx-text>b</wx-text>',
    )
  })

  test('a trailing space makes wx:for a string (the docs example)', () => {
    const { out } = html({ 'index.wxml': `<text wx:for="{{[1,2]}} ">{{item}}</text>` })
    expect(out()).toBe(
      '<wx-text>1</wx-text><wx-text>,</wx-text><wx-text>2</wx-text><wx-text> </wx-text>',
    )
  })

  test('wx:for with wx:if on the same element filters per item', () => {
    const { r, out } = html(
      { 'index.wxml': `<view wx:for="{{list}}" wx:if="{{item.show}}">{{item.n}}</view>` },
      {
        list: [
          { n: 1, show: true },
          { n: 2, show: false },
          { n: 3, show: true },
        ],
      },
    )
    expect(out()).toBe('<wx-view>1</wx-view><wx-view>3</wx-view>')
    r.setData({ 'list[1].show': true })
    expect(out()).toBe('<wx-view>1</wx-view><wx-view>2</wx-view><wx-view>3</wx-view>')
  })

  test('<block wx:for> renders its children without a wrapper', () => {
    const { out } = html({
      'index.wxml': `<block wx:for="{{[1,2]}}"><text>{{item}}</text><text>!</text></block>`,
    })
    expect(out()).toBe(
      '<wx-text>1</wx-text><wx-text>!</wx-text><wx-text>2</wx-text><wx-text>!</wx-text>',
    )
  })

  test('an empty or missing list renders nothing and can grow later', () => {
    const { r, out } = html({ 'index.wxml': `<text wx:for="{{list}}">{{item}}</text>` })
    expect(out()).toBe('')
    r.setData({ list: ['x'] })
    expect(out()).toBe('<wx-text>x</wx-text>')
  })
})

describe('templates', () => {
  test('template with data spread and shorthand', () => {
    const { r, out } = html(
      {
        'index.wxml': `<template name="card"><view class="card">{{title}} {{n}} {{extra}}</view></template>
<template is="card" data="{{...item, n, extra: 'e'}}"/>`,
      },
      { item: { title: 'T' }, n: 1 },
    )
    expect(out()).toBe('<wx-view class="card">T 1 e</wx-view>')
    r.setData({ 'item.title': 'U' })
    expect(out()).toBe('<wx-view class="card">U 1 e</wx-view>')
  })

  test('dynamic is switches templates', () => {
    const { r, out } = html(
      {
        'index.wxml': `<template name="a"><text>A{{v}}</text></template><template name="b"><text>B{{v}}</text></template><template is="{{which}}" data="{{v}}"/>`,
      },
      { which: 'a', v: 1 },
    )
    expect(out()).toBe('<wx-text>A1</wx-text>')
    r.setData({ which: 'b' })
    expect(out()).toBe('<wx-text>B1</wx-text>')
  })

  test('a template sees only its data, not the page data', () => {
    const { out } = html(
      { 'index.wxml': `<template name="t"><text>[{{page}}]</text></template><template is="t"/>` },
      { page: 'p' },
    )
    expect(out()).toBe('<wx-text>[]</wx-text>')
  })

  test('templates in a list, one row updated', () => {
    const { r, out } = html(
      {
        'index.wxml': `<template name="row"><text>{{name}}</text></template><block wx:for="{{list}}" wx:key="id"><template is="row" data="{{...item}}"/></block>`,
      },
      {
        list: [
          { id: 1, name: 'a' },
          { id: 2, name: 'b' },
        ],
      },
    )
    r.setData({ 'list[1].name': 'B' })
    expect(out()).toBe('<wx-text>a</wx-text><wx-text>B</wx-text>')
  })

  test('import is not transitive: C imports B, B imports A; C cannot use A', () => {
    const { r, out } = html({
      'a.wxml': `<template name="A"><text>A</text></template>`,
      'b.wxml': `<import src="a.wxml"/><template name="B"><text>B</text><template is="A"/></template>`,
      'index.wxml': `<import src="b.wxml"/><template is="B"/><template is="A"/>`,
    })
    // B can use A (its own import); the page cannot use A directly.
    expect(out()).toBe('<wx-text>B</wx-text><wx-text>A</wx-text>')
    expect(r.errors).toEqual([])
  })

  test('include copies everything but <template> and <wxs>, evaluated with the includer data', () => {
    const { out } = html(
      {
        'header.wxml': `<template name="x"><text>no</text></template><view>head {{title}}</view>`,
        'index.wxml': `<include src="header.wxml"/><view>body</view>`,
      },
      { title: 'T' },
    )
    expect(out()).toBe('<wx-view>head T</wx-view><wx-view>body</wx-view>')
  })

  test('a missing import is reported with its location and the rest still renders', () => {
    const r = renderWxml(
      { 'index.wxml': `<import src="nope.wxml"/>\n<view>ok</view>` },
      'index.wxml',
      {},
    )
    expect(r.errors.join('\n')).toMatch(/IMPORT_NOT_FOUND[\s\S]*index\.wxml:1:14/)
    expect(r.root.innerHTML).toBe('<wx-view>ok</wx-view>')
  })

  test('include cycles are reported, not followed forever', () => {
    const r = renderWxml(
      {
        'a.wxml': `<include src="index.wxml"/>`,
        'index.wxml': `<include src="a.wxml"/><view>x</view>`,
      },
      'index.wxml',
      {},
    )
    expect(r.errors.join('\n')).toMatch(/INCLUDE_CYCLE/)
    expect(r.root.innerHTML).toBe('<wx-view>x</wx-view>')
  })
})

describe('wxs', () => {
  test('inline and src modules, with require between .wxs files', () => {
    const { out } = html(
      {
        'utils/a.wxs': `var b = require('./b.wxs'); module.exports = { twice: function (x) { return b.add(x, x) } }`,
        'utils/b.wxs': `module.exports.add = function (x, y) { return x + y }`,
        'index.wxml': `<wxs module="u" src="./utils/a.wxs"/><wxs module="m">module.exports.up = function (s) { return s.toUpperCase() }</wxs><text>{{u.twice(n)}} {{m.up('a')}}</text>`,
      },
      { n: 4 },
    )
    expect(out()).toBe('<wx-text>8 A</wx-text>')
  })

  test('an exception in a WXS function is reported and leaves the rest rendered', () => {
    const r = renderWxml(
      {
        'index.wxml': `<wxs module="m">module.exports.f = function () { throw new Error('boom') }</wxs><text>{{m.f()}}</text><text>ok</text>`,
      },
      'index.wxml',
      {},
    )
    expect(r.errors.join()).toMatch(/boom/)
    expect(r.root.innerHTML).toBe('<wx-text></wx-text><wx-text>ok</wx-text>')
  })
})

describe('custom components and slots', () => {
  test('properties flow in, default and named slots render in place', () => {
    const r = renderWxml(
      {
        'index.wxml': `<card title="{{t}}"><text slot="head">H</text><text>body {{t}}</text></card>`,
        'card.wxml': `<view class="card"><slot name="head"/><view>{{title}}</view><slot/></view>`,
      },
      'index.wxml',
      { t: 'x' },
      { usingComponents: { card: 'card.wxml' } },
    )
    expect(r.errors).toEqual([])
    expect(r.root.innerHTML).toBe(
      '<card is="card"><wx-view class="ccard--card"><wx-text>H</wx-text><wx-view>x</wx-view><wx-text>body x</wx-text></wx-view></card>',
    )
    r.setData({ t: 'y' })
    expect(r.root.textContent).toBe('Hybody y')
  })
})

describe('style isolation in the DOM', () => {
  const files = {
    'index.wxml': `<btn custom-class="big {{extra}}" class="host"/><view class="plain"/>`,
    'btn.wxml': `<view class="inner custom-class">b</view>`,
  }

  test('component classes are prefixed, page classes are not, external classes map to the user', () => {
    // The logic thread declares externalClasses when the instance is created.
    const r2 = renderWxml(
      files,
      'index.wxml',
      { extra: 'x' },
      {
        usingComponents: { btn: 'btn.wxml' },
        view: { onComponent: (c) => void (c.def.externalClasses = ['custom-class']) },
      },
    )
    expect(r2.root.innerHTML).toBe(
      '<btn is="btn" class="host"><wx-view class="cbtn--inner big x">b</wx-view></btn><wx-view class="plain"></wx-view>',
    )
    r2.setData({ extra: 'y' })
    expect(r2.root.querySelector('btn wx-view')!.getAttribute('class')).toBe('cbtn--inner big y')
  })
})

describe('generic: abstract nodes', () => {
  test('the user picks the implementation; without one the componentGenerics default renders', async () => {
    const { JSDOM } = await import('jsdom')
    const { bundleFiles } = await import('../support/render.ts')
    const { View } = await import('../../runtime/view/render/view.ts')
    const files = {
      'index.wxml': `<list generic:item="fancy-item" items="{{[1, 2]}}"/><list items="{{[3]}}"/>`,
      'list.wxml': `<item wx:for="{{items}}" value="{{item}}"/>`,
      'fancy.wxml': `<text>*{{value}}*</text>`,
      'plain.wxml': `<text>{{value}}</text>`,
    }
    const { bundle, errors } = bundleFiles(files, 'index.wxml', {
      list: 'list.wxml',
      'fancy-item': 'fancy.wxml',
      'plain-item': 'plain.wxml',
    })
    expect(errors).toEqual([])
    // componentGenerics of list.json: { "item": { "default": "plain-item" } }
    bundle.components['list']!.generics = { item: 'plain' }
    const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>')
    const page = new View({ document: dom.window.document, bundle }).mountPage({})
    expect(page.host.textContent).toBe('*1**2*3')
    expect(page.host.querySelector('item')!.getAttribute('is')).toBe('fancy')
  })
})
