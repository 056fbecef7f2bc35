// Lifecycle order for every route type. Sources: the platform's page-routing guide (路由方式
// table: navigateTo → old onHide, new onLoad/onShow; redirectTo → onUnload, onLoad/onShow;
// navigateBack → onUnload, onShow; the Tab-switch table with its exact order), the
// route-event-listener guide (redirectTo: old onUnload → destroyed → popped; new created →
// pushed → onLoad → onShow) and developers' logs (A.onHide → B.onLoad → B.onShow → B.onReady;
// page onHide before App.onHide, App.onShow before page onShow).

import { describe, expect, it } from 'vitest'
import { harness, launched } from './testing.ts'

describe('launch', () => {
  it('runs App.onLaunch, App.onShow, then the page onLoad, onShow, onReady', async () => {
    const h = harness()
    expect(await h.stack.launch()).toEqual({ errMsg: 'appLaunch:ok' })
    expect(h.log).toEqual([
      'App.onLaunch',
      'App.onShow',
      'create:tab1',
      'tab1.onLoad',
      'tab1.onShow',
      'tab1.onReady',
    ])
    const launch = h.calls[0]?.args?.[0]
    expect(launch).toEqual({ path: 'pages/tab1/tab1', query: {}, scene: 1001, referrerInfo: {} })
  })

  it('opens the path and query it is given, the query reaching onLoad', async () => {
    const h = harness({ scene: 1007 })
    await h.stack.launch('/pages/b/b?id=7', { from: 'share' })
    expect(h.calls.find((c) => c.name === 'onLoad')?.args).toEqual([{ id: '7', from: 'share' }])
    expect(h.calls[0]?.args?.[0]).toMatchObject({ path: 'pages/b/b', scene: 1007 })
    expect(h.stack.current()).toMatchObject({ route: 'pages/b/b', openType: 'appLaunch' })
  })
})

describe('navigateTo, redirectTo, navigateBack', () => {
  it('navigateTo A→B: A.onHide, B.onLoad(query), B.onShow, B.onReady', async () => {
    const h = await launched('pages/a/a')
    expect(await h.stack.navigateTo({ url: '/pages/b/b?x=1' })).toEqual({ errMsg: 'navigateTo:ok' })
    expect(h.log).toEqual(['a.onHide', 'create:b', 'b.onLoad', 'b.onShow', 'b.onReady'])
    expect(h.calls.find((c) => c.name === 'onLoad')?.args).toEqual([{ x: '1' }])
    expect(h.stack.pages().map((p) => p.route)).toEqual(['pages/a/a', 'pages/b/b'])
  })

  it('redirectTo A→B: A.onUnload, A destroyed, B.onLoad, B.onShow, B.onReady', async () => {
    const h = await launched('pages/a/a')
    expect(await h.stack.redirectTo({ url: '../b/b' })).toEqual({ errMsg: 'redirectTo:ok' })
    expect(h.log).toEqual([
      'a.onUnload',
      'destroy:a',
      'create:b',
      'b.onLoad',
      'b.onShow',
      'b.onReady',
    ])
    expect(h.stack.pages().map((p) => p.route)).toEqual(['pages/b/b'])
  })

  it('reports the stack after the old page unloads and before the new one loads', async () => {
    const h = await launched('pages/a/a', { logStack: true })
    await h.stack.redirectTo({ url: '/pages/b/b' })
    expect(h.log).toEqual([
      'a.onUnload',
      'destroy:a',
      'stack:[]',
      'create:b',
      'stack:[b]',
      'b.onLoad',
      'b.onShow',
      'b.onReady',
    ])
  })

  it('navigateBack B→A: B.onUnload, A.onShow (no second onLoad)', async () => {
    const h = await launched('pages/a/a')
    await h.stack.navigateTo({ url: '/pages/b/b' })
    h.reset()
    expect(await h.stack.navigateBack({})).toEqual({ errMsg: 'navigateBack:ok' })
    expect(h.log).toEqual(['b.onUnload', 'destroy:b', 'a.onShow'])
  })

  it('navigateBack delta 2 unloads top first; a delta past the stack stops at its first page', async () => {
    const h = await launched('pages/a/a')
    for (const p of ['b', 'c', 'd']) await h.stack.navigateTo({ url: `/pages/${p}/${p}` })
    h.reset()
    await h.stack.navigateBack({ delta: 2 })
    expect(h.log).toEqual(['d.onUnload', 'destroy:d', 'c.onUnload', 'destroy:c', 'b.onShow'])
    h.reset()
    await h.stack.navigateBack({ delta: 99 })
    expect(h.log).toEqual(['b.onUnload', 'destroy:b', 'a.onShow'])
    expect(h.stack.pages().map((p) => p.route)).toEqual(['pages/a/a'])
  })
})

// The Tab-switch table: A, B tab pages; C opened from A; D opened from C.
describe('switchTab', () => {
  it('A→A does nothing', async () => {
    const h = await launched()
    expect(await h.stack.switchTab({ url: '/pages/tab1/tab1' })).toEqual({ errMsg: 'switchTab:ok' })
    expect(h.log).toEqual([])
  })

  it('A→B: A.onHide, B.onLoad, B.onShow; B again later: A.onHide, B.onShow', async () => {
    const h = await launched()
    await h.stack.switchTab({ url: '/pages/tab2/tab2' })
    expect(h.log).toEqual([
      'tab1.onHide',
      'create:tab2',
      'tab2.onLoad',
      'tab2.onShow',
      'tab2.onReady',
    ])
    await h.stack.switchTab({ url: '/pages/tab1/tab1' })
    h.reset()
    await h.stack.switchTab({ url: '/pages/tab2/tab2' })
    expect(h.log).toEqual(['tab1.onHide', 'tab2.onShow'])
    expect(h.stack.pages().map((p) => p.route)).toEqual(['pages/tab2/tab2'])
    expect(h.stack.livePages().map((p) => p.route)).toEqual(['pages/tab2/tab2', 'pages/tab1/tab1'])
  })

  it('C→A: C.onUnload, A.onShow', async () => {
    const h = await launched()
    await h.stack.navigateTo({ url: '/pages/c/c' })
    h.reset()
    await h.stack.switchTab({ url: '/pages/tab1/tab1' })
    expect(h.log).toEqual(['c.onUnload', 'destroy:c', 'tab1.onShow'])
  })

  it('D→B: D.onUnload, C.onUnload, B.onLoad, B.onShow; A stays alive, hidden', async () => {
    const h = await launched()
    await h.stack.navigateTo({ url: '/pages/c/c' })
    await h.stack.navigateTo({ url: '/pages/d/d' })
    h.reset()
    await h.stack.switchTab({ url: '/pages/tab2/tab2' })
    expect(h.log).toEqual([
      'd.onUnload',
      'destroy:d',
      'c.onUnload',
      'destroy:c',
      'create:tab2',
      'tab2.onLoad',
      'tab2.onShow',
      'tab2.onReady',
    ])
    h.reset()
    await h.stack.switchTab({ url: '/pages/tab1/tab1' })
    expect(h.log).toEqual(['tab2.onHide', 'tab1.onShow'])
  })

  it('D (entered from a share, C below it) → A: D.onUnload, C.onUnload, A.onLoad, A.onShow', async () => {
    const h = await launched('pages/c/c')
    await h.stack.navigateTo({ url: '/pages/d/d' })
    h.reset()
    await h.stack.switchTab({ url: '/pages/tab1/tab1?ignored=1' })
    expect(h.log).toEqual([
      'd.onUnload',
      'destroy:d',
      'c.onUnload',
      'destroy:c',
      'create:tab1',
      'tab1.onLoad',
      'tab1.onShow',
      'tab1.onReady',
    ])
    // switchTab takes no query (路径后不能带参数)
    expect(h.calls.find((c) => c.name === 'onLoad')?.args).toEqual([{}])
  })
})

describe('reLaunch and app background', () => {
  it('reLaunch unloads every page, dangling tab pages too, then loads the target', async () => {
    const h = await launched()
    await h.stack.switchTab({ url: '/pages/tab2/tab2' })
    await h.stack.navigateTo({ url: '/pages/a/a' })
    h.reset()
    expect(await h.stack.reLaunch({ url: '/pages/tab2/tab2?k=v' })).toEqual({
      errMsg: 'reLaunch:ok',
    })
    expect(h.log).toEqual([
      'a.onUnload',
      'destroy:a',
      'tab2.onUnload',
      'destroy:tab2',
      'tab1.onUnload',
      'destroy:tab1',
      'create:tab2',
      'tab2.onLoad',
      'tab2.onShow',
      'tab2.onReady',
    ])
    expect(h.calls.find((c) => c.name === 'onLoad')?.args).toEqual([{ k: 'v' }])
    expect(h.stack.livePages().map((p) => p.route)).toEqual(['pages/tab2/tab2'])
  })

  it('enterBackground: page onHide then App.onHide; enterForeground: App.onShow then page onShow', async () => {
    const h = await launched('pages/b/b?id=3')
    await h.stack.enterBackground()
    await h.stack.enterBackground() // already in the background: nothing more
    expect(h.log).toEqual(['b.onHide', 'App.onHide'])
    expect(h.stack.snapshot().background).toBe(true)
    h.reset()
    await h.stack.enterForeground()
    expect(h.log).toEqual(['App.onShow', 'b.onShow'])
    expect(h.calls[0]?.args?.[0]).toMatchObject({ path: 'pages/b/b', query: { id: '3' } })
  })
})
