import { describe, expect, it } from 'vitest'
import { SET_DATA_LIMIT } from '../set-data.ts'
import { launchApp } from './fake-host.ts'

const files = {
  'app.js': `App({ globalData: { errors: [], log: [] }, onError(msg) { this.globalData.errors.push(msg) } })`,
  'pages/index/index.js': `
Page({
  data: { list: [{ done: false }, { done: false }], user: { name: 'a' } },
  paths() {
    this.setData({ 'list[1].done': true, 'user.name': 'b', 'a.b[1].c': 5 })
    getApp().globalData.log.push('after:' + this.data.list[1].done + ',' + this.data.a.b[1].c)
  },
  withCallback() {
    this.setData({ n: 1 }, function () { getApp().globalData.log.push('cb:' + this.data.n + ':' + this.route) })
  },
  undef() { this.setData({ keep: 1, gone: undefined, fn: function () {} }) },
  huge() { this.setData({ big: 'x'.repeat(${SET_DATA_LIMIT}) }) },
  // {"big":"…"} is 10 characters around the string
  atLimit() { this.setData({ big: 'y'.repeat(${SET_DATA_LIMIT - 10}) }) },
  overLimit() { this.setData({ big: 'z'.repeat(${SET_DATA_LIMIT - 9}) }) },
  nested() {
    this.setData({ row: { id: 1, f() {}, u: undefined, when: new Date(0), n: NaN, list: [undefined, 2] } })
  },
  text() { this.setData({ text: 't'.repeat(20000), n: 1 }) },
  small() { this.setData({ ok: true }) },
})`,
}

const globalData = (host: Awaited<ReturnType<typeof launchApp>>) =>
  host.runtime.app.instance!.globalData as { errors: string[]; log: string[] }

async function start() {
  const host = await launchApp(files)
  host.createPage(1, 'pages/index/index')
  return host
}

describe('setData', () => {
  it('applies platform paths to this.data at once and sends only the patch with its size', async () => {
    const host = await start()
    host.tap(1, 'paths')
    expect(globalData(host).log).toEqual(['after:true,5']) // synchronous, before any ack
    const page = host.runtime.pages.byWebview(1)!
    expect(page.data).toEqual({
      list: [{ done: false }, { done: true }],
      user: { name: 'b' },
      a: { b: [undefined, { c: 5 }] },
    })
    const [msg] = host.of('setData')
    const patch = { 'list[1].done': true, 'user.name': 'b', 'a.b[1].c': 5 }
    expect(msg).toEqual({
      type: 'setData',
      webviewId: 1,
      instanceId: 0,
      patch: JSON.stringify(patch), // a small structured patch crosses as its JSON (docs/bridge.md)
      callId: msg!.callId,
      size: JSON.stringify(patch).length,
    })
  })

  it('runs the callback, with the page as this, only after the host acknowledges that callId', async () => {
    const host = await start()
    host.tap(1, 'withCallback')
    const [msg] = host.of('setData')
    expect(globalData(host).log).toEqual([])
    host.send({ type: 'setDataDone', webviewId: 1, callId: msg!.callId + 1000 }) // another call's ack
    expect(globalData(host).log).toEqual([])
    host.send({ type: 'setDataDone', webviewId: 1, callId: msg!.callId })
    expect(globalData(host).log).toEqual(['cb:1:pages/index/index'])
    host.send({ type: 'setDataDone', webviewId: 1, callId: msg!.callId }) // at most once
    expect(globalData(host).log).toHaveLength(1)
  })

  it('drops undefined values with the platform warning; functions stay in this.data, unsent, with a warning', async () => {
    const host = await start()
    host.tap(1, 'undef')
    // the platform's text, as WeChat prints it: Setting data field "x" to undefined is invalid.
    expect(host.logs('warn')).toEqual([
      'Setting data field "gone" to undefined is invalid.',
      expect.stringContaining('Setting data field "fn" to a function'),
    ])
    expect(host.patches()[0]).toEqual({ keep: 1 })
    expect('gone' in host.runtime.pages.byWebview(1)!.data).toBe(false)
    // functions stay in this.data, as on the platform (vant's Dialog keeps its callback there)
    expect(typeof host.runtime.pages.byWebview(1)!.data.fn).toBe('function')
  })

  it('refuses a patch over 1024 KB with the platform error; the app keeps running', async () => {
    const host = await start()
    host.tap(1, 'huge')
    expect(host.of('setData')).toEqual([])
    expect(host.runtime.pages.byWebview(1)!.data.big).toBeUndefined()
    const [err] = host.of('error')
    // WeChat devtools: "… 数据传输长度为 <n> 已经超过最大长度 1048576"
    expect(err!.error.message).toMatch(/数据传输长度为 \d+ 已经超过最大长度 1048576$/)
    expect(globalData(host).errors).toHaveLength(1)
    expect(globalData(host).errors[0]).toMatch(/^thirdScriptError\n.*数据传输长度为/)
    host.tap(1, 'small')
    expect(host.patches()).toEqual([{ ok: true }])
  })

  it('sends the patch as the JSON transfer leaves it: nested functions and undefined gone', async () => {
    const host = await start()
    host.tap(1, 'nested')
    const [msg] = host.of('setData')
    expect(typeof msg!.patch).toBe('string')
    expect(host.patches()).toEqual([
      { row: { id: 1, when: '1970-01-01T00:00:00.000Z', n: null, list: [null, 2] } },
    ])
    expect(msg!.size).toBe((msg!.patch as string).length)
  })

  it('a large patch of top-level strings crosses as the object, with the same JSON size', async () => {
    const host = await start()
    host.tap(1, 'text')
    const [msg] = host.of('setData')
    const expected = { text: 't'.repeat(20000), n: 1 }
    expect(msg!.patch).toEqual(expected)
    expect(msg!.size).toBe(JSON.stringify(expected).length)
  })

  it('counts the JSON length against the limit: 1048576 passes, one more is refused', async () => {
    const host = await start()
    host.tap(1, 'atLimit')
    expect(host.of('setData').map((m) => m.size)).toEqual([SET_DATA_LIMIT])
    host.tap(1, 'overLimit')
    expect(host.of('setData')).toHaveLength(1)
    expect(host.of('error')[0]!.error.message).toBe(
      `vdSyncBatch 数据传输长度为 ${SET_DATA_LIMIT + 1} 已经超过最大长度 ${SET_DATA_LIMIT}`,
    )
    expect(host.runtime.pages.byWebview(1)!.data.big).toHaveLength(SET_DATA_LIMIT - 10)
  })

  it('modelChange updates the data without sending it back', async () => {
    const host = await start()
    host.send({
      type: 'modelChange',
      webviewId: 1,
      instanceId: 0,
      path: 'user.name',
      value: 'typed',
    })
    expect(host.runtime.pages.byWebview(1)!.data.user).toEqual({ name: 'typed' })
    expect(host.of('setData')).toEqual([])
  })
})
