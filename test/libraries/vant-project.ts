// A project as a user of @vant/weapp has it: the package's built folder copied to
// `miniprogram_npm/@vant/weapp/` (what "build npm" in the WeChat devtools does) and the pages
// a test writes, which name components as `@vant/weapp/<name>/index`.

import { cpSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { launch, type MiniProgram } from '../../index.ts'
import { tempDir } from '../headless/todo-flow.ts'
import { absDir, LIBRARIES } from './library-files.ts'

const VANT = LIBRARIES.find((lib) => lib.pkg === '@vant/weapp')!

export interface VantPage {
  /** Page route: `pages/index/index`. */
  route: string
  wxml: string
  /** The page's JS (a `Page({...})` call). */
  js: string
  /** Component names used: `button` → `van-button: @vant/weapp/button/index`. */
  uses: readonly string[]
}

/** `['button']` → `{ 'van-button': '@vant/weapp/button/index' }`. */
export const usingVant = (names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [`van-${n}`, `@vant/weapp/${n}/index`]))

export interface VantApp {
  mp: MiniProgram
  close(): Promise<void>
}

/** Writes the project to a temp folder and launches it (logic in a worker unless told). */
export async function launchVant(
  pages: readonly VantPage[],
  mode: 'worker' | 'single-thread' = 'worker',
): Promise<VantApp> {
  const dir = await tempDir('mpsim-vant-')
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(dir.dir, path)), { recursive: true })
    await writeFile(join(dir.dir, path), text)
  }
  await write('app.json', JSON.stringify({ pages: pages.map((p) => p.route) }))
  await write('app.js', 'App({ globalData: { log: [] } })\n')
  await write('project.config.json', JSON.stringify({ compileType: 'miniprogram' }))
  // Copied, not linked: the project listing does not follow links (as in project.ts).
  cpSync(absDir(VANT), join(dir.dir, 'miniprogram_npm/@vant/weapp'), { recursive: true })
  for (const page of pages) {
    await write(`${page.route}.json`, JSON.stringify({ usingComponents: usingVant(page.uses) }))
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
