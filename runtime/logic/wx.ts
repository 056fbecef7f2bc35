// The `wx` object app code sees. Async APIs are `invoke` calls (callbacks, or a Promise when no
// callback is given); `*Sync` APIs answer from state the logic thread keeps (the storage mirror,
// the system info sent at launch); request/socket/selector APIs return objects.

import type { ApiCaller } from './api-call.ts'
import {
  createSelectorQuery,
  createSocketTask,
  createTask,
  Listeners,
  type Runner,
} from './api-objects.ts'
import { menuButtonRect } from '../shared/menu-button.ts'
import { createAnimation } from './animation.ts'
import { createCanvasContext } from './canvas-context.ts'
import { createIntersectionObserver, type SelectorQueryLike } from './intersection-observer.ts'
import type { StorageMirror } from './storage.ts'
import { createUpdateManager } from './update-manager.ts'
import { env } from './env.ts'
import { moreApis, NOT_SIMULATED, type SurfaceContext } from './wx-surface.ts'

/** Async APIs answered by the host; each returns a Promise when called without callbacks. */
export const ASYNC_APIS = [
  'setStorage',
  'getStorage',
  'removeStorage',
  'clearStorage',
  'getStorageInfo',
  'showToast',
  'hideToast',
  'showLoading',
  'hideLoading',
  'showModal',
  'showActionSheet',
  'setNavigationBarTitle',
  'setNavigationBarColor',
  'showNavigationBarLoading',
  'hideNavigationBarLoading',
  'setBackgroundColor',
  'setBackgroundTextStyle',
  'navigateTo',
  'redirectTo',
  'navigateBack',
  'switchTab',
  'reLaunch',
  'getSystemInfo',
  'getSystemInfoAsync',
  'getNetworkType',
  'login',
  'checkSession',
  'getUserInfo',
  'getUserProfile',
  'getSetting',
  'openSetting',
  'authorize',
  'pageScrollTo',
  'startPullDownRefresh',
  'stopPullDownRefresh',
  'setTabBarBadge',
  'removeTabBarBadge',
  'showTabBarRedDot',
  'hideTabBarRedDot',
  'setTabBarStyle',
  'setTabBarItem',
  'showTabBar',
  'hideTabBar',
  'getLocation',
  'chooseImage',
  'chooseMedia',
  'previewImage',
  'getImageInfo',
  'saveImageToPhotosAlbum',
  'makePhoneCall',
  'scanCode',
  'setClipboardData',
  'getClipboardData',
  'vibrateShort',
  'vibrateLong',
  'requestPayment',
  'requestSubscribeMessage',
  'saveFile',
  'getSavedFileList',
  'removeSavedFile',
  'openDocument',
  'showShareMenu',
  'hideShareMenu',
  'updateShareMenu',
  'loadFontFace',
  'setKeepScreenOn',
  'getScreenBrightness',
  'setScreenBrightness',
  'sendSocketMessage',
  'closeSocket',
  'navigateToMiniProgram',
  'navigateBackMiniProgram',
  'exitMiniProgram',
  'setEnableDebug',
] as const

export interface WxContext {
  calls: ApiCaller
  storage: StorageMirror
  systemInfo: Record<string, unknown>
  launchOptions: () => Record<string, unknown>
  /** Runs a user callback through the error guard, naming what called it. */
  run: Runner
  nextTick(fn: () => void): void
  currentWebviewId(): number | undefined
  /** wx.onError / onUnhandledRejection / onAppShow… listener lists kept by the runtime. */
  appEvents: Listeners
  /** The app's console, for wx.getLogManager (the thread's own when not given). */
  console?: SurfaceContext['console']
}

export type Wx = Record<string, unknown>

export function createWx(ctx: WxContext): Wx {
  const { calls, storage } = ctx
  // The rest of the documented surface first, so that everything below takes precedence.
  const wx: Wx = moreApis({ calls, run: ctx.run, console: ctx.console ?? env.console })
  for (const api of ASYNC_APIS) wx[api] = (options?: unknown) => calls.callAsync(api, options)
  for (const api of ['setStorage', 'removeStorage', 'clearStorage'] as const) {
    wx[api] = (options?: Record<string, unknown>) =>
      calls.callAsync(api, options, (res) => storage.confirmed(api, options ?? {}, res))
  }
  Object.assign(wx, syncApis(ctx), objectApis(ctx), appEventApis(ctx.appEvents))
  wx.nextTick = (fn: unknown) => typeof fn === 'function' && ctx.nextTick(fn as () => void)
  wx.canIUse = (schema: unknown) => {
    if (typeof schema !== 'string') return false
    const api = schema.split('.')[0]!
    return api in wx && !NOT_SIMULATED.has(api)
  }
  wx.env = { USER_DATA_PATH: 'wxfile://usr' }
  return wx
}

function syncApis(ctx: WxContext): Wx {
  const info = ctx.systemInfo
  const pick = (keys: string[]) => () =>
    Object.fromEntries(keys.filter((k) => k in info).map((k) => [k, info[k]]))
  return {
    getStorageSync: ctx.storage.get,
    setStorageSync: ctx.storage.set,
    removeStorageSync: ctx.storage.remove,
    clearStorageSync: ctx.storage.clear,
    getStorageInfoSync: ctx.storage.info,
    getSystemInfoSync: () => ({ ...info }),
    getWindowInfo: pick([
      'pixelRatio',
      'screenWidth',
      'screenHeight',
      'windowWidth',
      'windowHeight',
      'statusBarHeight',
      'safeArea',
      'screenTop',
    ]),
    getDeviceInfo: pick(['brand', 'model', 'system', 'platform', 'benchmarkLevel', 'abi']),
    getAppBaseInfo: pick([
      'SDKVersion',
      'enableDebug',
      'host',
      'language',
      'version',
      'theme',
      'fontSizeSetting',
    ]),
    getLaunchOptionsSync: () => ({ ...ctx.launchOptions() }),
    getEnterOptionsSync: () => ({ ...ctx.launchOptions() }),
    // Synchronous here, as on the platform: from the launch system info, as the host computes it.
    getMenuButtonBoundingClientRect: () =>
      menuButtonRect({
        statusBarHeight: Number(info.statusBarHeight ?? 0),
        screenWidth: Number(info.screenWidth ?? 0),
      }),
  }
}

function objectApis(ctx: WxContext): Wx {
  const { calls, run } = ctx
  const socketEvents = new Listeners()
  return {
    request: (o: unknown) =>
      createTask(calls, run, 'RequestTask', 'request', o, ['HeadersReceived', 'ChunkReceived']),
    downloadFile: (o: unknown) =>
      createTask(calls, run, 'DownloadTask', 'downloadFile', o, [
        'HeadersReceived',
        'ProgressUpdate',
      ]),
    uploadFile: (o: unknown) =>
      createTask(calls, run, 'UploadTask', 'uploadFile', o, ['HeadersReceived', 'ProgressUpdate']),
    connectSocket: (o: unknown) => createSocketTask(calls, run, o, socketEvents),
    onSocketOpen: (fn: unknown) => socketEvents.on('onOpen', fn),
    onSocketClose: (fn: unknown) => socketEvents.on('onClose', fn),
    onSocketError: (fn: unknown) => socketEvents.on('onError', fn),
    onSocketMessage: (fn: unknown) => socketEvents.on('onMessage', fn),
    createSelectorQuery: () => createSelectorQuery(calls, run, ctx.currentWebviewId),
    getUpdateManager: createUpdateManager(calls, run),
    createAnimation,
    createCanvasContext: (canvasId: unknown, component?: object | null) =>
      createCanvasContext({ calls, webviewId: ctx.currentWebviewId }, canvasId, component),
    createIntersectionObserver: (component: { __wxWebviewId__?: number } | null, o?: object) => {
      const webviewId = () => component?.__wxWebviewId__ ?? ctx.currentWebviewId()
      const query = () => createSelectorQuery(calls, run, webviewId) as unknown as SelectorQueryLike
      return createIntersectionObserver(
        query,
        (fn) => run('IntersectionObserver', fn),
        component,
        o,
      )
    },
  }
}

function appEventApis(events: Listeners): Wx {
  const out: Wx = {}
  for (const ev of ['Error', 'UnhandledRejection', 'AppShow', 'AppHide', 'PageNotFound']) {
    out[`on${ev}`] = (fn: unknown) => events.on(`on${ev}`, fn)
    out[`off${ev}`] = (fn?: unknown) => events.off(`on${ev}`, fn)
  }
  return out
}
