// A promise rejected in app code and never handled: App.onUnhandledRejection gets it and the
// host's errors show it, the app goes on. In single-thread mode logic shares the Node process,
// whose default for such a rejection is to end: the host takes the process's event instead.

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import { tempDir } from './todo-flow.ts'

const FILES: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': `App({
  globalData: { reasons: [] },
  onUnhandledRejection(res) { this.globalData.reasons.push(String(res.reason && res.reason.message)) },
})`,
  'pages/index/index.wxml': `<view class="reject" bindtap="reject">reject</view><view class="n">{{n}}</view><view class="inc" bindtap="inc">inc</view>`,
  'pages/index/index.js': `Page({
  data: { n: 0 },
  reject() { Promise.reject(new Error('nobody caught me')) },
  inc() { this.setData({ n: this.data.n + 1 }) },
})`,
}

describe.each(['worker', 'single-thread'] as const)('unhandled rejection (%s)', (mode) => {
  let project: Awaited<ReturnType<typeof tempDir>>
  let mp: MiniProgram

  beforeAll(async () => {
    project = await tempDir('mpsim-rejection-')
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(join(project.dir, file, '..'), { recursive: true })
      await writeFile(join(project.dir, file), text)
    }
    mp = await launch({ project: project.dir, mode })
  })
  afterAll(async () => {
    await mp?.close()
    await project?.remove()
  })

  it('reaches App.onUnhandledRejection and the host errors; the app goes on', async () => {
    const page = (await mp.currentPage())!
    await (await page.$('.reject'))!.tap()
    const reasons = () => mp.evaluate('() => getApp().globalData.reasons')
    await page.waitFor(async () => ((await reasons()) as string[]).length === 1)
    expect(await reasons()).toEqual(['nobody caught me'])
    expect(mp.errors.map((e) => e.message)).toContain('nobody caught me')
    await (await page.$('.inc'))!.tap()
    expect(await (await page.$('.n'))!.text()).toBe('1')
  })
})
