// What a component's view needs, read straight off its sources with regular expressions (not
// with the compiler under test): the templates it imports, the WXS modules it uses and what
// they require. The library test checks the built view bundle holds all of it.

import { posix } from 'node:path'
import { resolveAsset } from '../../compiler/project/index.ts'
import type { ProjectFiles } from '../../compiler/project/index.ts'

const TAG = /<(wxs|import)\b([^>]*)>/g
const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
const REQUIRE = /\brequire\s*\(\s*(?:"([^"]+)"|'([^']+)')\s*\)/g

function attr(attrs: string, name: string): string | null {
  const m = ATTR(name).exec(attrs)
  return m ? (m[1] ?? m[2] ?? null) : null
}

export interface References {
  /** Template module ids (paths without .wxml): the file itself and its imports, transitively. */
  templates: string[]
  /** WXS module ids: `.wxs` paths, and `<file>.wxml#<module>` for inline modules. */
  wxs: string[]
}

/** Templates and WXS reachable from `wxmlFile` (comments are not stripped: the libraries have
 *  no commented-out <wxs>/<import> tags, and a stale one would only make this stricter). */
export function referencesOf(files: ProjectFiles, wxmlFile: string): References {
  const templates = new Set<string>()
  const wxs = new Set<string>()
  const visitTemplate = (file: string): void => {
    const id = file.replace(/\.wxml$/, '')
    if (templates.has(id)) return
    templates.add(id)
    for (const m of (files.read(file) ?? '').matchAll(TAG)) {
      const [, tag, attrs = ''] = m
      const src = attr(attrs, 'src')
      if (tag === 'import') {
        const target = src && resolveAsset(files, file, src, '.wxml')
        if (target) visitTemplate(target)
      } else if (src) {
        const target = resolveAsset(files, file, src, '.wxs')
        if (target) visitWxs(target)
      } else {
        const name = attr(attrs, 'module')
        if (name) wxs.add(`${file}#${name}`)
      }
    }
  }
  const visitWxs = (file: string): void => {
    if (wxs.has(file)) return
    wxs.add(file)
    for (const m of (files.read(file) ?? '').matchAll(REQUIRE)) {
      const target = resolveAsset(files, file, m[1] ?? m[2] ?? '', '.wxs')
      if (target) visitWxs(target)
    }
  }
  visitTemplate(wxmlFile)
  return { templates: [...templates], wxs: [...wxs] }
}

/** `miniprogram_npm/@vant/weapp` + `button/index.wxml` */
export const under = (prefix: string, path: string): string => posix.join(prefix, path)
