// `useExtendedLib` in app.json: the platform provides some libraries without the app installing
// them. `{ "weui": true }` makes weui-miniprogram's components available at
// `weui-miniprogram/<component>/<component>` (the path the docs give for usingComponents). mpsim
// lays the library's files into the project as `miniprogram_npm/weui-miniprogram/…`, where the
// npm lookup finds them, and they are compiled like the app's own files.

import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { ProjectFiles } from './files.ts'
import { listFiles, overlayFiles } from './overlay.ts'
import type { OverlaySource } from './overlay.ts'

const LIBRARIES: Record<string, { pkg: string; dist: string; mount: string }> = {
  weui: {
    pkg: 'weui-miniprogram',
    dist: 'miniprogram_dist',
    mount: 'miniprogram_npm/weui-miniprogram',
  },
}

export function withExtendedLibs(files: ProjectFiles): ProjectFiles {
  const wanted = extendedLibs(files.read('app.json'))
  const overlay = new Map<string, OverlaySource>()
  for (const name of wanted) {
    const lib = LIBRARIES[name]
    const dir = lib && packageDir(lib.pkg)
    if (!lib || !dir) continue
    const dist = join(dir, lib.dist)
    for (const rel of listFiles(dist)) {
      const path = `${lib.mount}/${rel}`
      if (!files.has(path)) overlay.set(path, { disk: join(dist, rel) })
    }
  }
  return overlayFiles(files, overlay)
}

function extendedLibs(appJson: string | null): string[] {
  if (!appJson) return []
  try {
    const config = JSON.parse(appJson) as { useExtendedLib?: Record<string, unknown> }
    return Object.entries(config.useExtendedLib ?? {})
      .filter(([, on]) => on === true || typeof on === 'string')
      .map(([name]) => name)
  } catch {
    return [] // app.json's own errors are reported where it is loaded
  }
}

function packageDir(pkg: string): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`))
  } catch {
    return null
  }
}
