// The documented wx surface beyond what mpsim simulates: real apps (WeChat's own demo app among
// them) call device, media and cloud APIs on many pages. Such calls must fail the platform's way
// (through fail/complete or a rejected Promise, with "<api>:fail …"), never as a TypeError that
// stops the handler; canIUse says false for them so apps take their fallback path; the small
// APIs mpsim can answer (base64, log managers, settings) work.

import { afterAll, beforeAll, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import { tempProject, type TempProject } from '../support/temp-project.ts'

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': `App({})`,
  'pages/index/index.wxml': `<view>surface</view>`,
  'pages/index/index.js': `Page({})`,
}

let mp: MiniProgram | undefined
let dir: TempProject | undefined

beforeAll(async () => {
  dir = await tempProject('mpsim-surface-', files)
  mp = await launch({ project: dir.dir })
})

afterAll(async () => {
  await mp?.close()
  await dir?.remove()
})

it('fails not-simulated async APIs through fail, complete and the Promise', async () => {
  const got = await mp!.evaluate(`function () {
    return new Promise((resolve) => {
      const seen = []
      wx.getBatteryInfo({
        fail: (res) => seen.push('fail ' + res.errMsg),
        complete: (res) => {
          seen.push('complete ' + res.errMsg)
          wx.cloud.callFunction({ name: 'x' }).catch((res) => {
            seen.push('rejected ' + res.errMsg)
            resolve(seen)
          })
        },
      })
    })
  }`)
  expect(got).toEqual([
    'fail getBatteryInfo:fail not supported in mpsim',
    'complete getBatteryInfo:fail not supported in mpsim',
    'rejected cloud.callFunction:fail not supported in mpsim',
  ])
})

it('gives API objects whose methods fail and whose listeners register', async () => {
  const got = await mp!.evaluate(`function () {
    const bg = wx.getBackgroundAudioManager()
    const same = bg === wx.getBackgroundAudioManager()
    bg.onPlay(() => {})
    bg.src = 'https://example.com/a.mp3'
    const audio = wx.createInnerAudioContext()
    const fs = wx.getFileSystemManager()
    let thrown = ''
    try { fs.readFileSync('/x') } catch (e) { thrown = e.message }
    return new Promise((resolve) => {
      audio.play({ fail: (res) => resolve([same, bg.src, audio.paused, thrown, res.errMsg]) })
    })
  }`)
  expect(got).toEqual([
    true,
    'https://example.com/a.mp3',
    true,
    'readFileSync:fail not supported in mpsim',
    'InnerAudioContext.play:fail not supported in mpsim',
  ])
})

it('answers canIUse false for what is not simulated, true for what is', async () => {
  const got = await mp!.evaluate(`function () {
    return ['request', 'getBackgroundAudioManager', 'cloud', 'arrayBufferToBase64', 'nope'].map(wx.canIUse)
  }`)
  expect(got).toEqual([true, false, false, true, false])
})

it('gives wx.worklet as WebView has it: values work, animations land on their end value', async () => {
  const got = await mp!.evaluate(`function () {
    const { shared, derived, timing, Easing } = wx.worklet
    const x = shared(1)
    const twice = derived(() => x.value * 2)
    return new Promise((resolve) => {
      x.value = timing(10, { duration: 300, easing: Easing.ease }, (finished) => {
        resolve([x.value, twice.value, finished, Math.round(Easing.ease(0) * 1e6), Math.round(Easing.ease(1) * 1e6)])
      })
    })
  }`)
  expect(got).toEqual([10, 20, true, 0, 1e6])
})

it('answers the small APIs for real', async () => {
  const got = await mp!.evaluate(`function () {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253])
    const text = wx.arrayBufferToBase64(bytes.buffer)
    const back = Array.from(new Uint8Array(wx.base64ToArrayBuffer(text)))
    wx.onCompassChange(() => {})
    wx.offCompassChange()
    wx.getLogManager().info('from the log manager')
    return [text, back, wx.getSystemSetting().deviceOrientation, typeof wx.getAccountInfoSync().miniProgram]
  }`)
  expect(got).toEqual(['AAEC+vv8/Q==', [0, 1, 2, 250, 251, 252, 253], 'portrait', 'object'])
  await mp!.settle()
  expect(mp!.logs.some((l) => JSON.stringify(l).includes('from the log manager'))).toBe(true)
  expect(mp!.errors).toEqual([])
})

it('never calls back a selector query whose page has closed', async () => {
  await mp!.evaluate(`function () {
    globalThis.__oldQuery = getCurrentPages()[0].createSelectorQuery()
  }`)
  await mp!.reLaunch('/pages/index/index')
  const got = await mp!.evaluate(`function () {
    return new Promise((resolve) => {
      let called = false
      globalThis.__oldQuery.select('view').boundingClientRect().exec(() => (called = true))
      wx.createSelectorQuery().selectViewport().scrollOffset().exec(() => resolve(called))
    })
  }`)
  expect(got).toBe(false)
  expect(mp!.errors).toEqual([])
})
