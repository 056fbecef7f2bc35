// Generates a mini-program project for the build benchmark: pages with lists, conditions,
// imported templates, an include, custom components, WXSS with rpx and a WXS module.
// The same shape at any size, so the 3-page and the 250-page app differ only in count.

import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface AppShape {
  pages: number
  /** Files of named templates (`templates/tN.wxml`), imported by the pages in turn. */
  templates: number
  /** Custom components (`components/cN/index`), used by the pages in turn. */
  components: number
}

export const SMALL_APP: AppShape = { pages: 3, templates: 2, components: 2 }
/** 250 pages + 80 template files + 19 components + 1 include = 350 WXML files. */
export const LARGE_APP: AppShape = { pages: 250, templates: 80, components: 19 }

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n'

/** Writes the project into `dir`; returns how many files of each kind it wrote. */
export function generateApp(dir: string, shape: AppShape): Record<string, number> {
  const files = new Map<string, string>()
  const pages = Array.from({ length: shape.pages }, (_, i) => `pages/p${i}/index`)
  files.set('app.json', json({ pages, window: { navigationBarTitleText: 'bench' } }))
  files.set('app.js', 'App({ globalData: { started: Date.now() } })\n')
  files.set('app.wxss', '@import "common/base.wxss";\npage { font-size: 28rpx; color: #333; }\n')
  files.set(
    'common/base.wxss',
    '.card { margin: 16rpx 24rpx; padding: 20rpx; border-radius: 8rpx; }\n',
  )
  files.set('common/header.wxml', HEADER_WXML)
  files.set('utils/format.wxs', FORMAT_WXS)
  for (let t = 0; t < shape.templates; t++) files.set(`templates/t${t}.wxml`, templateWxml(t))
  for (let c = 0; c < shape.components; c++) addComponent(files, c)
  pages.forEach((page, i) => addPage(files, page, i, shape))
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  const count = (ext: string) => [...files.keys()].filter((f) => f.endsWith(ext)).length
  return { wxml: count('.wxml'), wxss: count('.wxss'), js: count('.js'), wxs: count('.wxs') }
}

const HEADER_WXML = `<view class="header">
  <text class="title">{{title}}</text>
  <text wx:if="{{subtitle}}" class="subtitle">{{subtitle}}</text>
</view>
`

const FORMAT_WXS = `var money = function (cents) {
  return (cents / 100).toFixed(2)
}
var tag = function (item) {
  if (item.stock === 0) return 'sold out'
  return item.stock < 5 ? 'few left' : ''
}
module.exports = { money: money, tag: tag }
`

function templateWxml(t: number): string {
  return `<template name="item${t}">
  <view class="item item-${t} {{selected ? 'selected' : ''}}" data-id="{{id}}">
    <text class="name">{{name}}</text>
    <text class="price">{{price}}</text>
  </view>
</template>
<template name="empty${t}">
  <view class="empty">nothing here ({{reason || 'no items'}})</view>
</template>
`
}

function addComponent(files: Map<string, string>, c: number): void {
  const base = `components/c${c}/index`
  files.set(`${base}.json`, json({ component: true }))
  files.set(
    `${base}.js`,
    `Component({
  properties: { label: { type: String, value: '' }, count: { type: Number, value: 0 } },
  data: { open: false },
  methods: { toggle() { this.setData({ open: !this.data.open }); this.triggerEvent('change', { open: !this.data.open }) } },
})
`,
  )
  files.set(
    `${base}.wxml`,
    `<view class="c${c} {{open ? 'open' : ''}}" bindtap="toggle">
  <text>{{label}}</text>
  <text wx:if="{{count > 0}}" class="badge">{{count > 99 ? '99+' : count}}</text>
  <slot></slot>
</view>
`,
  )
  files.set(
    `${base}.wxss`,
    `.c${c} { display: flex; padding: 12rpx 24rpx; }\n.badge { min-width: 32rpx; border-radius: 16rpx; }\n`,
  )
}

function addPage(files: Map<string, string>, page: string, i: number, shape: AppShape): void {
  const t = i % shape.templates
  const c = i % shape.components
  files.set(
    `${page}.json`,
    json({
      navigationBarTitleText: `Page ${i}`,
      usingComponents: { 'x-card': `/components/c${c}/index` },
    }),
  )
  files.set(`${page}.js`, pageJs(i))
  files.set(`${page}.wxml`, pageWxml(i, t))
  files.set(
    `${page}.wxss`,
    `@import "/common/base.wxss";
.list-${i} { padding: 0 32rpx; }
.item { height: 88rpx; line-height: 88rpx; border-bottom: 1rpx solid #eee; }
.selected { background: #f5f5f5; }
`,
  )
}

function pageJs(i: number): string {
  return `Page({
  data: {
    title: 'Page ${i}',
    subtitle: '',
    loading: false,
    items: Array.from({ length: 20 }, (_, n) => ({ id: n, name: 'item ' + n, price: n * 100, stock: n % 7 })),
  },
  onLoad(query) { this.setData({ subtitle: query.from || '' }) },
  select(e) { this.setData({ selected: e.currentTarget.dataset.id }) },
  more() { this.setData({ loading: true }) },
})
`
}

function pageWxml(i: number, t: number): string {
  return `<import src="/templates/t${t}.wxml" />
<wxs src="/utils/format.wxs" module="fmt" />
<wxs module="local">
module.exports = { odd: function (n) { return n % 2 === 1 } }
</wxs>
<include src="/common/header.wxml" />
<view class="list-${i}">
  <block wx:if="{{loading}}"><view class="loading">loading…</view></block>
  <block wx:elif="{{items.length === 0}}"><template is="empty${t}" data="{{reason: 'empty'}}" /></block>
  <block wx:else>
    <view wx:for="{{items}}" wx:key="id" class="{{local.odd(index) ? 'odd' : 'even'}}" bindtap="select" data-id="{{item.id}}">
      <template is="item${t}" data="{{...item, price: fmt.money(item.price), selected: item.id === selected}}" />
      <text wx:if="{{fmt.tag(item)}}" class="tag">{{fmt.tag(item)}}</text>
    </view>
  </block>
  <x-card label="total" count="{{items.length}}"><text>page ${i}</text></x-card>
  <button bindtap="more" disabled="{{loading}}">more</button>
</view>
`
}
