// The contract every host API handler is written against. A handler gets the call's arguments
// (the object the app passed to `wx.<api>`, minus its callbacks) and the context below, and
// answers with the platform's result shape: `{ errMsg: '<api>:ok', ...fields }` or
// `{ errMsg: '<api>:fail <reason>' }`.

import type { ApiResult } from '../../../bridge/protocol.ts'
import type { Clock } from './clock.ts'
import type { DevicePreset } from './device.ts'
import type { TempFiles } from './files.ts'
import type { LoginCodeIssuer } from './login.ts'
import type { StorageBackend } from './storage/store.ts'
import type { NavigationBarState, UiModel } from './ui/model.ts'

export type { ApiResult }

export type LogLevel = 'debug' | 'log' | 'info' | 'warn' | 'error'

/** Timeouts per network API in ms, as app.json `networkTimeout` sets them. */
export interface NetworkTimeouts {
  request: number
  connectSocket: number
  uploadFile: number
  downloadFile: number
}

/** What the current page's window looks like, for windowHeight (the page stack knows). */
export interface PageWindow {
  navigationStyle?: 'default' | 'custom'
  hasTabBar?: boolean
}

export interface ApiContext {
  appId: string
  storage: StorageBackend
  device: DevicePreset
  ui: UiModel
  clock: Clock
  files: TempFiles
  login: LoginCodeIssuer
  networkTimeout: NetworkTimeouts
  /** Changes the current page's navigation bar: the UI model, and the registry's
   *  `navigationBar` hook (the page's window) when the host gave one. */
  setNavigationBar: (patch: Partial<NavigationBarState>) => void
  /** Window layout of the page on top of the stack; default: navigation bar, no tab bar. */
  pageWindow: () => PageWindow
  /** An event of a long-lived object (SocketTask, RequestTask…): becomes an `apiEvent`. */
  emit: (objectId: number, name: string, payload: unknown) => void
  log: (level: LogLevel, ...args: unknown[]) => void
  /** Object ids for tasks the logic side did not number itself. */
  nextObjectId: () => number
  /** Things to undo when the registry is disposed (open sockets, timers, requests). */
  onDispose: (fn: () => void) => void
}

export type ApiArgs = Record<string, unknown>

export type ApiHandler = (args: ApiArgs, ctx: ApiContext) => ApiResult | Promise<ApiResult>

export type ApiTable = Record<string, ApiHandler>

export function ok(api: string, fields: Record<string, unknown> = {}): ApiResult {
  return { errMsg: `${api}:ok`, ...fields }
}

export function fail(api: string, reason: string, fields: Record<string, unknown> = {}): ApiResult {
  return { errMsg: `${api}:fail ${reason}`, ...fields }
}
