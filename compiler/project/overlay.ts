// Files laid over a project without copying them: npm packages (what "build npm" would copy to
// `miniprogram_npm/`) and extended libraries. Only the listing is made up front; a file is read
// (or generated) the first time the build asks for it.

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { ProjectFiles } from './files.ts'

/** Where an overlaid file comes from: a file on disk, or a function that makes its text. */
export type OverlaySource = { disk: string } | { make: () => string }

/** Every file under `dir`, relative to it with `/`, following no links. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...listFiles(dir, rel))
    else if (entry.isFile()) out.push(rel)
  }
  return out
}

/** `base` plus the `overlay` files (project path → source); a file of `base` wins. */
export function overlayFiles(
  base: ProjectFiles,
  overlay: ReadonlyMap<string, OverlaySource>,
): ProjectFiles {
  const extra = new Map([...overlay].filter(([path]) => !base.has(path)))
  if (extra.size === 0) return base
  const cache = new Map<string, string>()
  const read = (file: string, source: OverlaySource): string => {
    let text = cache.get(file)
    if (text === undefined) {
      text = 'disk' in source ? readFileSync(source.disk, 'utf8') : source.make()
      cache.set(file, text)
    }
    return text
  }
  return {
    list: [...base.list, ...extra.keys()].sort(),
    has: (f) => base.has(f) || extra.has(f),
    read(file) {
      const source = extra.get(file)
      return source === undefined ? base.read(file) : read(file, source)
    },
    size(file) {
      const source = extra.get(file)
      if (source === undefined) return base.size(file)
      return 'disk' in source ? statSync(source.disk).size : Buffer.byteLength(read(file, source))
    },
  }
}
