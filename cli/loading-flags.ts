// The loading strategies' launch flags (docs/packages.md), shared by `mpsim run` (launch
// options) and `mpsim dev` (the simulator URL's query, read by devserver/client/launch-query.ts):
//   --no-preload-webview        no spare webview for the next page (preloading is on by default)
//   --network-type <type>       the launch's network type (wifi, 4g, 3g, 2g, 5g, none): what
//                               preloadRule's `network` is checked against
//   --background-destroy-ms <n> time in the background before the app is destroyed

import type { LoadingLaunchOptions } from '../devserver/client/launch-query.ts'

export const NETWORK_TYPES = ['wifi', '5g', '4g', '3g', '2g', 'unknown', 'none']

/**
 * Reads one flag into `into`: undefined when `flag` is not a loading flag, else null (read) or
 * what is wrong with its value. `value()` takes the flag's value (inline or the next argument).
 */
export function parseLoadingFlag(
  flag: string,
  value: () => string | undefined,
  into: LoadingLaunchOptions,
): string | null | undefined {
  if (flag === '--no-preload-webview') into.preloadWebview = false
  else if (flag === '--preload-webview') into.preloadWebview = true
  else if (flag === '--network-type') {
    const type = value()
    if (!type || !NETWORK_TYPES.includes(type))
      return `--network-type is one of ${NETWORK_TYPES.join(', ')}`
    into.networkType = type
  } else if (flag === '--background-destroy-ms') {
    const ms = Number(value())
    if (!Number.isFinite(ms) || ms < 0)
      return '--background-destroy-ms needs a number of milliseconds'
    into.backgroundDestroyMs = ms
  } else return undefined
  return null
}
