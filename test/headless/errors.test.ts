// An exception in a page handler: App.onError gets the platform's message, the host's errors
// name the original file and line, and the app keeps handling taps. Plus the wx bridge from a
// script: callWxMethod, mockWxMethod / restoreWxMethod, a modal answered by the test.

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import { tempDir } from './todo-flow.ts'

const FILES: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': `App({
  globalData: { errors: [] },
  onError(message) {
    this.globalData.errors.push(message)
  },
})
`,
  'pages/index/index.wxml': `<view class="count">{{count}}</view>
<view class="boom" bindtap="boom">boom</view>
<view class="inc" bindtap="inc">inc</view>
<view class="ask" bindtap="ask">{{answer}}</view>
`,
  'pages/index/index.js': `Page({
  data: { count: 0, answer: '' },
  boom() {
    throw new Error('kaboom')
  },
  inc() {
    this.setData({ count: this.data.count + 1 })
  },
  async ask() {
    const res = await wx.showModal({ title: 'Sure?', content: 'Really' })
    this.setData({ answer: res.confirm ? 'yes' : 'no' })
  },
})
`,
}

describe('errors and wx calls in a running app', () => {
  let project: Awaited<ReturnType<typeof tempDir>>
  let mp: MiniProgram

  beforeAll(async () => {
    project = await tempDir('mpsim-errors-')
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(join(project.dir, file, '..'), { recursive: true })
      await writeFile(join(project.dir, file), text)
    }
    mp = await launch({ project: project.dir })
  })
  afterAll(async () => {
    await mp?.close()
    await project.remove()
  })

  it('sends a handler exception to App.onError and the host errors, then goes on', async () => {
    const page = (await mp.currentPage())!
    await (await page.$('.boom'))!.tap()
    const appErrors = (await mp.evaluate('() => getApp().globalData.errors')) as string[]
    expect(appErrors).toHaveLength(1)
    // the platform's form: thirdScriptError, the message, where (runtime/logic/README.md)
    expect(appErrors[0]).toMatch(/^thirdScriptError\nkaboom;/)
    expect(mp.errors).toHaveLength(1)
    expect(mp.errors[0]).toMatchObject({
      source: 'logic',
      message: 'kaboom',
      file: 'pages/index/index.js',
      line: 4,
    })
    await (await page.$('.inc'))!.tap()
    expect(await (await page.$('.count'))!.text()).toBe('1')
  })

  it('calls wx methods in logic and answers them from host mocks', async () => {
    await mp.callWxMethod('setStorageSync', 'k', { a: 1 })
    expect(await mp.callWxMethod('getStorageSync', 'k')).toEqual({ a: 1 })
    const info = (await mp.callWxMethod('getSystemInfo')) as { errMsg: string }
    expect(info.errMsg).toBe('getSystemInfo:ok')
    await mp.mockWxMethod('getSystemInfo', { platform: 'mocked' })
    expect(await mp.callWxMethod('getSystemInfo')).toEqual({
      errMsg: 'getSystemInfo:ok',
      platform: 'mocked',
    })
    await mp.restoreWxMethod('getSystemInfo')
    expect(((await mp.callWxMethod('getSystemInfo')) as { platform: string }).platform).not.toBe(
      'mocked',
    )
  })

  it('shows a modal in the UI model and resumes when the test answers it', async () => {
    const page = (await mp.currentPage())!
    await (await page.$('.ask'))!.tap()
    expect(mp.ui.modal).toMatchObject({ title: 'Sure?', content: 'Really' })
    expect(await mp.answerModal(true)).toBe(true)
    expect(await (await page.$('.ask'))!.text()).toBe('yes')
    expect(mp.ui.modal).toBeNull()
  })
})
