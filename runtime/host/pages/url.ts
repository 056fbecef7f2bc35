// Route URLs as the platform reads them: `/pages/a/a?x=1` from the package root, anything else
// relative to the current page's folder. Real-device logs show the resolution:
// `navigateTo:fail page "pages/pages/user/index" is not found` for url `pages/user/index` from a
// page in `pages/`, `switchTab:fail page "pages/profile/pages/discover/index" is not found`
// from `pages/profile/index` (both found with the code search, real apps' notes).

export interface ParsedUrl {
  /** Package path of the page, no leading slash, no extension: `pages/a/a`. */
  route: string
  /** The query as written (for error messages). */
  queryString: string
  query: Record<string, string>
}

/** Resolves `url` against the route of the page that asked (`null`: the package root). */
export function parseUrl(url: string, base: string | null): ParsedUrl {
  const mark = url.indexOf('?')
  const path = mark < 0 ? url : url.slice(0, mark)
  const queryString = mark < 0 ? '' : url.slice(mark + 1)
  return { route: resolvePath(path, base), queryString, query: parseQuery(queryString) }
}

/** `../b/b` from `pages/a/a` is `pages/b/b`; `..` past the root stays at the root. */
export function resolvePath(path: string, base: string | null): string {
  const absolute = path.startsWith('/')
  const parts = absolute || !base ? [] : base.split('/').slice(0, -1)
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') parts.pop()
    else parts.push(segment)
  }
  return parts.join('/')
}

/** `a=1&b=&c` → `{ a: '1', b: '', c: '' }`. Values are NOT percent-decoded: on devices onLoad
 *  receives them as written (developers decode with decodeURIComponent themselves; WeChat
 *  community threads 00c009c303479c7a255ba500d63dd83b and 0008481001c2c02db37b601bb56800 report
 *  `%2F…` reaching onLoad undecoded). A later duplicate key wins. */
export function parseQuery(queryString: string): Record<string, string> {
  const query: Record<string, string> = {}
  for (const pair of queryString.split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const key = eq < 0 ? pair : pair.slice(0, eq)
    if (key !== '') query[key] = eq < 0 ? '' : pair.slice(eq + 1)
  }
  return query
}
