// What the dev server serves, and nothing else: the simulator's own routes (/__mpsim/: pages,
// the build output, the project's files), the runtime's sources that the browser runs (runtime/,
// bridge/, devserver/client/) with the one package they import, and Vite's client. Any other
// path (the repo's tests, its package.json, the rest of node_modules, /@fs/ to anywhere) is
// refused with 403, and so is any path that tries to climb out (`..`, encoded or not).

/** URL path prefixes the browser may ask for. */
export const SERVED_PREFIXES = [
  '/__mpsim/',
  '/runtime/',
  '/bridge/',
  '/devserver/client/',
  '/node_modules/@jridgewell/',
  '/node_modules/.vite/',
  '/node_modules/vite/dist/client/',
  '/@vite/',
  '/@id/',
]

/** Exact paths besides the prefixes. */
const SERVED_PATHS = new Set(['/', '/index.html', '/favicon.ico'])

/** The request URL's path, or null when it is not one the server serves. */
export function servedPath(url: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname)
  } catch {
    return null // a malformed escape
  }
  if (!isClean(path) || !isClean(url.split(/[?#]/)[0] ?? '')) return null
  if (SERVED_PATHS.has(path)) return path
  return SERVED_PREFIXES.some((prefix) => path.startsWith(prefix)) ? path : null
}

/** No parent segments, backslashes or NULs, before or after decoding. */
function isClean(path: string): boolean {
  if (path.includes('\0') || path.includes('\\')) return false
  const segments = path.split('/')
  return !segments.some((s) => s === '..' || s === '.' || /%2e%2e|%2f|%5c/i.test(s))
}

/** The part of `path` under `prefix`, as a relative file path (no leading slash), or null. */
export function underPrefix(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null
  const rest = path.slice(prefix.length)
  return rest && !rest.startsWith('/') ? rest : null
}
