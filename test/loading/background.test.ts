// App hot start and background destroy (docs/packages.md): background() runs the page's onHide,
// App.onHide and wx.onAppHide; a foreground within the time is a hot start with the state kept;
// after `backgroundDestroyMs` the app is destroyed (logic thread and views gone) and the next
// foreground is a cold start: App.onLaunch again, on the entry page, or on the page left when its
// restartStrategy is homePageAndLatestPage.

import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { MiniProgram } from '../../index.ts'
import { events, launchLoading, sleep, writeLoadingProject } from './project.ts'

const project = await writeLoadingProject()
afterAll(() => project.remove())

let mp: MiniProgram | undefined
afterEach(async () => {
  await mp?.close()
  mp = undefined
})

describe.each(['single-thread', 'worker'] as const)('background and foreground (%s)', (mode) => {
  it('keeps the state on a short background: onHide, then onShow (hot start)', async () => {
    mp = await launchLoading({ project: project.dir, mode, backgroundDestroyMs: 60_000 })
    const index = (await mp.currentPage())!
    await index.callMethod('bump')
    await mp.background()
    expect(mp.host.lifetime.state).toBe('background')
    await sleep(30)
    await mp.foreground()
    expect(mp.host.lifetime.state).toBe('foreground')
    expect(await events(mp)).toEqual([
      'App.onLaunch pages/index/index',
      'App.onShow',
      'wx.onAppShow',
      'index.onShow',
      'index.onHide',
      'App.onHide',
      'wx.onAppHide',
      'App.onShow',
      'wx.onAppShow',
      'index.onShow',
    ])
    expect(await index.data('n')).toBe(1)
    expect(await (await index.$('.title'))!.text()).toBe('index 1')
    expect(mp.errors).toEqual([])
  })

  it('destroys the app after the time in the background; the next start is cold', async () => {
    mp = await launchLoading({ project: project.dir, mode, backgroundDestroyMs: 50 })
    await (await mp.currentPage())!.callMethod('bump')
    await mp.background()
    await sleep(150)
    expect(mp.host.lifetime.state).toBe('destroyed')
    expect(mp.host.views.all()).toEqual([])
    await mp.foreground()
    const page = (await mp.currentPage())!
    expect(page.path).toBe('pages/index/index')
    expect(await page.data('n')).toBe(0) // a new page: nothing kept
    expect(await events(mp)).toEqual([
      'App.onLaunch pages/index/index',
      'App.onShow',
      'wx.onAppShow',
      'index.onShow',
    ])
    expect(mp.host.lifetime.coldStarts).toBe(1)
    expect(mp.logs.map((l) => l.args.join(' '))).toContain(
      '[app] destroyed after 50 ms in the background; the next start is cold',
    )
    expect(mp.errors).toEqual([])
  })
})

describe('a cold start after background destroy', () => {
  it('reopens the page left when its restartStrategy is homePageAndLatestPage', async () => {
    mp = await launchLoading({
      project: project.dir,
      mode: 'single-thread',
      backgroundDestroyMs: 20,
    })
    await mp.navigateTo('/pages/other/other?from=index')
    await mp.background()
    await sleep(80)
    await mp.foreground()
    const pages = await mp.pageStack()
    expect(pages.map((p) => [p.path, p.query])).toEqual([['pages/other/other', { from: 'index' }]])
    expect(await events(mp)).toEqual([
      'App.onLaunch pages/other/other',
      'App.onShow',
      'wx.onAppShow',
      'other.onShow',
    ])
  })

  it('opens the path it is given, and a hot start with a path relaunches to it', async () => {
    mp = await launchLoading({ project: project.dir, mode: 'single-thread' })
    await mp.background()
    await mp.foreground({ path: 'pages/other/other?x=1' })
    expect((await mp.pageStack()).map((p) => [p.path, p.query])).toEqual([
      ['pages/other/other', { x: '1' }],
    ])
    expect(mp.host.lifetime.coldStarts).toBe(0)
  })
})
