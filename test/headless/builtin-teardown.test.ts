// A built-in's own timers end with it: a swiper that autoplays stops when wx:if removes it, and
// when its page is closed (reLaunch) nothing of it fires any more. Before, the autoplay timer ran
// on the thread's global timers and, once the page was gone, posted to a closed view channel
// and crashed the process (seen on WeChat's demo app, whose swiper page autoplays).

import { afterAll, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import { tempProject, type TempProject } from '../support/temp-project.ts'

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/swipe/swipe', 'pages/other/other'] }),
  'app.js': `App({ globalData: { changes: 0 } })`,
  'pages/swipe/swipe.wxml': `<swiper wx:if="{{on}}" autoplay interval="30" duration="0" bindchange="changed">
  <swiper-item>a</swiper-item><swiper-item>b</swiper-item><swiper-item>c</swiper-item>
</swiper>`,
  'pages/swipe/swipe.js': `Page({
  data: { on: true },
  changed() { getApp().globalData.changes++ },
  off() { this.setData({ on: false }) },
})`,
  'pages/other/other.wxml': `<view>other</view>`,
  'pages/other/other.js': `Page({})`,
}

let mp: MiniProgram | undefined
let dir: TempProject | undefined

afterAll(async () => {
  await mp?.close()
  await dir?.remove()
})

const changes = () => mp!.evaluate('function () { return getApp().globalData.changes }')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

it('stops a swiper autoplay when wx:if removes it and when its page closes', async () => {
  dir = await tempProject('mpsim-teardown-', files)
  mp = await launch({ project: dir.dir })
  const page = (await mp.currentPage())!
  await page.waitFor(async () => Number(await changes()) >= 2)

  await mp.evaluate('function () { getCurrentPages()[0].off() }')
  await mp.settle()
  const after = Number(await changes())
  await sleep(200)
  expect(Number(await changes())).toBe(after)

  await mp.evaluate('function () { getCurrentPages()[0].setData({ on: true }) }')
  await page.waitFor(async () => Number(await changes()) >= after + 2)
  await mp.reLaunch('/pages/other/other')
  await sleep(200)
  expect(mp.errors).toEqual([])
  expect((await mp.currentPage())!.path).toBe('pages/other/other')
})
