// The simulated phone: getSystemInfo(Sync), getWindowInfo, getDeviceInfo, getAppBaseInfo.
// Fields are the ones the docs list (wx.getWindowInfo: pixelRatio, screenWidth, screenHeight,
// windowWidth, windowHeight, statusBarHeight, safeArea {left,right,top,bottom,width,height},
// screenTop). windowHeight is the screen less the status and navigation bars (44 px) and the
// tab bar (49 px plus the bottom inset) when the page has them.

import { menuButtonRect } from '../../shared/menu-button.ts'
import { type ApiContext, type ApiTable, ok } from './types.ts'

export { menuButtonRect }

export interface SafeArea {
  left: number
  right: number
  top: number
  bottom: number
  width: number
  height: number
}

export interface DevicePreset {
  brand: string
  model: string
  pixelRatio: number
  screenWidth: number
  screenHeight: number
  statusBarHeight: number
  /** Omitted: the full screen below the status bar. */
  safeArea?: SafeArea
  platform: 'ios' | 'android' | 'devtools' | 'windows' | 'mac'
  system: string
  language: string
  /** The WeChat client version. */
  version: string
  SDKVersion: string
  benchmarkLevel: number
  fontSizeSetting: number
  theme: 'light' | 'dark'
  memorySize: number
}

export const NAVIGATION_BAR_HEIGHT = 44
export const TAB_BAR_HEIGHT = 49

/** What both iPhone presets share: the OS, the WeChat client and its settings. */
const IOS_WECHAT = {
  platform: 'ios',
  system: 'iOS 16.0',
  language: 'zh_CN',
  version: '8.0.50',
  SDKVersion: '3.5.0',
  benchmarkLevel: 1,
  fontSizeSetting: 16,
  theme: 'light',
} as const

/** What the Android presets share. */
const ANDROID_WECHAT = {
  ...IOS_WECHAT,
  platform: 'android',
  system: 'Android 13',
} as const

export const devicePresets = {
  'iPhone 6/7/8': {
    brand: 'iPhone',
    model: 'iPhone 6/7/8',
    pixelRatio: 2,
    screenWidth: 375,
    screenHeight: 667,
    statusBarHeight: 20,
    ...IOS_WECHAT,
    memorySize: 2048,
  },
  'iPhone X': {
    brand: 'iPhone',
    model: 'iPhone X',
    pixelRatio: 3,
    screenWidth: 375,
    screenHeight: 812,
    statusBarHeight: 44,
    safeArea: { left: 0, right: 375, top: 44, bottom: 778, width: 375, height: 734 },
    ...IOS_WECHAT,
    memorySize: 3072,
  },
  // Screen sizes in CSS px (points) and pixel ratios as Apple and Google publish them (iPhone
  // 15: 1179×2556 at 3x; Pixel 7: 1080×2400 at 2.625); status bars and home-indicator insets
  // are iOS's safe-area insets (47 on iPhone 14, 59 with the Dynamic Island, 34 at the bottom).
  'iPhone SE': {
    brand: 'iPhone',
    model: 'iPhone SE',
    pixelRatio: 2,
    screenWidth: 375,
    screenHeight: 667,
    statusBarHeight: 20,
    ...IOS_WECHAT,
    memorySize: 3072,
  },
  'iPhone 14': notched('iPhone 14', 390, 844, 47, 6144),
  'iPhone 15': notched('iPhone 15', 393, 852, 59, 6144),
  'iPhone 15 Pro Max': notched('iPhone 15 Pro Max', 430, 932, 59, 8192),
  'Pixel 7': {
    brand: 'google',
    model: 'Pixel 7',
    pixelRatio: 2.625,
    screenWidth: 412,
    screenHeight: 915,
    // Android's status bar is 24 dp (mpsim's value; punch-hole phones may report more)
    statusBarHeight: 24,
    ...ANDROID_WECHAT,
    memorySize: 8192,
  },
  'Galaxy S20 Ultra': {
    brand: 'samsung',
    model: 'SM-G988B',
    pixelRatio: 3.5,
    screenWidth: 412,
    screenHeight: 915,
    statusBarHeight: 24,
    ...ANDROID_WECHAT,
    memorySize: 12288,
  },
  'iPad Air': {
    brand: 'iPad',
    model: 'iPad Air',
    pixelRatio: 2,
    screenWidth: 820,
    screenHeight: 1180,
    statusBarHeight: 24,
    safeArea: { left: 0, right: 820, top: 24, bottom: 1160, width: 820, height: 1136 },
    ...IOS_WECHAT,
    memorySize: 8192,
  },
} satisfies Record<string, DevicePreset>

/** An iPhone with a notch or Dynamic Island: 3x, a 34 px home indicator at the bottom. */
function notched(
  model: string,
  width: number,
  height: number,
  top: number,
  memorySize: number,
): DevicePreset {
  const bottom = height - 34
  const safeArea = { left: 0, right: width, top, bottom, width, height: bottom - top }
  return {
    brand: 'iPhone',
    model,
    pixelRatio: 3,
    screenWidth: width,
    screenHeight: height,
    statusBarHeight: top,
    safeArea,
    ...IOS_WECHAT,
    memorySize,
  }
}

export const defaultDevice: DevicePreset = devicePresets['iPhone 6/7/8']

export function safeAreaOf(d: DevicePreset): SafeArea {
  if (d.safeArea) return { ...d.safeArea }
  const top = d.statusBarHeight
  return {
    left: 0,
    right: d.screenWidth,
    top,
    bottom: d.screenHeight,
    width: d.screenWidth,
    height: d.screenHeight - top,
  }
}

export function windowInfo(ctx: Pick<ApiContext, 'device' | 'pageWindow'>) {
  const d = ctx.device
  const page = ctx.pageWindow()
  const safe = safeAreaOf(d)
  const custom = page.navigationStyle === 'custom'
  let windowHeight = d.screenHeight
  if (!custom) windowHeight -= d.statusBarHeight + NAVIGATION_BAR_HEIGHT
  if (page.hasTabBar) windowHeight -= TAB_BAR_HEIGHT + (d.screenHeight - safe.bottom)
  return {
    pixelRatio: d.pixelRatio,
    screenWidth: d.screenWidth,
    screenHeight: d.screenHeight,
    windowWidth: d.screenWidth,
    windowHeight,
    statusBarHeight: d.statusBarHeight,
    safeArea: safe,
    screenTop: custom ? 0 : d.statusBarHeight + NAVIGATION_BAR_HEIGHT,
  }
}

export function deviceInfo(ctx: Pick<ApiContext, 'device'>) {
  const d = ctx.device
  return {
    brand: d.brand,
    model: d.model,
    system: d.system,
    platform: d.platform,
    benchmarkLevel: d.benchmarkLevel,
    memorySize: d.memorySize,
    ...(d.platform === 'android' ? { abi: 'arm64-v8a' } : {}),
  }
}

export function appBaseInfo(ctx: Pick<ApiContext, 'device' | 'appId'>) {
  const d = ctx.device
  return {
    SDKVersion: d.SDKVersion,
    enableDebug: false,
    host: { appId: 'wx0000000000000000', env: 'WeChat' },
    language: d.language,
    version: d.version,
    theme: d.theme,
    fontSizeSetting: d.fontSizeSetting,
  }
}

/** getSystemInfo: everything the three newer APIs split between them, plus a few more. */
export function systemInfo(ctx: ApiContext) {
  return {
    ...deviceInfo(ctx),
    ...windowInfo(ctx),
    ...appBaseInfo(ctx),
    deviceOrientation: 'portrait',
    wifiEnabled: true,
    locationEnabled: true,
    bluetoothEnabled: false,
    cameraAuthorized: true,
    locationAuthorized: true,
    microphoneAuthorized: true,
    notificationAuthorized: true,
    albumAuthorized: true,
  }
}

export const deviceApis: ApiTable = {
  getSystemInfo: (_a, ctx) => ok('getSystemInfo', systemInfo(ctx)),
  getSystemInfoSync: (_a, ctx) => ok('getSystemInfoSync', systemInfo(ctx)),
  getSystemInfoAsync: (_a, ctx) => ok('getSystemInfoAsync', systemInfo(ctx)),
  getWindowInfo: (_a, ctx) => ok('getWindowInfo', windowInfo(ctx)),
  getDeviceInfo: (_a, ctx) => ok('getDeviceInfo', deviceInfo(ctx)),
  getAppBaseInfo: (_a, ctx) => ok('getAppBaseInfo', appBaseInfo(ctx)),
  getMenuButtonBoundingClientRect: (_a, ctx) =>
    ok('getMenuButtonBoundingClientRect', menuButtonRect(ctx.device)),
}
