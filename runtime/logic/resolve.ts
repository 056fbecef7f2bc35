// How the platform's `require` finds a module in the logic bundle: relative (`./a`, `../b/c.js`),
// absolute from the package root (`/x`), with `.js` optional and a folder meaning its
// `index.js`; a bare name is first tried next to the requiring file (as the platform does for
// `require('utils/util.js')` in app.js), then as an npm package in `miniprogram_npm/<pkg>`
// searched upward from the requiring file, its main taken from package.json when known.

export interface ResolveContext {
  has(id: string): boolean
  /** `miniprogram_npm/<pkg>` folder → its main file (from package.json), when the build knew it. */
  npmMain(dir: string): string | undefined
}

/** Normalises `a/./b/../c` → `a/c`; null when `..` climbs above the package root. */
export function normalize(path: string): string | null {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (!out.length) return null
      out.pop()
    } else out.push(part)
  }
  return out.join('/')
}

export function dirname(id: string): string {
  const at = id.lastIndexOf('/')
  return at < 0 ? '' : id.slice(0, at)
}

const join = (dir: string, rel: string) => normalize(dir ? `${dir}/${rel}` : rel)

/** The module id `request` names from module `from` (null: the bundle's top level), or null. */
export function resolveModule(
  ctx: ResolveContext,
  request: string,
  from: string | null,
): string | null {
  const dir = from ? dirname(from) : ''
  if (request.startsWith('/')) return tryPath(ctx, normalize(request))
  const local = tryPath(ctx, join(dir, request))
  if (local || request.startsWith('./') || request.startsWith('../')) return local
  for (let d: string | null = dir; d !== null; d = d ? dirname(d) : null) {
    const hit = tryPath(ctx, join(d, `miniprogram_npm/${request}`))
    if (hit) return hit
  }
  return null
}

function tryPath(ctx: ResolveContext, path: string | null): string | null {
  if (path === null) return null
  const candidates = [path, `${path}.js`]
  const main = ctx.npmMain(path)
  if (main) {
    const m = join(path, main)
    if (m) candidates.push(m, `${m}.js`, `${m}/index.js`)
  }
  candidates.push(path ? `${path}/index.js` : 'index.js')
  return candidates.find((c) => ctx.has(c)) ?? null
}

/** The id the platform names in its "not defined" error: the path it looked for, with `.js`. */
export function expectedId(request: string, from: string | null): string {
  const base = request.startsWith('/') ? request : `${from ? dirname(from) : ''}/${request}`
  const id = normalize(base) ?? request
  return id.endsWith('.js') ? id : `${id}.js`
}
