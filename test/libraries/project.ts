// A mini-program project as a user sets one up with npm component libraries: the libraries'
// built folders copied to `miniprogram_npm/<pkg>/` (what "build npm" in the WeChat devtools
// does), and one page per library that uses every component of it once.

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Library, LibraryComponent } from './library-files.ts'
import { absDir } from './library-files.ts'

export interface LibraryPage {
  lib: Library
  /** Page route: `pages/vant/index`. */
  route: string
  components: LibraryComponent[]
}

/** `miniprogram_npm/@vant/weapp/button/index`: a library component's id inside the project. */
export const projectId = (lib: Library, c: LibraryComponent): string =>
  `miniprogram_npm/${lib.pkg}/${c.id}`

export function pageRoute(lib: Library): string {
  return `pages/${lib.prefix}/index`
}

/** Writes the project into a new temporary folder and returns its path. */
export function writeLibraryProject(pages: readonly LibraryPage[]): string {
  const root = mkdtempSync(join(tmpdir(), 'mpsim-libraries-'))
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  write('app.json', JSON.stringify({ pages: pages.map((p) => p.route) }, null, 2))
  write('app.js', 'App({})\n')
  write('app.wxss', 'page { font-size: 28rpx; }\n')
  write('project.config.json', JSON.stringify({ compileType: 'miniprogram' }))
  for (const page of pages) {
    // Copied, not symlinked: a project build lists real files (as the devtools' npm build
    // leaves them), and the listing does not follow links.
    cpSync(absDir(page.lib), join(root, 'miniprogram_npm', page.lib.pkg), { recursive: true })
    const using = Object.fromEntries(page.components.map((c) => [c.tag, `${page.lib.pkg}/${c.id}`]))
    write(`${page.route}.json`, JSON.stringify({ usingComponents: using }, null, 2))
    write(`${page.route}.js`, 'Page({ data: { show: true } })\n')
    write(`${page.route}.wxml`, page.components.map((c) => `<${c.tag}></${c.tag}>`).join('\n'))
    write(`${page.route}.wxss`, '.page { color: red; }\n')
  }
  return root
}

export interface LoadedViewBundle {
  page: string
  templates: Record<string, unknown>
  wxs: Record<string, unknown>
  components: Record<string, unknown>
  styles: Record<string, Array<string | number>>
}

/** Runs a `views/<page>.view.js` file and returns the object it hands to `__mpsimView`. */
export function loadViewBundle(code: string): LoadedViewBundle {
  let bundle: LoadedViewBundle | null = null
  const run = new Function('__mpsimView', code) as (cb: (b: LoadedViewBundle) => void) => void
  run((b) => {
    bundle = b
  })
  if (!bundle) throw new Error('the view bundle did not call __mpsimView')
  return bundle
}
