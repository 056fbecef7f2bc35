// The host's public face in Node: launch a built (or source) mini program headless, with its
// page stack, API registry, views and the recording router wired together. The browser home
// imports host.ts and browser/ directly (this file pulls in the Node platform).

export { Host, type HostOptions } from './host.ts'
export { launchHost } from './launch.ts'
export { nodePlatform } from './node/platform.ts'
export type {
  HostPlatform,
  LoadedPackage,
  LogicMode,
  LogicThread,
  OpenedView,
  OpenViewRequest,
} from './platform.ts'
export type { MockResult } from './host-apis.ts'
export type { HostError } from './logs.ts'
export { formatError, formatLog } from './logs.ts'
export type { PageView } from './views.ts'
export { loadPackage, rebuildPackage, type PackageSource, type RebuildError } from './package.ts'
export type { HotUpdateResult } from './hot-reload.ts'
