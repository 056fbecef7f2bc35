// Lifecycle order across every route type, as the navigation sample logged it itself (its App
// keeps each App and page hook in `globalData.log`, and prints it with console.log). Logic runs
// in a worker. The orders are the ones runtime/host/pages pins from the platform's page-routing
// guide (路由方式 table, Tab-switch table, route-event-listener guide): see pages/stack.ts,
// pages/pages.ts and pages/stack.test.ts. The steps run in order on one launch.

import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'

const SAMPLE = join(import.meta.dirname, '../../samples/navigation')

const READ_LOG = 'function () { return getApp().globalData.log }'
const ROUTES = 'function () { return getCurrentPages().map((p) => p.route) }'

describe('lifecycle order in the navigation sample (worker)', () => {
  let mp: MiniProgram
  let seen = 0

  /** The app's log entries added since the last call. */
  async function logged(): Promise<string[]> {
    const log = (await mp.evaluate(READ_LOG)) as string[]
    const fresh = log.slice(seen)
    seen = log.length
    return fresh
  }

  async function tap(selector: string): Promise<void> {
    const page = (await mp.currentPage())!
    const el = await page.$(selector)
    if (!el) throw new Error(`no ${selector} on ${page.path}`)
    await el.tap()
  }

  beforeAll(async () => {
    mp = await launch({ project: SAMPLE })
  })
  afterAll(async () => {
    await mp?.close()
  })

  it('launch: App onLaunch, onShow, then the entry page onLoad, onShow, onReady', async () => {
    expect(mp.host.mode).toBe('worker')
    expect(await logged()).toEqual([
      'app onLaunch',
      'app onShow',
      'home onLoad',
      'home onShow',
      'home onReady',
    ])
    // console.log of the same hooks, with their arguments, reached the host's logs
    const launchLog = mp.logs.find((e) => e.args[0] === 'app onLaunch')
    expect(launchLog).toMatchObject({
      level: 'log',
      source: 'logic',
      args: ['app onLaunch', 'pages/home/home'],
    })
  })

  it('navigateTo: the old page hides, then the new page loads, shows, is ready', async () => {
    await tap('.to-list') // a <navigator>
    expect(await logged()).toEqual(['home onHide', 'list onLoad', 'list onShow', 'list onReady'])
    await tap('.item-3')
    expect(await logged()).toEqual([
      'list onHide',
      'detail onLoad',
      'detail onShow',
      'detail onReady',
    ])
    const onLoad = mp.logs.filter((e) => e.args[0] === 'detail onLoad').at(-1)
    expect(onLoad?.args[1]).toEqual({ id: '3', from: 'list' })
  })

  it('navigateBack with delta 2: both pages unload top first, then the page below shows', async () => {
    await tap('.deeper') // detail 4 on top of detail 3
    expect(await logged()).toEqual([
      'detail onHide',
      'detail onLoad',
      'detail onShow',
      'detail onReady',
    ])
    await tap('.back-two')
    expect(await logged()).toEqual(['detail onUnload', 'detail onUnload', 'list onShow'])
    expect(await mp.evaluate(ROUTES)).toEqual(['pages/home/home', 'pages/list/list'])
  })

  it('redirectTo: the old page unloads, then the new one loads', async () => {
    await tap('.item-3')
    await logged()
    await tap('.redirect')
    expect(await logged()).toEqual([
      'detail onUnload',
      'result onLoad',
      'result onShow',
      'result onReady',
    ])
    expect(await mp.evaluate(ROUTES)).toEqual([
      'pages/home/home',
      'pages/list/list',
      'pages/result/result',
    ])
  })

  it('switchTab: non-tab pages unload top first, tab pages stay alive', async () => {
    await tap('.to-log') // <navigator open-type="switchTab">
    expect(await logged()).toEqual([
      'result onUnload',
      'list onUnload',
      'log onLoad',
      'log onShow',
      'log onReady',
    ])
    // home is alive but not in the stack
    expect(await mp.evaluate(ROUTES)).toEqual(['pages/log/log'])
    await tap('.to-home')
    // home was kept: it only shows again (no second onLoad)
    expect(await logged()).toEqual(['log onHide', 'home onShow'])
    expect(await mp.evaluate(ROUTES)).toEqual(['pages/home/home'])
  })

  it('app hide and show: page onHide then App onHide; App onShow then page onShow', async () => {
    await mp.host.stack.enterBackground()
    await mp.settle()
    expect(await logged()).toEqual(['home onHide', 'app onHide'])
    await mp.host.stack.enterForeground()
    await mp.settle()
    expect(await logged()).toEqual(['app onShow', 'home onShow'])
  })

  it('reLaunch: every page unloads (stack top first, then kept tabs), then the target loads', async () => {
    await tap('.to-detail')
    await logged()
    await tap('.restart')
    expect(await logged()).toEqual([
      'detail onUnload',
      'home onUnload',
      'log onUnload',
      'home onLoad',
      'home onShow',
      'home onReady',
    ])
    const onLoad = mp.logs.filter((e) => e.args[0] === 'home onLoad').at(-1)
    expect(onLoad?.args[1]).toEqual({ restart: '1' })
    expect(await mp.evaluate(ROUTES)).toEqual(['pages/home/home'])
    expect(mp.errors).toEqual([])
  })
})
