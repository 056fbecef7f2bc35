// A small project for the browser tests, written to a temp folder: one long page ("feed") with
// page scroll hooks, pull-down refresh, onResize, buttons that open a toast and an action sheet, log,
// throw and write storage, and a box 375rpx wide (half the screen on any device).

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const FEED_JS = `// The feed page of the browser tests.
Page({
  data: { rows: [], top: 0, bottoms: 0, refreshes: 0, picked: 'none', note: 'first' },
  onLoad() {
    this.setData({ rows: Array.from({ length: 60 }, (_, i) => i) })
  },
  onPageScroll(e) {
    this.setData({ top: Math.round(e.scrollTop) })
  },
  onReachBottom() {
    this.setData({ bottoms: this.data.bottoms + 1 })
  },
  onResize(res) {
    this.setData({ note: 'resized-' + res.size.windowWidth })
  },
  onPullDownRefresh() {
    this.setData({ refreshes: this.data.refreshes + 1 })
    setTimeout(() => wx.stopPullDownRefresh(), 600)
  },
  toast() {
    wx.showToast({ title: 'Saved', icon: 'success', duration: 1000 })
  },
  sheet() {
    wx.showActionSheet({
      itemList: ['Red', 'Green', 'Blue'],
      success: (res) => this.setData({ picked: ['Red', 'Green', 'Blue'][res.tapIndex] }),
      fail: () => this.setData({ picked: 'cancelled' }),
    })
  },
  crash() { throw new Error('feed crashed on purpose') },
  log() {
    console.log('feed says hello', 42)
  },
  store() {
    wx.setStorageSync('colour', { name: 'green' })
    wx.setStorageSync('count', 3)
  },
})
`

const FEED_WXML = `<view class="bar">
  <button class="do-toast" size="mini" bindtap="toast">Toast</button>
  <button class="do-sheet" size="mini" bindtap="sheet">Sheet</button>
  <button class="do-log" size="mini" bindtap="log">Log</button>
  <button class="do-crash" size="mini" bindtap="crash">Crash</button>
  <button class="do-store" size="mini" bindtap="store">Store</button>
</view>
<view class="status">top={{top}} bottoms={{bottoms}} refreshes={{refreshes}} picked={{picked}} note={{note}}</view>
<view class="half"></view>
<view wx:for="{{rows}}" wx:key="*this" class="row">Row {{item}}</view>
`

/** The line of `feed.js` that throws in `crash` (the console must point at it). */
export const CRASH_LINE = FEED_JS.split('\n').findIndex((l) => l.includes('feed crashed')) + 1

const FILES: Record<string, string> = {
  'project.config.json': JSON.stringify({ appid: 'mpsim-feed', compileType: 'miniprogram' }),
  'app.json': JSON.stringify({
    pages: ['pages/feed/feed'],
    window: { navigationBarTitleText: 'Feed', backgroundColor: '#eeeeee' },
  }),
  'app.js': 'App({})\n',
  'pages/feed/feed.json': JSON.stringify({
    enablePullDownRefresh: true,
    onReachBottomDistance: 50,
  }),
  'pages/feed/feed.js': FEED_JS,
  'pages/feed/feed.wxml': FEED_WXML,
  'pages/feed/feed.wxss':
    '.status { position: fixed; bottom: 0; left: 0; right: 0; background: #fff; }\n' +
    '.half { width: 375rpx; height: 20rpx; background: #07c160; }\n' +
    '.row { height: 40px; }\n',
}

export async function writeFeedProject(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'mpsim-feed-'))
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return root
}
