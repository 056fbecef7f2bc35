// The three published component libraries the library and fuzz tests run against: where they
// are, their files, their components, and hosts that resolve paths the way a project build does.

import { readFileSync } from 'node:fs'
import { resolve as resolvePath } from 'node:path'
import { loadProjectFiles, resolveAsset } from '../../compiler/project/index.ts'
import type { ProjectFiles } from '../../compiler/project/index.ts'
import type { WxmlHost } from '../../compiler/wxml/compile.ts'
import type { WxssHost } from '../../compiler/wxss/index.ts'

export interface Library {
  /** npm name, also the folder under `miniprogram_npm/`. */
  pkg: string
  /** Folder of the built components (the package's `miniprogram` output). */
  dir: string
  /** Tag prefix used in the test page: `van`, `mp`, `t`. */
  prefix: string
}

export const LIBRARIES: readonly Library[] = [
  { pkg: '@vant/weapp', dir: 'node_modules/@vant/weapp/dist', prefix: 'van' },
  { pkg: 'weui-miniprogram', dir: 'node_modules/weui-miniprogram/miniprogram_dist', prefix: 'mp' },
  {
    pkg: 'tdesign-miniprogram',
    dir: 'node_modules/tdesign-miniprogram/miniprogram_dist',
    prefix: 't',
  },
]

export const absDir = (lib: Library): string => resolvePath(process.cwd(), lib.dir)

/** Every file of a library, listed as a project would list it (paths relative to its folder). */
export function libraryFiles(lib: Library): Promise<ProjectFiles> {
  return loadProjectFiles(absDir(lib))
}

export interface LibraryComponent {
  /** Path without extension, relative to the library folder: `button/index`. */
  id: string
  /** Unique tag for the test page: `van-button`, `t-chat-markdown-node`. */
  tag: string
}

/** Components: files `x.json` whose JSON says `"component": true`. */
export function componentsOf(lib: Library, files: ProjectFiles): LibraryComponent[] {
  const out: LibraryComponent[] = []
  for (const file of files.list) {
    if (!file.endsWith('.json')) continue
    let json: unknown
    try {
      json = JSON.parse(files.read(file) ?? '')
    } catch {
      continue
    }
    if ((json as { component?: unknown } | null)?.component !== true) continue
    const id = file.slice(0, -'.json'.length)
    out.push({ id, tag: tagFor(lib.prefix, id) })
  }
  return out
}

/** `button/index` → `van-button`; `fab/draggable/draggable` → `t-fab-draggable`. */
function tagFor(prefix: string, id: string): string {
  const parts = id.split('/')
  const last = parts[parts.length - 1]
  const folder = parts[parts.length - 2]
  if (last === 'index' || last === folder) parts.pop()
  return `${prefix}-${parts.join('-')}`.toLowerCase().replace(/[^a-z0-9-]/g, '-')
}

/** Resolves <import>/<include>/<wxs src> as the project build does (resolveAsset). */
export function wxmlHost(files: ProjectFiles): WxmlHost {
  return {
    resolve: (from, request, kind) =>
      resolveAsset(files, from, request, kind === 'wxs' ? '.wxs' : '.wxml'),
    read: (file) => files.read(file),
  }
}

export function wxssHost(files: ProjectFiles): WxssHost {
  return {
    resolve: (from, request) => resolveAsset(files, from, request, '.wxss'),
    read: (file) => files.read(file),
  }
}

/** A WXS `require` resolver: relative to the requiring file, `.wxs` added when missing. */
export function wxsResolve(files: ProjectFiles) {
  return (from: string, request: string): string | null =>
    resolveAsset(files, from.replace(/#.*$/, ''), request, '.wxs')
}

export const readText = (path: string): string => readFileSync(path, 'utf8')
