// Page scrolling across the threads: the view reports scrolls only for pages that define
// onPageScroll (a page without it costs no message), onReachBottom fires once each time the
// page enters its onReachBottomDistance, and pull-down refresh (a pull, or
// wx.startPullDownRefresh) runs onPullDownRefresh only where enablePullDownRefresh is on, with
// the indicator shown until wx.stopPullDownRefresh.

import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import { tempDir } from './todo-flow.ts'

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/feed/feed', 'pages/plain/plain'] }),
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/feed/feed.json': JSON.stringify({
    enablePullDownRefresh: true,
    backgroundColor: '#eeeeee',
    onReachBottomDistance: 100,
  }),
  'pages/feed/feed.wxml': `<view wx:for="{{rows}}" wx:key="*this">{{item}}</view><text class="state">{{state}}</text>`,
  'pages/feed/feed.js': `const log = (x) => getApp().globalData.log.push(x)
Page({
  data: { rows: [1, 2, 3], state: 'idle' },
  onPageScroll(e) { log('scroll ' + e.scrollTop) },
  onReachBottom() { log('bottom'); this.setData({ rows: this.data.rows.concat(this.data.rows.length + 1) }) },
  onPullDownRefresh() { log('refresh'); this.setData({ state: 'refreshing' }) },
  done() { wx.stopPullDownRefresh(); this.setData({ state: 'idle' }) },
})`,
  'pages/plain/plain.json': '{}',
  'pages/plain/plain.wxml': `<view>plain</view>`,
  'pages/plain/plain.js': `Page({ onPullDownRefresh() { getApp().globalData.log.push('plain refresh') } })`,
}

const readLog = (mp: MiniProgram) =>
  mp.evaluate('function () { return getApp().globalData.log.splice(0) }')

describe.each(['worker', 'single-thread'] as const)('page scroll (%s)', (mode) => {
  let mp: MiniProgram
  let dir: Awaited<ReturnType<typeof tempDir>>

  beforeAll(async () => {
    dir = await tempDir('mpsim-scroll-')
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir.dir, path)), { recursive: true })
      await writeFile(join(dir.dir, path), text)
    }
    mp = await launch({ project: dir.dir, mode })
  })
  afterAll(async () => {
    await mp?.close()
    await dir?.remove()
  })

  it('reports scrolls to onPageScroll and enters the bottom zone once', async () => {
    const page = (await mp.currentPage())!
    const layout = { scrollHeight: 2000, viewHeight: 600 }
    await page.scrollTo(300, layout)
    expect(await readLog(mp)).toEqual(['scroll 300'])
    // 2000 - 1310 - 600 = 90 ≤ 100: in the zone
    await page.scrollTo(1310, layout)
    await page.scrollTo(1400, layout)
    expect(await readLog(mp)).toEqual(['scroll 1310', 'bottom', 'scroll 1400'])
    expect(await page.data('rows')).toEqual([1, 2, 3, 4])
    // leaving the zone and coming back fires again
    await page.scrollTo(500, layout)
    await page.scrollTo(1390, layout)
    expect(await readLog(mp)).toEqual(['scroll 500', 'scroll 1390', 'bottom'])
  })

  it('refreshes on a pull, shows the indicator until stopPullDownRefresh', async () => {
    const page = (await mp.currentPage())!
    const document = page.pageView()!.document
    const indicator = () => document.querySelector('.wx-pull-down-refresh') as HTMLElement
    expect(indicator().dataset.state).toBe('idle')
    await page.scrollTo(0)
    await readLog(mp)
    await page.pullDownRefresh()
    expect(await readLog(mp)).toEqual(['refresh'])
    expect(await (await page.$('.state'))!.text()).toBe('refreshing')
    expect(indicator().dataset.state).toBe('refreshing')
    expect(indicator().style.background).toContain('238') // #eeeeee
    // a second pull while refreshing starts nothing
    await page.pullDownRefresh()
    expect(await readLog(mp)).toEqual([])
    await page.callMethod('done')
    expect(indicator().dataset.state).toBe('idle')
    expect(document.body.style.transform).toBe('')
    // the API starts it like a pull
    await mp.callWxMethod('startPullDownRefresh')
    expect(await readLog(mp)).toEqual(['refresh'])
    expect(indicator().dataset.state).toBe('refreshing')
    await mp.callWxMethod('stopPullDownRefresh')
    expect(indicator().dataset.state).toBe('idle')
  })

  it('sends nothing for a page without the hooks or enablePullDownRefresh', async () => {
    const page = await mp.navigateTo('/pages/plain/plain')
    const before = mp.record.filter({ direction: 'view→host' }).length
    await page.scrollTo(400)
    await page.pullDownRefresh()
    await mp.callWxMethod('startPullDownRefresh')
    const sent = mp.record.filter({ direction: 'view→host' }).slice(before)
    expect(sent.map((e) => e.type)).toEqual([])
    expect(await readLog(mp)).toEqual([])
    expect(page.pageView()!.document.querySelector('.wx-pull-down-refresh')).toBeNull()
    expect(mp.errors).toEqual([])
  })
})
