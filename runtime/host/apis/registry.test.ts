import { describe, expect, it } from 'vitest'
import { createFakeClock } from './clock.ts'
import { devicePresets } from './device.ts'
import { createSimulatedPlatform } from './login.ts'
import { createApiRegistry } from './registry.ts'
import { ok } from './types.ts'

describe('the API registry', () => {
  it('fails an API the host does not implement, clearly, and logs it', async () => {
    const logs: unknown[][] = []
    const wx = createApiRegistry({ appId: 'wxA', log: (...args) => logs.push(args) })
    expect(wx.has('requestPayment')).toBe(false)
    expect(await wx.invoke('requestPayment', {})).toEqual({
      errMsg: 'requestPayment:fail not supported in mpsim',
    })
    expect(logs).toEqual([['warn', 'wx.requestPayment is not supported in mpsim']])
  })

  it('treats missing args as {} and refuses args that are not an object', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    expect(await wx.invoke('clearStorage')).toEqual({ errMsg: 'clearStorage:ok' })
    expect((await wx.invoke('setStorage', 'key')).errMsg).toBe(
      'setStorage:fail parameter error: parameter should be Object instead of String;',
    )
  })

  it('turns a throwing handler into a fail result, never a rejection', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    wx.register('explode', () => {
      throw new Error('boom')
    })
    expect(await wx.invoke('explode', {})).toEqual({ errMsg: 'explode:fail boom' })
  })

  it('lets other parts register APIs and ignores callbacks passed in-process', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    wx.register('navigateTo', (args) => ok('navigateTo', { saw: Object.keys(args) }))
    expect(wx.has('navigateTo')).toBe(true)
    expect(wx.apis()).toContain('navigateTo')
    const res = await wx.invoke('navigateTo', { url: '/p', success: () => {} })
    expect(res).toEqual({ errMsg: 'navigateTo:ok', saw: ['url'] })
  })
})

describe('device info', () => {
  it('describes an iPhone-like 375×667 screen at pixel ratio 2 by default', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    const info = await wx.invoke('getSystemInfoSync')
    expect(info).toMatchObject({
      errMsg: 'getSystemInfoSync:ok',
      brand: 'iPhone',
      platform: 'ios',
      pixelRatio: 2,
      screenWidth: 375,
      screenHeight: 667,
      windowWidth: 375,
      // screen less the 20 px status bar and the 44 px navigation bar
      windowHeight: 603,
      statusBarHeight: 20,
      safeArea: { left: 0, right: 375, top: 20, bottom: 667, width: 375, height: 647 },
      language: 'zh_CN',
    })
    expect(info).toHaveProperty('SDKVersion')
    expect(info).toHaveProperty('version')
    expect(info).toHaveProperty('system')
    expect(info).toHaveProperty('model')
    // What launch.systemInfo carries is the same answer without errMsg.
    const { errMsg: _errMsg, ...fields } = info
    expect(wx.systemInfo()).toEqual(fields)
  })

  it('splits the same facts across getWindowInfo, getDeviceInfo and getAppBaseInfo', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    const win = await wx.invoke('getWindowInfo')
    expect(Object.keys(win).sort()).toEqual(
      [
        'errMsg',
        'pixelRatio',
        'screenWidth',
        'screenHeight',
        'windowWidth',
        'windowHeight',
        'statusBarHeight',
        'safeArea',
        'screenTop',
      ].sort(),
    )
    expect(await wx.invoke('getDeviceInfo')).toMatchObject({
      brand: 'iPhone',
      model: 'iPhone 6/7/8',
      platform: 'ios',
    })
    expect(await wx.invoke('getAppBaseInfo')).toMatchObject({
      SDKVersion: '3.5.0',
      language: 'zh_CN',
      theme: 'light',
    })
  })

  it('places the menu button capsule as on an iPhone 6/7/8', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    expect(await wx.invoke('getMenuButtonBoundingClientRect')).toEqual({
      errMsg: 'getMenuButtonBoundingClientRect:ok',
      width: 87,
      height: 32,
      top: 24,
      right: 368,
      bottom: 56,
      left: 281,
    })
  })

  it('takes a preset and the page window (custom navigation, tab bar)', async () => {
    let page = { navigationStyle: 'custom' as const, hasTabBar: false }
    const wx = createApiRegistry({
      appId: 'wxA',
      device: devicePresets['iPhone X'],
      pageWindow: () => page,
    })
    expect(await wx.invoke('getWindowInfo')).toMatchObject({
      pixelRatio: 3,
      windowHeight: 812,
      screenTop: 0,
    })
    page = { navigationStyle: 'custom', hasTabBar: true }
    // the tab bar is 49 px plus the 34 px home indicator below the safe area
    expect((await wx.invoke('getWindowInfo')).windowHeight).toBe(812 - 49 - 34)
  })
})

describe('login', () => {
  it('issues one-time codes tied to the app, which a backend can exchange once', async () => {
    const clock = createFakeClock(1000)
    const platform = createSimulatedPlatform({ clock })
    const wx = createApiRegistry({ appId: 'wxA', clock, login: platform })
    expect((await wx.invoke('checkSession')).errMsg).toBe(
      'checkSession:fail session time out, need relogin',
    )
    const { code, errMsg } = await wx.invoke('login')
    expect(errMsg).toBe('login:ok')
    expect(typeof code).toBe('string')
    expect(await wx.invoke('checkSession')).toEqual({ errMsg: 'checkSession:ok' })

    expect(platform.exchangeCode('wxOther', code as string)).toEqual({
      errcode: 40029,
      errmsg: 'invalid code',
    })
    const session = platform.exchangeCode('wxA', code as string)
    expect(session).toMatchObject({
      openid: expect.stringMatching(/^o/),
      session_key: expect.any(String),
    })
    expect(platform.exchangeCode('wxA', code as string)).toEqual({
      errcode: 40163,
      errmsg: 'code been used',
    })
  })

  it('lets a code expire after 5 minutes and keeps one openid per app and user', async () => {
    const clock = createFakeClock()
    const platform = createSimulatedPlatform({ clock })
    const wx = createApiRegistry({ appId: 'wxA', clock, login: platform })
    const late = (await wx.invoke('login')).code as string
    clock.advance(5 * 60 * 1000 + 1)
    expect(platform.exchangeCode('wxA', late)).toMatchObject({ errcode: 40029 })
    const a = platform.exchangeCode('wxA', (await wx.invoke('login')).code as string)
    const b = platform.exchangeCode('wxA', (await wx.invoke('login')).code as string)
    expect('openid' in a && 'openid' in b && a.openid === b.openid).toBe(true)
    platform.expireSession('wxA')
    expect((await wx.invoke('checkSession')).errMsg).toMatch(/^checkSession:fail/)
  })
})
