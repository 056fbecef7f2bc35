// Routes started while another runs (queued, as the page-routing guide says: later routes wait
// and run in turn), render failures, per-page window config and the tab bar state for a UI.

import { describe, expect, it } from 'vitest'
import { routeApis } from './apis.ts'
import { harness, launched } from './testing.ts'

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('routes while a route runs', () => {
  it('queues a second route until the first page has rendered and run onReady', async () => {
    const h = harness({ manual: true })
    const launch = h.stack.launch('pages/a/a')
    await tick() // a is created and shown, not rendered yet
    const first = h.stack.navigateTo({ url: '/pages/b/b' })
    const second = h.stack.navigateTo({ url: 'c/c' }) // relative to a, the page shown now
    await tick()
    expect(h.log).toEqual(['App.onLaunch', 'App.onShow', 'create:a', 'a.onLoad', 'a.onShow'])
    expect(h.stack.busy).toBe(true)
    h.render(1)
    await tick()
    expect(h.log.slice(5)).toEqual(['a.onReady', 'a.onHide', 'create:b', 'b.onLoad', 'b.onShow'])
    h.render(2)
    expect(await first).toEqual({ errMsg: 'navigateTo:ok' })
    expect(await second).toEqual({ errMsg: 'navigateTo:fail page "pages/a/c/c" is not found' })
    expect((await launch).errMsg).toBe('appLaunch:ok')
    expect(h.stack.busy).toBe(false)
  })

  it('runs a route started from onLoad after that page is ready', async () => {
    let redirect: Promise<unknown> | undefined
    const h = harness({
      onLifecycle: (line) => {
        if (line === 'b.onLoad') redirect = h.stack.redirectTo({ url: '/pages/c/c' })
      },
    })
    await h.stack.launch('pages/a/a')
    await h.stack.navigateTo({ url: '/pages/b/b' })
    expect(await redirect).toEqual({ errMsg: 'redirectTo:ok' })
    expect(h.log.slice(-9)).toEqual([
      'b.onLoad',
      'b.onShow',
      'b.onReady',
      'b.onUnload',
      'destroy:b',
      'create:c',
      'c.onLoad',
      'c.onShow',
      'c.onReady',
    ])
    expect(h.stack.pages().map((p) => p.route)).toEqual(['pages/a/a', 'pages/c/c'])
  })

  it('keeps going after a failed route; idle() waits for the queue', async () => {
    const h = await launched('pages/a/a')
    const results = [
      h.stack.navigateTo({ url: '/pages/tab1/tab1' }),
      h.stack.navigateTo({ url: '/pages/b/b' }),
      h.stack.navigateBack(),
    ]
    await h.stack.idle()
    expect((await Promise.all(results)).map((r) => r.errMsg)).toEqual([
      'navigateTo:fail can not navigateTo a tabbar page',
      'navigateTo:ok',
      'navigateBack:ok',
    ])
    expect(h.stack.pages().map((p) => p.route)).toEqual(['pages/a/a'])
  })

  it('fails the route when the view cannot render, keeps the page, and carries on', async () => {
    const h = harness({ manual: true })
    const launch = h.stack.launch('pages/a/a')
    await tick()
    h.render(1)
    await launch
    const nav = h.stack.navigateTo({ url: '/pages/b/b' })
    await tick()
    h.failRender(2, 'view bundle missing')
    expect(await nav).toEqual({ errMsg: 'navigateTo:fail view bundle missing' })
    expect(h.log).not.toContain('b.onReady')
    expect(h.stack.current()?.route).toBe('pages/b/b')
    expect(await h.stack.navigateBack()).toEqual({ errMsg: 'navigateBack:ok' })
  })
})

describe('window config per page', () => {
  it('merges platform defaults, the app window and the page JSON', async () => {
    const h = await launched('pages/a/a')
    expect(h.stack.window()).toMatchObject({
      navigationBarTitleText: 'App',
      navigationBarBackgroundColor: '#111111',
      navigationBarTextStyle: 'white',
      backgroundColor: '#ffffff',
      enablePullDownRefresh: false,
      onReachBottomDistance: 50,
    })
    await h.stack.navigateTo({ url: '/pages/b/b' })
    expect(h.stack.window()).toMatchObject({
      navigationBarTitleText: 'Page B',
      enablePullDownRefresh: true,
    })
    expect(h.stack.window(1).navigationBarTitleText).toBe('App')
  })

  it('keeps run-time changes with their page only', async () => {
    const h = await launched('pages/a/a')
    await h.stack.navigateTo({ url: '/pages/b/b' })
    expect(h.stack.setWindow(1, { navigationBarTitleText: 'Changed' })).toBe(true)
    expect(h.stack.window().navigationBarTitleText).toBe('Page B')
    await h.stack.navigateBack()
    expect(h.stack.snapshot().window.navigationBarTitleText).toBe('Changed')
    expect(h.stack.setWindow(2, { navigationBarTitleText: 'gone' })).toBe(false)
  })
})

describe('tab bar state', () => {
  it('selects the tab shown and hides the bar on other pages', async () => {
    const h = await launched()
    expect(h.stack.tabBar()).toMatchObject({ selectedIndex: 0, visible: true })
    expect(h.stack.tabBar()?.config).toEqual({ color: '#999999', selectedColor: '#ff0000' })
    await h.stack.switchTab({ url: '/pages/tab2/tab2' })
    expect(h.stack.tabBar()).toMatchObject({ selectedIndex: 1, visible: true })
    await h.stack.navigateTo({ url: '/pages/a/a' })
    expect(h.stack.tabBar()).toMatchObject({ selectedIndex: 1, visible: false })
  })

  it('tapping a tab switches to it and runs its onTabItemTap', async () => {
    const h = await launched()
    expect(await h.stack.tapTabItem(1)).toEqual({ errMsg: 'switchTab:ok' })
    expect(h.log.slice(-2)).toEqual(['tab2.onReady', 'tab2.onTabItemTap'])
    expect(h.calls.at(-1)?.args).toEqual([{ index: 1, pagePath: 'pages/tab2/tab2', text: 'Two' }])
    h.reset()
    await h.stack.tapTabItem(1) // the tab already shown: only the tap
    expect(h.log).toEqual(['tab2.onTabItemTap'])
  })

  it('has no tab bar state when the app has none', async () => {
    const h = harness({}, { pages: ['p/p'], window: {}, tabBar: null })
    await h.stack.launch()
    expect(h.stack.tabBar()).toBeNull()
    expect(h.stack.current()?.route).toBe('p/p')
  })
})

describe('route API handlers', () => {
  it('answers wx route calls through the stack, and reports the layout for the API context', async () => {
    const h = await launched()
    expect(h.stack.layout()).toEqual({ navigationStyle: 'default', hasTabBar: true })
    const apis = routeApis(h.stack)
    expect(await apis.navigateTo({ url: '/pages/a/a' })).toEqual({ errMsg: 'navigateTo:ok' })
    expect(h.stack.layout().hasTabBar).toBe(false)
    expect(await apis.navigateBack(undefined)).toEqual({ errMsg: 'navigateBack:ok' })
    expect((await apis.reLaunch(null)).errMsg).toBe(
      'reLaunch:fail parameter error: parameter.url should be String instead of Undefined;',
    )
  })
})
