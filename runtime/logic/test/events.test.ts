import { describe, expect, it } from 'vitest'
import { launchApp } from './fake-host.ts'

const files = {
  'app.js': `App({ globalData: { errors: [], calls: [] }, onError(msg) { this.globalData.errors.push(msg) } })`,
  'pages/index/index.js': `
Page({
  data: { count: 0 },
  inc(e) {
    getApp().globalData.calls.push([e.type, e.currentTarget.dataset.step, e.detail.x, this.route])
    this.setData({ count: this.data.count + e.currentTarget.dataset.step })
  },
  boom() { null.x },
})`,
}

describe('events', () => {
  it('calls the handler on the page instance with the event object', async () => {
    const host = await launchApp(files)
    host.createPage(1, 'pages/index/index')
    host.tap(1, 'inc', { step: 2 })
    host.tap(1, 'inc', { step: 3 })
    const g = host.runtime.app.instance!.globalData as { calls: unknown[] }
    expect(g.calls).toEqual([
      ['tap', 2, 1, 'pages/index/index'],
      ['tap', 3, 1, 'pages/index/index'],
    ])
    expect(host.patches()).toEqual([{ count: 2 }, { count: 5 }])
  })

  it('warns, in the platform words, about a handler the page does not have', async () => {
    const host = await launchApp(files)
    host.createPage(1, 'pages/index/index')
    host.tap(1, 'nope')
    expect(host.logs('warn')).toEqual([
      'Component "pages/index/index" does not have a method "nope" to handle event "tap".',
    ])
  })

  it('an exception in a handler goes to App.onError and the host; later events still work', async () => {
    const host = await launchApp(files)
    host.createPage(1, 'pages/index/index')
    host.tap(1, 'boom')
    const g = host.runtime.app.instance!.globalData as { errors: string[]; calls: unknown[] }
    expect(g.errors).toHaveLength(1)
    // the platform passes one string: thirdScriptError, message;where, then the stack
    expect(g.errors[0]).toMatch(
      /^thirdScriptError\nCannot read properties of null \(reading 'x'\);\[Component\] Event Handler Error @pages\/index\/index#boom\nTypeError/,
    )
    const [err] = host.of('error')
    expect(err).toMatchObject({
      error: { name: 'TypeError', message: "Cannot read properties of null (reading 'x')" },
      where: '[Component] Event Handler Error @pages/index/index#boom',
    })
    host.tap(1, 'inc', { step: 1 })
    expect(g.calls).toHaveLength(1)
    expect(host.patches()).toEqual([{ count: 1 }])
  })

  it('an error inside App.onError is reported once, not looped on', async () => {
    const host = await launchApp({
      'app.js': `App({ onError() { throw new Error('in onError') } })`,
      'pages/index/index.js': `Page({ boom() { throw new Error('first') } })`,
    })
    host.createPage(1, 'pages/index/index')
    host.tap(1, 'boom')
    expect(host.of('error').map((m) => m.error.message)).toEqual(['first', 'in onError'])
  })
})
