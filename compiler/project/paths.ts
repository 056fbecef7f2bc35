// Path resolution as the platform does it. All paths are project-relative with `/` separators
// and no leading slash; a result outside the project root is `null`.

import { posix } from 'node:path'
import type { ProjectFiles } from './files.ts'

/** Joins `request` to the folder of `from`; `/x` is from the project root. */
export function joinFrom(from: string, request: string): string | null {
  const joined = request.startsWith('/')
    ? posix.normalize(request.slice(1))
    : posix.join(posix.dirname(from), request)
  if (joined === '..' || joined.startsWith('../') || joined === '.') return null
  return joined
}

/** Resolves `<import src>`, `<include src>`, `<wxs src>`, a WXS `require` or a WXSS
 *  `@import`: relative to `from`, `/x` from the root; `ext` is added when missing. */
export function resolveAsset(
  files: ProjectFiles,
  from: string,
  request: string,
  ext: string,
): string | null {
  const base = joinFrom(from, request)
  if (base === null) return null
  if (base.endsWith(ext) && files.has(base)) return base
  return files.has(base + ext) ? base + ext : null
}

const COMPONENT_EXTS = ['.json', '.wxml', '.js', '.ts']

function componentAt(files: ProjectFiles, base: string): string | null {
  const stripped = base.replace(/\.(json|wxml|js|ts)$/, '')
  for (const candidate of [stripped, `${stripped}/index`]) {
    if (COMPONENT_EXTS.some((ext) => files.has(candidate + ext))) return candidate
  }
  return null
}

/**
 * Resolves a usingComponents (or componentGenerics default) path written in the JSON file `from`
 * to a component id (its path without extension). `./x`, `../x` are relative, `/x` is from the
 * root; a bare `x/y` is tried relative first, then as an npm package under `miniprogram_npm`,
 * looked up from the using file's folder up to the root. A path may name a folder with `index`.
 */
export function resolveComponent(
  files: ProjectFiles,
  from: string,
  request: string,
): string | null {
  const direct = joinFrom(from, request)
  const found = direct === null ? null : componentAt(files, direct)
  if (found || request.startsWith('.') || request.startsWith('/')) return found
  let dir = posix.dirname(from)
  for (;;) {
    const base = dir === '.' ? 'miniprogram_npm' : `${dir}/miniprogram_npm`
    const hit = componentAt(files, `${base}/${posix.normalize(request)}`)
    if (hit) return hit
    if (dir === '.') return null
    dir = posix.dirname(dir)
  }
}

/** Path without its extension: `pages/a/a.wxml` → `pages/a/a`. */
export function stripExt(file: string): string {
  return file.replace(/\.[^./]+$/, '')
}
