// The host side of the `wx.*` APIs: a registry that answers `invoke` messages with ApiResults,
// and the models (UI, storage, device, login platform) a simulator or test observes and drives.
// Free of Node modules, so a browser page can bundle it; the Node home's services (disk, http,
// ws) and the registry made with them are in node/index.ts.

export { createApiRegistryWith, createApiContextWith } from './registry-core.ts'
export type { ApiRegistry, ApiRegistryOptions } from './registry-core.ts'
export type { ApiServices } from './services.ts'
export type {
  ApiContext,
  ApiHandler,
  ApiTable,
  ApiArgs,
  ApiResult,
  LogLevel,
  NetworkTimeouts,
  PageWindow,
} from './types.ts'
export { ok, fail } from './types.ts'
export { checkParams, parameterError, typeName } from './validate.ts'
export { systemClock, createFakeClock } from './clock.ts'
export type { Clock, FakeClock, TimerHandle } from './clock.ts'
export { createMemoryStorage, createPersistedStorage } from './storage/store.ts'
export type { StorageBackend } from './storage/store.ts'
export * as storageLimits from './storage/limits.ts'
export { storageSnapshot } from './storage/apis.ts'
export { UiModel } from './ui/model.ts'
export type {
  ToastState,
  LoadingState,
  ModalState,
  ModalAnswer,
  ActionSheetState,
  NavigationBarState,
  UiAutoAnswers,
} from './ui/model.ts'
export { windowPatch, navigationBarOf } from './ui/navigation-bar.ts'
export type { NavigationBarHook } from './ui/navigation-bar.ts'
export { devicePresets, defaultDevice, windowInfo, systemInfo, menuButtonRect } from './device.ts'
export type { DevicePreset, SafeArea } from './device.ts'
export { createSimulatedPlatform, CODE_TTL_MS } from './login.ts'
export { createPlatformClient, type PlatformLink } from './login-remote.ts'
export { signUserInfo, profileOf, type SignedUserInfo, type UserProfile } from './user-info.ts'
export type { LoginCodeIssuer, SimulatedPlatform, SessionResult } from './login.ts'
export { USER_DATA_PATH, TEMP_PREFIX, extensionFor, mimeFor } from './files.ts'
export type { TempFiles } from './files.ts'
