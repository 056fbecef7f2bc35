// The navigation bar is the page's: wx.setNavigationBarTitle & co. change the page on top, and
// navigating back shows the page below with its own bar (the platform keeps one native bar per
// page; the docs say these APIs set "the current page's" bar).

import { describe, expect, it } from 'vitest'
import { launched } from '../../pages/testing.ts'
import { createApiRegistry } from '../registry.ts'
import type { NavigationBarState } from './model.ts'
import { navigationBarOf, windowPatch } from './navigation-bar.ts'

/** A registry wired as a host wires it: changes go to the page on top, the model follows it. */
async function setup() {
  const h = await launched('pages/a/a')
  const wx = createApiRegistry({
    appId: 'wxA',
    navigationBar: { set: (patch) => void h.stack.setCurrentWindow(windowPatch(patch)) },
  })
  const showCurrent = () => wx.ui.resetNavigationBar(navigationBarOf(h.stack.window()))
  showCurrent()
  return { h, wx, showCurrent }
}

describe('navigation bar per page', () => {
  it('keeps a title set on a page with that page when another is opened and closed', async () => {
    const { h, wx, showCurrent } = await setup()
    expect(wx.ui.navigationBar.title).toBe('App') // app.json window
    await wx.invoke('setNavigationBarTitle', { title: 'A changed' })
    expect(wx.ui.navigationBar.title).toBe('A changed')

    await h.stack.navigateTo({ url: '/pages/b/b' })
    showCurrent()
    expect(wx.ui.navigationBar.title).toBe('Page B')
    await wx.invoke('setNavigationBarTitle', { title: 'B changed' })
    await wx.invoke('setNavigationBarColor', { frontColor: '#000000', backgroundColor: '#abcdef' })
    await wx.invoke('showNavigationBarLoading')
    expect(h.stack.window()).toMatchObject({
      navigationBarTitleText: 'B changed',
      navigationBarTextStyle: 'black',
      navigationBarBackgroundColor: '#abcdef',
      navigationBarLoading: true,
    })

    await h.stack.navigateBack()
    showCurrent()
    expect(wx.ui.navigationBar).toEqual({
      title: 'A changed',
      frontColor: '#ffffff', // the platform default text style, white
      backgroundColor: '#111111',
      loading: false,
    })
    wx.dispose()
  })

  it('tells UI model listeners about each change, with or without the hook', async () => {
    const { wx } = await setup()
    const seen: string[] = []
    wx.ui.onChange(() => seen.push(wx.ui.navigationBar.title))
    await wx.invoke('setNavigationBarTitle', { title: 'T' })
    expect(seen).toEqual(['T'])
    const plain = createApiRegistry({ appId: 'wxB' })
    await plain.invoke('setNavigationBarTitle', { title: 'Global' })
    expect(plain.ui.navigationBar.title).toBe('Global')
    wx.dispose()
    plain.dispose()
  })
})

describe('window keys of a bar', () => {
  it('round-trips through the window config keys', () => {
    const bar: NavigationBarState = {
      title: 'x',
      frontColor: '#ffffff',
      backgroundColor: '#010203',
      loading: true,
    }
    expect(windowPatch(bar)).toEqual({
      navigationBarTitleText: 'x',
      navigationBarTextStyle: 'white',
      navigationBarBackgroundColor: '#010203',
      navigationBarLoading: true,
    })
    expect(navigationBarOf(windowPatch(bar))).toEqual(bar)
    expect(windowPatch({ title: 'only' })).toEqual({ navigationBarTitleText: 'only' })
  })
})
