// Route rules and their errMsg strings (sources in errors.ts), URL forms, and page-not-found
// at launch (wx.onPageNotFound doc: path, query, isEntryPage; navigateTo to a missing page
// fails instead of calling it).

import { describe, expect, it } from 'vitest'
import { harness, launched } from './testing.ts'

describe('the 10-page limit', () => {
  it('fails the 11th page with "webview count limit exceed" and changes nothing', async () => {
    const h = await launched('pages/a/a')
    for (let i = 0; i < 9; i++) {
      expect(await h.stack.navigateTo({ url: '/pages/b/b' })).toEqual({ errMsg: 'navigateTo:ok' })
    }
    expect(h.stack.pages()).toHaveLength(10)
    h.reset()
    expect(await h.stack.navigateTo({ url: '/pages/c/c' })).toEqual({
      errMsg: 'navigateTo:fail webview count limit exceed',
    })
    expect(h.log).toEqual([])
    expect(h.stack.pages()).toHaveLength(10)
    // redirectTo replaces, so it still works at the limit
    expect(await h.stack.redirectTo({ url: '/pages/c/c' })).toEqual({ errMsg: 'redirectTo:ok' })
  })

  it('takes another limit from the options', async () => {
    const h = await launched('pages/a/a', { maxStack: 2 })
    await h.stack.navigateTo({ url: '/pages/b/b' })
    expect((await h.stack.navigateTo({ url: '/pages/c/c' })).errMsg).toBe(
      'navigateTo:fail webview count limit exceed',
    )
  })
})

describe('tab rules and errors', () => {
  it('refuses tab pages to navigateTo and redirectTo, and non-tab pages to switchTab', async () => {
    const h = await launched('pages/a/a')
    expect(await h.stack.navigateTo({ url: '/pages/tab1/tab1' })).toEqual({
      errMsg: 'navigateTo:fail can not navigateTo a tabbar page',
    })
    expect(await h.stack.redirectTo({ url: '/pages/tab2/tab2' })).toEqual({
      errMsg: 'redirectTo:fail can not redirectTo a tabbar page',
    })
    expect(await h.stack.switchTab({ url: '/pages/b/b' })).toEqual({
      errMsg: 'switchTab:fail can not switch to no-tabBar page',
    })
    expect(h.log).toEqual([])
  })

  it('names a missing page by its resolved path and the query as written', async () => {
    const h = await launched('pages/a/a')
    expect(await h.stack.navigateTo({ url: '/pages/nope/nope?r=%2Fx' })).toEqual({
      errMsg: 'navigateTo:fail page "pages/nope/nope?r=%2Fx" is not found',
    })
    expect((await h.stack.switchTab({ url: 'tab1/tab1' })).errMsg).toBe(
      'switchTab:fail page "pages/a/tab1/tab1" is not found',
    )
    expect((await h.stack.reLaunch({ url: '/x' })).errMsg).toBe(
      'reLaunch:fail page "x" is not found',
    )
    expect((await h.stack.redirectTo({ url: '' })).errMsg).toBe(
      'redirectTo:fail page "pages/a" is not found',
    )
  })

  it('checks that url is a string, naming the type it got', async () => {
    const h = await launched()
    expect(await h.stack.navigateTo({})).toEqual({
      errMsg:
        'navigateTo:fail parameter error: parameter.url should be String instead of Undefined;',
    })
    expect((await h.stack.reLaunch({ url: 5 })).errMsg).toBe(
      'reLaunch:fail parameter error: parameter.url should be String instead of Number;',
    )
  })

  it('cannot navigate back from the first page', async () => {
    const h = await launched()
    expect(await h.stack.navigateBack()).toEqual({
      errMsg: 'navigateBack:fail cannot navigate back at first page.',
    })
  })

  it('opens subpackage pages like any other', async () => {
    const h = await launched('pages/a/a')
    expect((await h.stack.navigateTo({ url: '/sub/s/s' })).errMsg).toBe('navigateTo:ok')
  })
})

describe('urls and queries', () => {
  it('resolves relative urls against the current page folder', async () => {
    const h = await launched('pages/deep/x/x')
    await h.stack.navigateTo({ url: '../../b/b?from=x' })
    expect(h.stack.current()).toMatchObject({ route: 'pages/b/b', query: { from: 'x' } })
    await h.stack.navigateTo({ url: './../c/c' })
    expect(h.stack.current()?.route).toBe('pages/c/c')
  })

  it('hands onLoad the query undecoded, as devices do', async () => {
    const h = await launched('pages/a/a')
    await h.stack.navigateTo({ url: '/pages/b/b?url=https%3A%2F%2Fa.b%2Fc&flag&e=&x=a=b' })
    expect(h.calls.find((c) => c.name === 'onLoad')?.args).toEqual([
      { url: 'https%3A%2F%2Fa.b%2Fc', flag: '', e: '', x: 'a=b' },
    ])
  })

  it('gives every page a new webview id, never reusing one', async () => {
    const h = await launched('pages/a/a', { firstWebviewId: 100 })
    await h.stack.navigateTo({ url: '/pages/b/b' })
    await h.stack.navigateBack()
    await h.stack.navigateTo({ url: '/pages/b/b' })
    await h.stack.reLaunch({ url: '/pages/a/a' })
    expect(h.stack.current()?.webviewId).toBe(103)
  })
})

describe('page not found at launch', () => {
  it('calls App.onPageNotFound after onLaunch and onShow, and leaves the stack empty', async () => {
    const h = harness()
    expect(await h.stack.launch('/pages/gone/gone?a=1')).toEqual({
      errMsg: 'appLaunch:fail page "pages/gone/gone" is not found',
    })
    expect(h.log).toEqual(['App.onLaunch', 'App.onShow', 'App.onPageNotFound'])
    expect(h.calls[2]?.args).toEqual([
      { path: 'pages/gone/gone', query: { a: '1' }, isEntryPage: true },
    ])
    expect(h.stack.pages()).toEqual([])
    expect(h.stack.snapshot().notFound).toEqual({ path: 'pages/gone/gone', query: { a: '1' } })
  })

  it('lets the app route from onPageNotFound; the page opens on the empty stack', async () => {
    const h = harness()
    await h.stack.launch('pages/gone/gone')
    h.reset()
    expect(await h.stack.redirectTo({ url: '/pages/a/a' })).toEqual({ errMsg: 'redirectTo:ok' })
    expect(h.log).toEqual(['create:a', 'a.onLoad', 'a.onShow', 'a.onReady'])
    expect(h.stack.snapshot().notFound).toBeNull()
  })
})
