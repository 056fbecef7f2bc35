// The browser home of the host: what the simulator page uses to run an app.

export { createBrowserPlatform, type BrowserPlatformOptions } from './platform.ts'
export { fetchPackage } from './package.ts'
export { createLocalStorage, STORAGE_KEY_PREFIX } from './storage.ts'
export { browserApiServices } from './api-services.ts'
export {
  isFrameBoot,
  isFrameHello,
  type FrameBoot,
  type FrameHello,
} from '../../../bridge/frame-handshake.ts'
