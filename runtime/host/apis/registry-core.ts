// The host's answer to `invoke` messages: one registry per running app. It builds the context
// the handlers share (storage, device, UI model, clock, files, login platform) and turns every
// call into an ApiResult; nothing throws across the bridge. What differs between homes (where
// storage and files live, how network calls go out) comes in as ApiServices: Node's are in
// node/services.ts (registry.ts uses them), the browser's in ../browser/.

import type { ApiResult } from '../../../bridge/protocol.ts'
import { type Clock, systemClock } from './clock.ts'
import { type DevicePreset, defaultDevice, deviceApis, systemInfo } from './device.ts'
import type { TempFiles } from './files.ts'
import { type LoginCodeIssuer, createSimulatedPlatform, loginApis } from './login.ts'
import { storageApis, storageSnapshot } from './storage/apis.ts'
import type { ApiServices } from './services.ts'
import type { StorageBackend } from './storage/store.ts'
import type { ApiContext, ApiHandler, LogLevel, NetworkTimeouts, PageWindow } from './types.ts'
import { uiApis } from './ui/apis.ts'
import { type UiAutoAnswers, UiModel } from './ui/model.ts'
import type { NavigationBarHook } from './ui/navigation-bar.ts'
import { typeName } from './validate.ts'

export interface ApiRegistryOptions {
  appId: string
  /** Node: keep storage in `<storageDir>/<appId>/storage.json`; without it (and `storage`),
   *  memory. The browser keeps it in localStorage whatever this says. */
  storageDir?: string
  storage?: StorageBackend
  device?: Partial<DevicePreset>
  clock?: Clock
  /** Temp and user-data files; a string is the root folder. Default: under the OS temp dir. */
  files?: TempFiles | string
  login?: LoginCodeIssuer
  /** app.json `networkTimeout`; each defaults to 60000 ms, as on the platform. */
  networkTimeout?: Partial<NetworkTimeouts>
  pageWindow?: () => PageWindow
  /** Also keeps navigation-bar changes with the current page (see ui/navigation-bar.ts). */
  navigationBar?: NavigationBarHook
  emit?: (objectId: number, name: string, payload: unknown) => void
  log?: (level: LogLevel, ...args: unknown[]) => void
  autoAnswers?: UiAutoAnswers
}

export interface ApiRegistry {
  readonly ctx: ApiContext
  readonly ui: UiModel
  /**
   * Answers one `invoke`. `callId` is the invoke message's: an API that creates an object
   * (request, downloadFile, uploadFile, connectSocket) uses it as the objectId of its events,
   * which is how the logic side addresses the task (unless args carry an `objectId`).
   */
  invoke(api: string, args?: unknown, callId?: number): Promise<ApiResult>
  has(api: string): boolean
  /** Adds or replaces an API (the page stack registers navigateTo & co. here). */
  register(api: string, handler: ApiHandler): void
  apis(): string[]
  /** Every stored key, decoded: the logic thread's storage mirror at launch. */
  storageSnapshot(): Record<string, unknown>
  /** What getSystemInfoSync answers: goes to logic in `launch.systemInfo`. */
  systemInfo(): Record<string, unknown>
  /** Aborts requests, closes sockets, closes dialogs as cancelled, stops timers. */
  dispose(): void
}

const DEFAULT_TIMEOUT = 60_000

/** APIs that return a task object whose events are sent by objectId. */
const OBJECT_APIS = new Set(['request', 'downloadFile', 'uploadFile', 'connectSocket'])

export function createApiContextWith(
  services: ApiServices,
  options: ApiRegistryOptions,
): {
  ctx: ApiContext
  dispose: () => void
} {
  const clock = options.clock ?? systemClock
  const disposers: (() => void)[] = []
  let nextId = 1
  const storage = options.storage ?? services.storage(options.appId, options.storageDir)
  const files = typeof options.files === 'object' ? options.files : services.files(options.files)
  const ui = new UiModel(clock, options.autoAnswers)
  const ctx: ApiContext = {
    appId: options.appId,
    storage,
    device: { ...defaultDevice, ...options.device },
    ui,
    clock,
    files,
    login: options.login ?? createSimulatedPlatform({ clock }),
    networkTimeout: { ...defaultTimeouts(), ...options.networkTimeout },
    pageWindow: options.pageWindow ?? (() => ({})),
    setNavigationBar: (patch) => {
      ui.setNavigationBar(patch)
      options.navigationBar?.set(patch)
    },
    emit: options.emit ?? (() => {}),
    log: options.log ?? (() => {}),
    // Host-numbered objects count down from -1 so they never meet the logic side's numbers.
    nextObjectId: () => -nextId++,
    onDispose: (fn) => void disposers.push(fn),
  }
  ctx.onDispose(() => ctx.ui.dispose())
  return { ctx, dispose: () => disposers.splice(0).forEach((f) => f()) }
}

function defaultTimeouts(): NetworkTimeouts {
  const t = DEFAULT_TIMEOUT
  return { request: t, connectSocket: t, uploadFile: t, downloadFile: t }
}

export function createApiRegistryWith(
  services: ApiServices,
  options: ApiRegistryOptions,
): ApiRegistry {
  const { ctx, dispose } = createApiContextWith(services, options)
  const handlers = new Map<string, ApiHandler>(
    Object.entries({
      ...storageApis,
      ...uiApis,
      ...deviceApis,
      ...loginApis,
      ...services.network(ctx),
    }),
  )
  return {
    ctx,
    ui: ctx.ui,
    invoke: (api, args, callId) => invoke(handlers, ctx, api, args, callId),
    has: (api) => handlers.has(api),
    register: (api, handler) => void handlers.set(api, handler),
    apis: () => [...handlers.keys()].sort(),
    storageSnapshot: () => storageSnapshot(ctx),
    systemInfo: () => systemInfo(ctx),
    dispose,
  }
}

async function invoke(
  handlers: Map<string, ApiHandler>,
  ctx: ApiContext,
  api: string,
  args: unknown,
  callId: number | undefined,
): Promise<ApiResult> {
  const handler = handlers.get(api)
  if (!handler) {
    ctx.log('warn', `wx.${api} is not supported in mpsim`)
    return { errMsg: `${api}:fail not supported in mpsim` }
  }
  const input = args === undefined || args === null ? {} : args
  if (typeName(input) !== 'Object')
    return {
      errMsg: `${api}:fail parameter error: parameter should be Object instead of ${typeName(input)};`,
    }
  const clean = withoutCallbacks(input as Record<string, unknown>)
  if (callId !== undefined && OBJECT_APIS.has(api) && clean.objectId === undefined)
    clean.objectId = callId
  try {
    return await handler(clean, ctx)
  } catch (e) {
    ctx.log('error', `wx.${api} failed in the host`, e)
    return { errMsg: `${api}:fail ${e instanceof Error ? e.message : String(e)}` }
  }
}

/** Callbacks stay on the logic side; an in-process caller may still pass them. */
function withoutCallbacks(args: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(args)) if (typeof v !== 'function') out[k] = v
  return out
}
