// Subpackages (docs/packages.md): a route into a subpackage waits for its download (the page
// below stays, its navigation bar loading) and opens the page after; a failed download fails the
// route with the reason and leaves the stack as it was; preloadRule downloads ahead on the
// networks it allows; an independent subpackage starts without the main package.

import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { MiniProgram } from '../../index.ts'
import { events, launchLoading, sleep, slow, writeLoadingProject } from './project.ts'

const project = await writeLoadingProject()
afterAll(() => project.remove())

let mp: MiniProgram | undefined
afterEach(async () => {
  await mp?.close()
  mp = undefined
})

const sent = (app: MiniProgram, type: string) =>
  app.record.filter({ direction: 'host→logic', type }).map((r) => r.payload as Record<string, any>)

describe('a route into a subpackage', () => {
  it('waits for the download with the page below on screen, then opens the page', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    mp = await launchLoading(
      { project: project.dir, mode: 'single-thread' },
      async (root, read) => {
        if (root === 'packageA') await held
        return read()
      },
    )
    const route = mp.navigateTo('/packageA/pages/cat/cat')
    await sleep(50)
    const host = mp.host
    expect(host.stack.current()!.route).toBe('pages/index/index')
    expect(host.stack.pages()).toHaveLength(1)
    expect(host.registry.ui.navigationBar.loading).toBe(true)
    expect(host.pages.subpackages.downloads.map((d) => [d.root, d.reason, d.ok])).toEqual([
      ['packageC', 'preloadRule', true], // pages/index/index's rule, on wifi
      ['packageA', 'route', null],
    ])
    release()
    const cat = await route
    expect(cat.path).toBe('packageA/pages/cat/cat')
    expect(host.registry.ui.navigationBar.loading).toBe(false)
    const order = mp.record
      .filter({ direction: 'host→logic' })
      .map((r) => r.type)
      .filter((t) => t === 'loadSubpackage' || t === 'pageCreate')
    expect(order).toEqual(['pageCreate', 'loadSubpackage', 'pageCreate'])
    expect(mp.errors).toEqual([])
  })

  it('fails with the reason in errMsg when the download fails, and loads on the next try', async () => {
    let failures = 1
    mp = await launchLoading({ project: project.dir, mode: 'single-thread' }, (root, read) =>
      root === 'packageA' && failures-- > 0
        ? Promise.reject(new Error('HTTP 503 from the CDN'))
        : read(),
    )
    const result = await mp.evaluate(
      `function () {
        return new Promise((resolve) => wx.navigateTo({
          url: '/packageA/pages/cat/cat',
          success: (res) => resolve(res.errMsg),
          fail: (res) => resolve(res.errMsg),
        }))
      }`,
    )
    expect(result).toBe('navigateTo:fail loadSubpackage "packageA" failed: HTTP 503 from the CDN')
    await mp.settle()
    // the stack is as it was: the page below was not even hidden
    expect((await mp.pageStack()).map((p) => p.path)).toEqual(['pages/index/index'])
    expect(await events(mp)).toEqual([
      'App.onLaunch pages/index/index',
      'App.onShow',
      'wx.onAppShow',
      'index.onShow',
    ])
    expect(mp.ui.navigationBar.loading).toBe(false)
    const cat = await mp.navigateTo('/packageA/pages/cat/cat')
    expect(await (await cat.$('.title'))!.text()).toBe('cat')
    expect(sent(mp, 'loadSubpackage').map((m) => m.root)).toEqual(['packageA'])
  })

  it('has no wx.loadSubpackage: mini programs preload by preloadRule only', async () => {
    mp = await launchLoading({ project: project.dir, mode: 'single-thread' })
    expect(await mp.evaluate('function () { return typeof wx.loadSubpackage }')).toBe('undefined')
  })
})

describe('preloadRule', () => {
  it('preloads the packages of a page that opens when its network allows (4g: "all" only)', async () => {
    mp = await launchLoading({ project: project.dir, mode: 'single-thread', networkType: '4g' })
    // pages/index/index preloads packageC on wifi only: not on 4g
    expect(mp.host.pages.subpackages.downloads).toEqual([])
    expect(mp.logs.map((l) => l.args.join(' '))).toContain(
      'preloadSubpackages: packageC not preloaded: network "wifi", on 4g',
    )
    await mp.navigateTo('/pages/other/other') // network "all": preloads "animals" (packageA)
    const downloads = mp.host.pages.subpackages.downloads
    expect(downloads.map((d) => [d.root, d.reason, d.ok])).toEqual([
      ['packageA', 'preloadRule', true],
    ])
    expect(mp.host.pages.subpackages.preloaded()).toEqual(['packageA'])
    expect(sent(mp, 'loadSubpackage')).toEqual([]) // downloaded, not run
    expect(mp.logs.map((l) => l.args.join(' '))).toContain('preloadSubpackages: packageA success')
    await mp.navigateTo('/packageA/pages/cat/cat')
    expect(downloads).toHaveLength(1) // the route took the preloaded bundle
    expect(sent(mp, 'loadSubpackage').map((m) => m.root)).toEqual(['packageA'])
  })

  it('preloads on wifi what a "wifi" rule names', async () => {
    mp = await launchLoading({ project: project.dir, mode: 'single-thread' })
    expect(mp.host.pages.subpackages.downloads.map((d) => [d.root, d.reason])).toEqual([
      ['packageC', 'preloadRule'],
    ])
  })

  it('makes a preloaded subpackage route faster than an on-demand one', async () => {
    mp = await launchLoading(
      { project: project.dir, mode: 'single-thread', networkType: '4g' },
      slow(150),
    )
    await mp.navigateTo('/pages/other/other')
    await sleep(200) // the preload of packageA finishes meanwhile
    await mp.navigateTo('/packageA/pages/cat/cat') // preloaded
    await mp.navigateTo('/packageC/pages/fish/fish') // on demand on 4g
    const timing = (route: string) =>
      mp!.navigationTimings().find((t) => t.route === route)!.toFirstRender!
    expect(timing('packageC/pages/fish/fish')).toBeGreaterThanOrEqual(150)
    expect(timing('packageA/pages/cat/cat')).toBeLessThan(150)
  })
})

describe('an independent subpackage', () => {
  it('starts without the main package; a route out of it loads main and runs App.onLaunch', async () => {
    mp = await launchLoading({
      project: project.dir,
      mode: 'single-thread',
      path: 'packageB/pages/dog/dog',
      networkType: '4g',
    })
    const [launch] = sent(mp, 'launch')
    expect(launch).toMatchObject({ withoutMain: true })
    expect(launch!.bundle).toBeUndefined()
    expect(sent(mp, 'loadSubpackage').map((m) => m.root)).toEqual(['packageB'])
    expect(await mp.evaluate('function () { return typeof getApp() }')).toBe('undefined')
    expect(await mp.evaluate('function () { return getApp({ allowDefault: true }).fromDog }')).toBe(
      'set before App()',
    )
    // preloadRule's __APP__ on the independent page: the main package is downloaded ahead
    expect(mp.host.pages.subpackages.downloads.map((d) => [d.root, d.reason])).toEqual([
      ['packageB', 'route'],
      ['__APP__', 'preloadRule'],
    ])
    expect(sent(mp, 'loadMainPackage')).toEqual([])
    await mp.navigateTo('/pages/index/index')
    expect(sent(mp, 'loadMainPackage')).toHaveLength(1)
    expect(await mp.evaluate('function () { return getApp().fromDog }')).toBe('set before App()')
    expect(await events(mp)).toEqual([
      'dog loaded, getApp() is undefined',
      'dog.onShow',
      // the main package runs before the route changes the stack
      'App.onLaunch packageB/pages/dog/dog',
      'App.onShow',
      'dog.onHide',
      'index.onShow',
    ])
    expect(mp.errors).toEqual([])
  })

  it('joins the running app when a route enters it from the main package', async () => {
    mp = await launchLoading({ project: project.dir, mode: 'single-thread' })
    await mp.navigateTo('/packageB/pages/dog/dog')
    expect(sent(mp, 'loadMainPackage')).toEqual([])
    expect(await mp.evaluate('function () { return getApp().globalData.launches }')).toBe(1)
  })
})
