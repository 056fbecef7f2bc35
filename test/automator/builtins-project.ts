// A small project with the built-ins the client has element classes for (scroll-view, swiper,
// switch, slider, movable-view, textarea, canvas) and handlers that record what reached logic.

import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { tempDir } from '../headless/todo-flow.ts'

const record = `function rec(page, name, e) {
  const seen = page.data.seen.concat([[name, e]])
  page.setData({ seen })
}`

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index', 'pages/other/other'] }),
  'app.js': 'App({})',
  'pages/index/index.json': JSON.stringify({
    usingComponents: { counter: '/components/counter/counter' },
  }),
  'pages/index/index.wxml': `<view class="page">
  <scroll-view class="scroller" scroll-y style="height: 100px" bindscroll="onScroll">
    <view wx:for="{{rows}}" wx:key="*this" class="row">{{item}}</view>
  </scroll-view>
  <swiper class="swiper" bindchange="onSwiper">
    <swiper-item><view>A</view></swiper-item>
    <swiper-item><view>B</view></swiper-item>
    <swiper-item><view>C</view></swiper-item>
  </swiper>
  <switch class="switch" bindchange="onSwitch" />
  <slider class="slider" min="0" max="100" value="10" bindchange="onSlider" />
  <movable-area><movable-view class="movable" bindchange="onMove"></movable-view></movable-area>
  <textarea class="notes" value="{{notes}}" bindinput="onNotes" />
  <canvas class="board" canvas-id="board" style="width: 50px; height: 50px"></canvas>
  <view class="pad" style="color: rgb(255, 0, 0)" bindtouchstart="onTouch" bindtouchmove="onTouch" bindtouchend="onTouch" bindlongpress="onLong" bindtap="onTap" bindhello="onHello" data-kind="pad">pad</view>
  <counter class="counter" id="counter" start="{{5}}" bindbumped="onBumped" />
</view>`,
  'pages/index/index.js': `${record}
Page({
  data: { rows: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], seen: [], notes: '' },
  onScroll(e) { rec(this, 'scroll', { scrollTop: e.detail.scrollTop }) },
  onSwiper(e) { rec(this, 'swiper', e.detail) },
  onSwitch(e) { rec(this, 'switch', e.detail) },
  onSlider(e) { rec(this, 'slider', e.detail) },
  onMove(e) { rec(this, 'move', e.detail) },
  onNotes(e) { this.setData({ notes: e.detail.value }) },
  onTouch(e) { rec(this, e.type, { touches: e.touches.length, x: (e.changedTouches[0] || {}).clientX }) },
  onLong(e) { rec(this, 'longpress', {}) },
  onTap(e) { rec(this, 'tap', {}) },
  onHello(e) { rec(this, 'hello', e.detail) },
  onBumped(e) { rec(this, 'bumped', e.detail) },
  double(n) { return n * 2 },
})`,
  'pages/other/other.wxml': '<view class="other">other</view>',
  'pages/other/other.js': 'Page({})',
  'components/counter/counter.json': JSON.stringify({ component: true }),
  'components/counter/counter.wxml': '<view class="count">{{count}}</view>',
  'components/counter/counter.js': `Component({
  properties: { start: { type: Number, value: 0 } },
  data: { count: 0 },
  lifetimes: { attached() { this.setData({ count: this.data.start }) } },
  methods: {
    bump(by) {
      this.setData({ count: this.data.count + by })
      this.triggerEvent('bumped', { count: this.data.count })
      return this.data.count
    },
  },
})`,
}

export async function builtinsProject(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const temp = await tempDir('mpsim-automator-')
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(temp.dir, path)), { recursive: true })
    await writeFile(join(temp.dir, path), text)
  }
  return temp
}
