// The rest of the documented `wx` surface, so that real apps written against the whole platform
// run: WeChat's own demo app calls dozens of device, media and cloud APIs on its pages, and a
// missing function is a TypeError that stops the handler. Three kinds:
//
// - Small APIs that mpsim answers for real in the logic thread (base64, log managers,
//   account info, report* that only record, plausible simulator settings).
// - Async APIs and API objects that mpsim does not simulate yet: their calls go to the host like
//   any other, and the host answers `<api>:fail not supported in mpsim` (and warns), so they fail
//   through `fail`/`complete` or a rejected Promise, and `mockWxMethod` can still stand in.
//   `*Sync` methods of such objects throw an Error with the same errMsg, as failing sync APIs do.
// - Device and system events (compass, Bluetooth, keyboard…): `on*`/`off*` keep the listener;
//   the event never happens in mpsim.
//
// `wx.canIUse` answers false for the not-simulated ones, so apps that check first (the demo
// app does) take their fallback path.

import type { ApiCaller } from './api-call.ts'
import { Listeners } from './api-objects.ts'
import type { HostConsole } from './env.ts'
import { createWorklet } from './worklet.ts'

type Wx = Record<string, unknown>

/** Documented async APIs that mpsim does not simulate yet (answered `:fail` by the host). */
const NOT_SIMULATED_ASYNC = [
  // base, update, share, UI
  'updateWeChatApp',
  'openSystemBluetoothSetting',
  'openAppAuthorizeSetting',
  'getShareInfo',
  'showShareImageMenu',
  'shareFileMessage',
  'shareVideoMessage',
  'authPrivateMessage',
  'setTopBarText',
  'setWindowSize',
  'enableAlertBeforeUnload',
  'disableAlertBeforeUnload',
  'getBackgroundFetchData',
  'getBackgroundFetchToken',
  'setBackgroundFetchToken',
  'batchGetStorage',
  'batchSetStorage',
  // network
  'startLocalServiceDiscovery',
  'stopLocalServiceDiscovery',
  'getLocalIPAddress',
  // payment, open capabilities
  'requestOrderPayment',
  'requestPluginPayment',
  'chooseAddress',
  'chooseInvoice',
  'chooseInvoiceTitle',
  'addCard',
  'openCard',
  'getWeRunData',
  'requestSubscribeDeviceMessage',
  'getGroupEnterInfo',
  'openCustomerServiceChat',
  'showRedPackage',
  'checkIsSupportSoterAuthentication',
  'startSoterAuthentication',
  'checkIsSoterEnrolledInDevice',
  'getPrivacySetting',
  'openPrivacyContract',
  'requirePrivacyAuthorize',
  'openEmbeddedMiniProgram',
  'getChannelsLiveInfo',
  'openChannelsActivity',
  'openChannelsLive',
  'openChannelsUserProfile',
  'getChatForwardMaterials',
  'getChatToolInfo',
  // canvas, media
  'canvasToTempFilePath',
  'canvasGetImageData',
  'canvasPutImageData',
  'compressImage',
  'chooseMessageFile',
  'editImage',
  'cropImage',
  'previewMedia',
  'chooseVideo',
  'saveVideoToPhotosAlbum',
  'getVideoInfo',
  'compressVideo',
  'openVideoEditor',
  'getAvailableAudioSources',
  'setInnerAudioOption',
  'playVoice',
  'pauseVoice',
  'stopVoice',
  'startRecord',
  'stopRecord',
  'playBackgroundAudio',
  'pauseBackgroundAudio',
  'stopBackgroundAudio',
  'seekBackgroundAudio',
  'getBackgroundAudioPlayerState',
  'joinVoIPChat',
  'exitVoIPChat',
  'updateVoIPChatMuteConfig',
  // location, files
  'chooseLocation',
  'openLocation',
  'choosePoi',
  'getFuzzyLocation',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'stopLocationUpdate',
  'getFileInfo',
  'getSavedFileInfo',
  'saveFileToDisk',
  // device
  'openBluetoothAdapter',
  'closeBluetoothAdapter',
  'getBluetoothAdapterState',
  'startBluetoothDevicesDiscovery',
  'stopBluetoothDevicesDiscovery',
  'getBluetoothDevices',
  'getConnectedBluetoothDevices',
  'createBLEConnection',
  'closeBLEConnection',
  'getBLEDeviceServices',
  'getBLEDeviceCharacteristics',
  'readBLECharacteristicValue',
  'writeBLECharacteristicValue',
  'notifyBLECharacteristicValueChange',
  'setBLEMTU',
  'getBLEDeviceRSSI',
  'getBLEMTU',
  'makeBluetoothPair',
  'isBluetoothDevicePaired',
  'startBeaconDiscovery',
  'stopBeaconDiscovery',
  'getBeacons',
  'startHCE',
  'stopHCE',
  'sendHCEMessage',
  'getHCEState',
  'startWifi',
  'stopWifi',
  'connectWifi',
  'getWifiList',
  'setWifiList',
  'getConnectedWifi',
  'addPhoneContact',
  'chooseContact',
  'checkIsOpenAccessibility',
  'getBatteryInfo',
  'startAccelerometer',
  'stopAccelerometer',
  'startCompass',
  'stopCompass',
  'startDeviceMotionListening',
  'stopDeviceMotionListening',
  'startGyroscope',
  'stopGyroscope',
  'setVisualEffectOnCapture',
  'getScreenRecordingState',
  'getSelectedTextRange',
  'getRandomValues',
  'getExtConfig',
  'getSkylineInfo',
] as const

/** Device and system events: `on`/`off` pairs whose events never happen in mpsim. */
const QUIET_EVENTS = [
  'NetworkStatusChange',
  'NetworkWeakChange',
  'KeyboardHeightChange',
  'MemoryWarning',
  'UserCaptureScreen',
  'ScreenRecordingStateChanged',
  'ThemeChange',
  'WindowResize',
  'AudioInterruptionBegin',
  'AudioInterruptionEnd',
  'LocationChange',
  'LocationChangeError',
  'CompassChange',
  'AccelerometerChange',
  'GyroscopeChange',
  'DeviceMotionChange',
  'BluetoothDeviceFound',
  'BluetoothAdapterStateChange',
  'BLEConnectionStateChange',
  'BLECharacteristicValueChange',
  'BLEPeripheralConnectionStateChanged',
  'BLEMTUChange',
  'BeaconUpdate',
  'BeaconServiceChange',
  'GetWifiList',
  'WifiConnected',
  'WifiConnectedWithPartialInfo',
  'HCEMessage',
  'LocalServiceFound',
  'LocalServiceLost',
  'LocalServiceDiscoveryStop',
  'LocalServiceResolveFail',
  'BackgroundFetchData',
  'BackgroundAudioPlay',
  'BackgroundAudioPause',
  'BackgroundAudioStop',
  'CopyUrl',
  'LazyLoadError',
  'ApiCategoryChange',
  'VoIPChatMembersChanged',
  'VoIPChatInterrupted',
  'VoIPChatSpeakersChanged',
  'VoIPVideoMembersChanged',
  'NeedPrivacyAuthorization',
] as const

interface ObjectShape {
  /** Methods that take an options object and fail through the host. */
  methods: readonly string[]
  /** `on<Event>`/`off<Event>` listener pairs. */
  events?: readonly string[]
  /** Plain properties with their initial values. */
  props?: Record<string, unknown>
}

const AUDIO_EVENTS = ['Canplay', 'Play', 'Pause', 'Stop', 'Ended', 'TimeUpdate', 'Error']
const AUDIO_PROPS = { src: '', startTime: 0, autoplay: false, loop: false, volume: 1 }
const AUDIO_STATE = { duration: 0, currentTime: 0, paused: true, buffered: 0 }
const AD = { methods: ['load', 'show', 'destroy'], events: ['Load', 'Error', 'Close'] }

/** API objects that mpsim does not simulate yet, by the type name their methods carry. */
const NOT_SIMULATED_OBJECTS: Record<string, [api: string, shape: ObjectShape]> = {
  VideoContext: [
    'createVideoContext',
    {
      methods: [
        'play',
        'pause',
        'stop',
        'seek',
        'sendDanmu',
        'playbackRate',
        'requestFullScreen',
        'exitFullScreen',
        'showStatusBar',
        'hideStatusBar',
        'requestPictureInPicture',
        'exitPictureInPicture',
        'requestBackgroundPlayback',
        'exitBackgroundPlayback',
      ],
    },
  ],
  InnerAudioContext: [
    'createInnerAudioContext',
    {
      methods: ['play', 'pause', 'stop', 'seek', 'destroy'],
      events: [...AUDIO_EVENTS, 'Waiting', 'Seeking', 'Seeked'],
      props: { ...AUDIO_PROPS, ...AUDIO_STATE, playbackRate: 1, obeyMuteSwitch: true },
    },
  ],
  RecorderManager: [
    'getRecorderManager',
    {
      methods: ['start', 'pause', 'resume', 'stop'],
      events: [
        'Start',
        'Resume',
        'Pause',
        'Stop',
        'FrameRecorded',
        'Error',
        'InterruptionBegin',
        'InterruptionEnd',
      ],
    },
  ],
  BackgroundAudioManager: [
    'getBackgroundAudioManager',
    {
      methods: ['play', 'pause', 'stop', 'seek'],
      events: [...AUDIO_EVENTS, 'Waiting', 'Prev', 'Next', 'Seeking', 'Seeked'],
      props: {
        ...AUDIO_PROPS,
        ...AUDIO_STATE,
        title: '',
        epname: '',
        singer: '',
        coverImgUrl: '',
        webUrl: '',
        protocol: 'http',
        playbackRate: 1,
      },
    },
  ],
  CameraContext: [
    'createCameraContext',
    { methods: ['takePhoto', 'startRecord', 'stopRecord', 'setZoom'] },
  ],
  LivePusherContext: [
    'createLivePusherContext',
    {
      methods: [
        'start',
        'stop',
        'pause',
        'resume',
        'switchCamera',
        'snapshot',
        'toggleTorch',
        'playBGM',
        'stopBGM',
        'setMICVolume',
        'sendMessage',
      ],
    },
  ],
  LivePlayerContext: [
    'createLivePlayerContext',
    {
      methods: [
        'play',
        'stop',
        'mute',
        'pause',
        'resume',
        'requestFullScreen',
        'exitFullScreen',
        'snapshot',
        'requestPictureInPicture',
        'exitPictureInPicture',
      ],
    },
  ],
  MapContext: [
    'createMapContext',
    {
      methods: [
        'getCenterLocation',
        'moveToLocation',
        'translateMarker',
        'includePoints',
        'getRegion',
        'getScale',
        'getRotate',
        'getSkew',
        'addMarkers',
        'removeMarkers',
        'setCenterOffset',
        'addCustomLayer',
        'removeCustomLayer',
        'addGroundOverlay',
        'removeGroundOverlay',
        'fromScreenLocation',
        'toScreenLocation',
        'openMapApp',
        'moveAlong',
      ],
    },
  ],
  EditorContext: [
    '',
    {
      methods: [
        'format',
        'insertText',
        'insertImage',
        'insertDivider',
        'setContents',
        'getContents',
        'clear',
        'removeFormat',
        'undo',
        'redo',
        'blur',
        'scrollIntoView',
        'getSelectionText',
      ],
    },
  ],
  WebAudioContext: ['createWebAudioContext', { methods: ['close', 'resume', 'suspend'] }],
  MediaContainer: ['createMediaContainer', { methods: ['addTrack', 'destroy', 'export'] }],
  VideoDecoder: [
    'createVideoDecoder',
    { methods: ['start', 'stop', 'seek', 'remove'], events: ['Start', 'Stop', 'Seek', 'Ended'] },
  ],
  TCPSocket: [
    'createTCPSocket',
    {
      methods: ['connect', 'write', 'close', 'bindWifi'],
      events: ['Connect', 'Close', 'Error', 'Message', 'BindWifi'],
    },
  ],
  UDPSocket: [
    'createUDPSocket',
    {
      methods: ['bind', 'connect', 'send', 'write', 'close', 'setTTL'],
      events: ['Close', 'Error', 'Listening', 'Message'],
    },
  ],
  VKSession: ['createVKSession', { methods: ['start', 'stop', 'destroy', 'detectFace'] }],
  RewardedVideoAd: ['createRewardedVideoAd', AD],
  InterstitialAd: ['createInterstitialAd', AD],
  Worker: ['createWorker', { methods: ['postMessage', 'terminate'], events: ['Message'] }],
  FileSystemManager: [
    'getFileSystemManager',
    {
      methods: [
        'access',
        'appendFile',
        'copyFile',
        'getFileInfo',
        'getSavedFileList',
        'mkdir',
        'readFile',
        'readdir',
        'removeSavedFile',
        'rename',
        'rmdir',
        'saveFile',
        'stat',
        'unlink',
        'unzip',
        'writeFile',
        'open',
        'close',
        'read',
        'write',
        'truncate',
        'ftruncate',
        'fstat',
        'readCompressedFile',
        'readZipEntry',
      ],
    },
  ],
}

/** Objects every call returns the same one of, as on the platform. */
const SINGLETONS = new Set([
  'getRecorderManager',
  'getBackgroundAudioManager',
  'getFileSystemManager',
])

export const NOT_SIMULATED: ReadonlySet<string> = new Set([
  ...NOT_SIMULATED_ASYNC,
  ...Object.values(NOT_SIMULATED_OBJECTS)
    .map(([api]) => api)
    .filter(Boolean),
  'cloud',
])

export interface SurfaceContext {
  calls: ApiCaller
  run: (api: string, fn: () => void) => void
  /** The app's console (its logs reach the host), for the log managers. */
  console: HostConsole
}

export function moreApis({ calls, run, console }: SurfaceContext): Wx {
  const wx: Wx = {}
  for (const api of NOT_SIMULATED_ASYNC) wx[api] = (o?: unknown) => calls.callAsync(api, o)
  const quiet = new Listeners()
  for (const ev of QUIET_EVENTS) {
    wx[`on${ev}`] = (fn: unknown) => quiet.on(ev, fn)
    wx[`off${ev}`] = (fn?: unknown) => quiet.off(ev, fn)
  }
  const made = new Map<string, unknown>()
  for (const [type, [api, shape]] of Object.entries(NOT_SIMULATED_OBJECTS)) {
    if (!api) continue
    wx[api] = () => {
      if (SINGLETONS.has(api) && made.has(api)) return made.get(api)
      const object = notSimulatedObject(calls, type, shape)
      if (SINGLETONS.has(api)) made.set(api, object)
      return object
    }
  }
  wx.cloud = cloud(calls)
  wx.worklet = createWorklet(run, (fn) => void Promise.resolve().then(fn))
  Object.assign(wx, answeredHere(run, console))
  return wx
}

/** An API object whose methods fail through the host (`<Type>.<method>:fail …`). */
function notSimulatedObject(calls: ApiCaller, type: string, shape: ObjectShape): object {
  const object: Record<string, unknown> = { ...shape.props }
  for (const method of shape.methods) {
    object[method] = (o?: unknown) => calls.callAsync(`${type}.${method}`, o)
    if (type === 'FileSystemManager') object[`${method}Sync`] = syncFailure(`${method}Sync`)
  }
  // The camera's frame listener is an object of its own, started and stopped like a task.
  if (type === 'CameraContext')
    object.onCameraFrame = () => ({
      start: (o?: unknown) => calls.callAsync('CameraFrameListener.start', o),
      stop: (o?: unknown) => calls.callAsync('CameraFrameListener.stop', o),
    })
  const listeners = new Listeners()
  for (const ev of shape.events ?? []) {
    object[`on${ev}`] = (fn: unknown) => listeners.on(ev, fn)
    object[`off${ev}`] = (fn?: unknown) => listeners.off(ev, fn)
  }
  return object
}

const syncFailure = (api: string) => () => {
  throw new Error(`${api}:fail not supported in mpsim`)
}

/** `wx.cloud` without a cloud environment: init succeeds, every call fails through the host. */
function cloud(calls: ApiCaller): object {
  const call = (method: string) => (o?: unknown) => calls.callAsync(`cloud.${method}`, o)
  const query = (): Record<string, unknown> => {
    const q: Record<string, unknown> = {}
    for (const chain of ['where', 'orderBy', 'limit', 'skip', 'field', 'doc', 'aggregate'])
      q[chain] = () => q
    for (const end of ['get', 'count', 'add', 'update', 'remove', 'set', 'watch', 'end'])
      q[end] = call(`database.${end}`)
    return q
  }
  return {
    init: () => undefined,
    callFunction: call('callFunction'),
    callContainer: call('callContainer'),
    uploadFile: call('uploadFile'),
    downloadFile: call('downloadFile'),
    getTempFileURL: call('getTempFileURL'),
    deleteFile: call('deleteFile'),
    database: () => ({ collection: () => query(), command: {}, serverDate: () => ({}) }),
    CloudID: (id: string) => ({ cloudID: id }),
  }
}

/** Small APIs answered in the logic thread for real. */
function answeredHere(run: SurfaceContext['run'], console: SurfaceContext['console']): Wx {
  const say =
    (level: 'log' | 'info' | 'warn' | 'error' | 'debug') =>
    (...args: unknown[]) =>
      console[level](...args)
  const logManager = { debug: say('debug'), info: say('info'), log: say('log'), warn: say('warn') }
  const realtime = {
    info: say('info'),
    warn: say('warn'),
    error: say('error'),
    setFilterMsg: () => undefined,
    addFilterMsg: () => undefined,
    in: () => realtime,
    tag: () => realtime,
    getCurrentState: () => null,
  }
  return {
    arrayBufferToBase64: (buffer: ArrayBuffer) => toBase64(new Uint8Array(buffer)),
    base64ToArrayBuffer: (text: string) => fromBase64(String(text)).slice().buffer,
    getLogManager: () => logManager,
    getRealtimeLogManager: () => realtime,
    // The app id is the host's (not sent to logic yet): '' here, as in the devtools' tourist mode.
    getAccountInfoSync: () => ({
      miniProgram: { appId: '', envVersion: 'develop', version: '' },
      plugin: {},
    }),
    getExptInfoSync: () => ({}),
    getExtConfigSync: () => ({}),
    getSkylineInfoSync: () => ({ isSupported: false, reason: 'mpsim renders with WebView' }),
    getBatteryInfoSync: () => ({ level: 100, isCharging: true, isLowPowerMode: false }),
    getSystemSetting: () => ({
      bluetoothEnabled: false,
      locationEnabled: true,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    }),
    getAppAuthorizeSetting: () => ({
      albumAuthorized: 'authorized',
      bluetoothAuthorized: 'authorized',
      cameraAuthorized: 'authorized',
      locationAuthorized: 'authorized',
      locationReducedAccuracy: false,
      microphoneAuthorized: 'authorized',
      notificationAuthorized: 'authorized',
      phoneCalendarAuthorized: 'authorized',
    }),
    // Recorded nowhere: there is no analytics backend; the call succeeds as on a device.
    reportAnalytics: () => undefined,
    reportEvent: () => undefined,
    reportMonitor: () => undefined,
    reportPerformance: () => undefined,
    hideHomeButton: (o?: Record<string, unknown>) => succeed(run, 'hideHomeButton', o),
    hideKeyboard: (o?: Record<string, unknown>) => succeed(run, 'hideKeyboard', o),
  }
}

/** An async API that succeeds at once, with callbacks or a Promise as the platform does. */
function succeed(
  run: (api: string, fn: () => void) => void,
  api: string,
  o: Record<string, unknown> = {},
): Promise<unknown> | undefined {
  const res = { errMsg: `${api}:ok` }
  const { success, complete } = o as { success?: unknown; complete?: unknown }
  if (typeof success !== 'function' && typeof complete !== 'function' && !('fail' in o))
    return Promise.resolve(res)
  if (typeof success === 'function') run(api, () => success(res))
  if (typeof complete === 'function') run(api, () => complete(res))
  return undefined
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function toBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '='
    out += i + 2 < bytes.length ? B64[n & 63]! : '='
  }
  return out
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '')
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let bits = 0
  let value = 0
  let at = 0
  for (const ch of clean) {
    value = (value << 6) | B64.indexOf(ch)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (value >> bits) & 255
    }
  }
  return out.subarray(0, at)
}
