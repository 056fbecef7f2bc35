import { describe, expect, it } from 'vitest'
import { flush, launchApp } from './fake-host.ts'
import { menuButtonRect } from '../../shared/menu-button.ts'

const answer = (api: string, args: Record<string, unknown>) => {
  if (api === 'getStorage')
    return args.key === 'k'
      ? { errMsg: 'getStorage:ok', data: 'v' }
      : { errMsg: 'getStorage:fail data not found' }
  if (api === 'showToast') return { errMsg: 'showToast:ok' }
  if (api === 'setStorage') return { errMsg: 'setStorage:ok' }
  if (api === 'SelectorQuery.exec')
    return { errMsg: 'exec:ok', results: [{ top: 1 }, [{ id: 'a' }]] }
  return undefined
}

const app = `App({
  globalData: { log: [], rejections: [] },
  onUnhandledRejection(res) { this.globalData.rejections.push(res.reason.errMsg + ':' + (res.promise instanceof Promise)) },
})`
const log = `const log = (x) => getApp().globalData.log.push(x)\n`

async function run(page: string, opts = {}) {
  const host = await launchApp(
    { 'app.js': app, 'pages/index/index.js': log + page },
    { answer, ...opts },
  )
  await flush()
  return {
    host,
    log: (host.runtime.app.instance!.globalData as { log: unknown[] }).log,
    g: host.runtime.app.instance!.globalData as { rejections: string[] },
  }
}

describe('wx', () => {
  it('callback form: success then complete, no Promise returned; fail with the host errMsg', async () => {
    const { host, log } = await run(`
      log(typeof wx.getStorage({ key: 'k', success: (r) => log('ok ' + r.data), complete: (r) => log('done ' + r.errMsg) }))
      wx.getStorage({ key: 'x', fail: (r) => log('fail ' + r.errMsg) })
      Page({})`)
    expect(log).toEqual([
      'undefined',
      'ok v',
      'done getStorage:ok',
      'fail getStorage:fail data not found',
    ])
    expect(host.of('invoke')[0]).toMatchObject({ api: 'getStorage', args: { key: 'k' } })
    expect(host.of('invoke')[0]!.args).not.toHaveProperty('success') // functions never cross
  })

  it('Promise form without callbacks: resolves with the result, rejects with it on fail', async () => {
    const { log } = await run(`
      wx.showToast({ title: 'hi' }).then((r) => log('then ' + r.errMsg))
      wx.getStorage({ key: 'x' }).catch((r) => log('catch ' + r.errMsg))
      Page({})`)
    await flush()
    expect(log).toEqual(['then showToast:ok', 'catch getStorage:fail data not found'])
  })

  // the thread's entry forwards unhandled rejections (process.on / the unhandledrejection event);
  // here the test plays that part
  it('unhandled rejections reach App.onUnhandledRejection with reason and promise', async () => {
    const { host, g } = await run(`Page({})`)
    const reason = { errMsg: 'getStorage:fail data not found' }
    const promise = Promise.reject(reason)
    promise.catch(() => {})
    host.runtime.unhandledRejection(reason, promise)
    expect(g.rejections).toEqual(['getStorage:fail data not found:true'])
    expect(host.of('error').at(-1)).toMatchObject({
      where: 'unhandledRejection',
      error: { message: 'getStorage:fail data not found' },
    })
  })

  it('storage sync APIs answer from the mirror and write through to the host', async () => {
    const { host, log } = await run(
      `
      log(wx.getStorageSync('saved'))
      log(wx.getStorageSync('missing'))
      wx.setStorageSync('todo', [{ t: 'a' }])
      const copy = wx.getStorageSync('todo'); copy.push(1)
      log(wx.getStorageSync('todo'))
      wx.setStorage({ key: 'async', data: 5, success: () => log('async ' + wx.getStorageSync('async')) })
      log(wx.getStorageInfoSync().keys)
      try { wx.setStorageSync('', 1) } catch (e) { log(e.message) }
      Page({})`,
      { storage: { saved: { n: 1 } } },
    )
    expect(log).toEqual([
      { n: 1 },
      '',
      [{ t: 'a' }],
      ['saved', 'todo'],
      'setStorageSync:fail parameter error: key should be a non-empty string',
      'async 5',
    ])
    expect(host.of('invoke').filter((m) => m.api === 'setStorageSync')).toMatchObject([
      { args: { key: 'todo', data: [{ t: 'a' }] } },
    ])
  })

  it('getSystemInfoSync answers from the launch system info', async () => {
    const { log } = await run(
      `log(wx.getSystemInfoSync().windowWidth); log(wx.getWindowInfo()); Page({})`,
      {
        systemInfo: { windowWidth: 375, windowHeight: 600, brand: 'x' },
      },
    )
    expect(log).toEqual([375, { windowWidth: 375, windowHeight: 600 }])
  })

  it('getMenuButtonBoundingClientRect answers at once, as the host does for the same screen', async () => {
    const screen = { statusBarHeight: 20, screenWidth: 375 }
    const { log } = await run(`log(wx.getMenuButtonBoundingClientRect()); Page({})`, {
      systemInfo: screen,
    })
    expect(log).toEqual([menuButtonRect(screen)])
    expect(log[0]).toEqual({ width: 87, height: 32, top: 24, right: 368, bottom: 56, left: 281 })
  })

  it('wx.request returns a RequestTask: abort and listeners go by objectId', async () => {
    const { host, log } = await run(`
      const task = wx.request({ url: 'http://x', success: (r) => log('status ' + r.statusCode) })
      task.onHeadersReceived((h) => log(h.header))
      task.abort()
      Page({})`)
    const [req, abort] = host.of('invoke')
    expect(req).toMatchObject({ api: 'request', args: { url: 'http://x', objectId: req!.callId } })
    expect(abort).toMatchObject({ api: 'RequestTask.abort', args: { objectId: req!.callId } })
    host.send({
      type: 'apiEvent',
      objectId: req!.callId,
      name: 'onHeadersReceived',
      payload: { header: { a: '1' } },
    })
    host.send({
      type: 'invokeResult',
      callId: req!.callId,
      result: { errMsg: 'request:ok', statusCode: 200 },
    })
    expect(log).toEqual([{ a: '1' }, 'status 200'])
  })

  it('createSelectorQuery sends every request in one exec and fans the results out', async () => {
    const { host, log } = await run(`Page({ q() {
      this.createSelectorQuery().select('#a').boundingClientRect((r) => log(r)).selectAll('.b').fields({ id: true }).exec((all) => log(all.length))
    } })`)
    host.createPage(3, 'pages/index/index')
    host.tap(3, 'q')
    await flush()
    expect(host.of('invoke').at(-1)).toMatchObject({
      api: 'SelectorQuery.exec',
      args: {
        webviewId: 3,
        requests: [
          { selector: '#a', all: false, instanceId: null },
          { selector: '.b', all: true, fields: { id: true } },
        ],
      },
    })
    expect(log).toEqual([{ top: 1 }, 2])
  })

  it('console goes to the host log; timer and nextTick callbacks run through the error guard', async () => {
    const { host, log } = await run(`
      console.log('hello', { a: 1 }, () => 1)
      setTimeout(() => { throw new Error('in timer') }, 0)
      setTimeout((x) => log('timer ' + x), 0, 'arg')
      wx.nextTick(() => log('tick'))
      Page({})`)
    await flush()
    await flush()
    expect(host.of('log')[0]!.entry).toMatchObject({
      level: 'log',
      source: 'logic',
      args: ['hello', { a: 1 }, '[Function anonymous]'],
    })
    expect(log).toEqual(['tick', 'timer arg'])
    expect(host.of('error')).toMatchObject([
      { error: { message: 'in timer' }, where: 'at setTimeout callback function' },
    ])
  })
})
