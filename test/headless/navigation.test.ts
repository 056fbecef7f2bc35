// Routes in the navigation sample, logic in this thread (the thread does not matter here): the
// query reaching onLoad and the page, getCurrentPages() following the host's stack, the stack
// limit seen by the app's own `fail` callback, the tab bar, and each page keeping its own
// navigation bar. Each test starts from a reLaunch of the home tab.

import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launch, type MiniProgram, type Page } from '../../index.ts'

const SAMPLE = join(import.meta.dirname, '../../samples/navigation')

const ROUTES = 'function () { return getCurrentPages().map((p) => p.route) }'

describe('navigation sample (single thread)', () => {
  let mp: MiniProgram

  async function current(): Promise<Page> {
    return (await mp.currentPage())!
  }

  async function tap(selector: string): Promise<Page> {
    const page = await current()
    const el = await page.$(selector)
    if (!el) throw new Error(`no ${selector} on ${page.path}`)
    await el.tap()
    return current()
  }

  async function text(selector: string): Promise<string> {
    const el = await (await current()).$(selector)
    return el ? (await el.text()).trim() : ''
  }

  const routes = async () => (await mp.evaluate(ROUTES)) as string[]

  beforeAll(async () => {
    mp = await launch({ project: SAMPLE, mode: 'single-thread' })
  })
  beforeEach(async () => {
    await mp.reLaunch('/pages/home/home')
  })
  afterAll(async () => {
    await mp?.close()
  })

  it('a <navigator> tap opens the list; its item passes a query to onLoad and the page', async () => {
    expect((await tap('.to-list')).path).toBe('pages/list/list')
    const detail = await tap('.item-3')
    expect(detail.path).toBe('pages/detail/detail')
    expect(detail.query).toEqual({ id: '3', from: 'list' })
    expect(await detail.data('id')).toBe(3)
    expect(await text('.id')).toBe('Item 3')
    expect(await text('.from')).toBe('Opened from list')
    const onLoad = mp.logs.filter((e) => e.args[0] === 'detail onLoad').at(-1)
    expect(onLoad?.args[1]).toEqual({ id: '3', from: 'list' })
  })

  it('getCurrentPages() follows every route', async () => {
    expect(await routes()).toEqual(['pages/home/home'])
    await tap('.to-list')
    await tap('.item-2')
    expect(await routes()).toEqual(['pages/home/home', 'pages/list/list', 'pages/detail/detail'])
    expect(await text('.depth')).toBe('Pages open: 3')
    await tap('.redirect')
    expect(await routes()).toEqual(['pages/home/home', 'pages/list/list', 'pages/result/result'])
    await tap('.to-log') // switchTab: home stays alive, outside the stack
    expect(await routes()).toEqual(['pages/log/log'])
    expect(mp.host.stack.livePages().map((p) => p.route)).toEqual([
      'pages/log/log',
      'pages/home/home',
    ])
    await tap('.to-home')
    await tap('.to-detail')
    await tap('.back') // <navigator open-type="navigateBack">
    expect(await routes()).toEqual(['pages/home/home'])
    await tap('.to-detail')
    await tap('.restart') // reLaunch
    expect(await routes()).toEqual(['pages/home/home'])
    expect((await current()).query).toEqual({ restart: '1' })
  })

  it('the app sees the stack limit in its fail callback and stays at 10 pages', async () => {
    // WeChat keeps at most 10 pages; errMsg from device logs (see runtime/host/pages/errors.ts)
    await tap('.to-detail')
    for (let depth = 2; depth < 10; depth++) await tap('.deeper')
    expect(await routes()).toHaveLength(10)
    expect(await text('.depth')).toBe('Pages open: 10')
    expect(await text('.error')).toBe('')
    const top = await tap('.deeper')
    expect(await routes()).toHaveLength(10)
    expect(top.query).toEqual({ id: '11', from: 'detail' })
    expect(await text('.error')).toBe('navigateTo:fail webview count limit exceed')
    const lastError = await mp.evaluate('function () { return getApp().globalData.lastError }')
    expect(lastError).toBe('navigateTo:fail webview count limit exceed')
  })

  it('the tab bar shows on tab pages and selects the tab shown last', async () => {
    expect(mp.host.stack.tabBar()).toMatchObject({ selectedIndex: 0, visible: true })
    expect(mp.host.stack.tabBar()?.list.map((t) => t.text)).toEqual(['Home', 'Log'])
    await tap('.to-detail')
    expect(mp.host.stack.tabBar()).toMatchObject({ selectedIndex: 0, visible: false })
    await tap('.home')
    await tap('.to-log')
    expect(mp.host.stack.tabBar()).toMatchObject({ selectedIndex: 1, visible: true })
    // the Log tab shows the app's own log, App hooks included
    const entries = await Promise.all((await (await current()).$$('.entry')).map((e) => e.text()))
    expect(entries).toContain('app onLaunch')
    expect(entries.at(-1)).toBe('log onShow')
    await mp.host.stack.tapTabItem(0)
    await mp.settle()
    expect((await current()).path).toBe('pages/home/home')
    expect(mp.host.stack.tabBar()).toMatchObject({ selectedIndex: 0, visible: true })
    const tapLog = mp.logs.filter((e) => e.args[0] === 'home onTabItemTap').at(-1)
    expect(tapLog?.args[1]).toEqual({ index: 0, pagePath: 'pages/home/home', text: 'Home' })
  })

  it('each page keeps its navigation bar: a renamed page shows its title again on return', async () => {
    expect(mp.ui.navigationBar.title).toBe('Home')
    await tap('.to-list')
    await tap('.item-3')
    expect(mp.ui.navigationBar.title).toBe('Detail')
    await tap('.rename') // wx.setNavigationBarTitle
    expect(mp.ui.navigationBar.title).toBe('Item 3')
    await tap('.deeper')
    expect(mp.ui.navigationBar.title).toBe('Detail') // the new page has its own bar
    await tap('.back')
    expect(mp.ui.navigationBar.title).toBe('Item 3')
    await tap('.back')
    expect(mp.ui.navigationBar.title).toBe('List')
    await tap('.item-3') // a new detail page: the rename stayed with the one that unloaded
    expect(mp.ui.navigationBar.title).toBe('Detail')
    expect(mp.errors).toEqual([])
  })
})
