// The host's public face: launch a built (or source) mini program headless, with its page
// stack, API registry, views and the recording router wired together.

export { Host, launchHost, type HostOptions } from './host.ts'
export type { MockResult } from './host-apis.ts'
export type { HostError } from './logs.ts'
export { formatError, formatLog } from './logs.ts'
export type { LogicMode } from './logic-thread.ts'
export type { PageView } from './views.ts'
export { loadPackage, type LoadedPackage, type PackageSource } from './package.ts'
