// A project as a user of tdesign-miniprogram has it: the package's `miniprogram_dist` copied to
// `miniprogram_npm/tdesign-miniprogram/` (what "build npm" in the WeChat devtools does). The
// package ships its own dependencies (tslib, dayjs with its plugins and locales, marked,
// tinycolor2) in `miniprogram_dist/miniprogram_npm/`, so they come along and `require('tslib')`
// finds them by the upward `miniprogram_npm` search; nothing else needs copying.

import { cpSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { launch, type MiniProgram } from '../../index.ts'
import { tempDir } from '../headless/todo-flow.ts'
import { absDir, LIBRARIES } from './library-files.ts'

const TDESIGN = LIBRARIES.find((lib) => lib.pkg === 'tdesign-miniprogram')!

export interface TdesignPage {
  /** Page route: `pages/index/index`. */
  route: string
  wxml: string
  /** The page's JS (a `Page({...})` call). */
  js: string
  /** Tag → component path inside the package: `{ 't-button': 'button/button' }`. */
  using: Record<string, string>
}

/** `['button', 'cell-group']` → `{ 't-button': 'button/button', … }`. */
export const usingTdesign = (names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [`t-${n}`, `${n}/${n}`]))

export interface TdesignApp {
  mp: MiniProgram
  close(): Promise<void>
}

/** Writes the project to a temp folder and launches it (logic in a worker unless told). */
export async function launchTdesign(
  pages: readonly TdesignPage[],
  mode: 'worker' | 'single-thread' = 'worker',
): Promise<TdesignApp> {
  const dir = await tempDir('mpsim-tdesign-')
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(dir.dir, path)), { recursive: true })
    await writeFile(join(dir.dir, path), text)
  }
  await write('app.json', JSON.stringify({ pages: pages.map((p) => p.route) }))
  await write('app.js', 'App({ globalData: { log: [] } })\n')
  await write('project.config.json', JSON.stringify({ compileType: 'miniprogram' }))
  // Copied, not linked: the project listing does not follow links (as in project.ts).
  cpSync(absDir(TDESIGN), join(dir.dir, 'miniprogram_npm/tdesign-miniprogram'), {
    recursive: true,
  })
  for (const page of pages) {
    const using = Object.fromEntries(
      Object.entries(page.using).map(([tag, path]) => [tag, `tdesign-miniprogram/${path}`]),
    )
    await write(`${page.route}.json`, JSON.stringify({ usingComponents: using }))
    await write(`${page.route}.wxml`, page.wxml)
    await write(`${page.route}.js`, page.js)
  }
  const mp = await launch({ project: dir.dir, mode })
  return {
    mp,
    close: async () => {
      await mp.close()
      await dir.remove()
    },
  }
}
