// The loading strategies of a simulator launch, from the page URL's query (docs/packages.md):
// `?preloadWebview=0` turns webview preloading off (it is on by default), `?networkType=4g` is
// the launch's network type for preloadRule, `?backgroundDestroyMs=5000` the time in the
// background before the app is destroyed. `mpsim dev --no-preload-webview --network-type 4g
// --background-destroy-ms 5000` prints the simulator URL with them (cli/loading-flags.ts).

export interface LoadingLaunchOptions {
  preloadWebview?: boolean
  networkType?: string
  backgroundDestroyMs?: number
}

export function loadingFromQuery(search: string): LoadingLaunchOptions {
  const params = new URLSearchParams(search)
  const options: LoadingLaunchOptions = {}
  const preload = params.get('preloadWebview')
  if (preload !== null) options.preloadWebview = !['0', 'false', 'off'].includes(preload)
  const networkType = params.get('networkType')
  if (networkType) options.networkType = networkType
  const destroyMs = Number(params.get('backgroundDestroyMs') ?? NaN)
  if (Number.isFinite(destroyMs) && destroyMs >= 0) options.backgroundDestroyMs = destroyMs
  return options
}

/** The query that gives a simulator launch these options ('' for none). */
export function loadingToQuery(options: LoadingLaunchOptions): string {
  const params = new URLSearchParams()
  if (options.preloadWebview !== undefined)
    params.set('preloadWebview', options.preloadWebview ? '1' : '0')
  if (options.networkType) params.set('networkType', options.networkType)
  if (options.backgroundDestroyMs !== undefined)
    params.set('backgroundDestroyMs', String(options.backgroundDestroyMs))
  const query = params.toString()
  return query ? `?${query}` : ''
}
