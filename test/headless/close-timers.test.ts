// Closing an app stops its timers. In single-thread mode logic shares this thread, so a
// setInterval the app left running went on after close() and its next wx call threw "cannot
// post: the endpoint is closed" as an uncaught exception (found by the chat sample's tests).

import { afterAll, expect, it } from 'vitest'
import { launch } from '../../index.ts'
import { tempProject, type TempProject } from '../support/temp-project.ts'

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': `App({ globalData: { ticks: 0 } })`,
  'pages/index/index.wxml': `<view>{{n}}</view>`,
  'pages/index/index.js': `Page({
  data: { n: 0 },
  onLoad() {
    setInterval(() => {
      getApp().globalData.ticks++
      globalThis.__mpsimTicks = getApp().globalData.ticks
      wx.getNetworkType({})
      this.setData({ n: this.data.n + 1 })
    }, 10)
  },
})`,
}

let dir: TempProject | undefined
afterAll(() => dir?.remove())

it('stops the app timers on close in single-thread mode', async () => {
  dir = await tempProject('mpsim-close-', files)
  const mp = await launch({ project: dir.dir, mode: 'single-thread' })
  const page = (await mp.currentPage())!
  await page.waitFor(async () => Number(await page.data('n')) >= 3)
  const uncaught: unknown[] = []
  const onError = (e: unknown) => uncaught.push(e)
  process.on('uncaughtException', onError)
  try {
    await mp.close()
    const ticks = (globalThis as { __mpsimTicks?: number }).__mpsimTicks
    await new Promise((r) => setTimeout(r, 100))
    expect((globalThis as { __mpsimTicks?: number }).__mpsimTicks).toBe(ticks)
    expect(uncaught).toEqual([])
  } finally {
    process.off('uncaughtException', onError)
  }
})
