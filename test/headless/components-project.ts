// A small mini program written to a temp dir for the components-*.test.ts files, launched in
// either home, with a log in globalData that components push to (`log(x)`).

import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { launch, type MiniProgram } from '../../index.ts'
import { tempDir } from './todo-flow.ts'

export type Mode = 'worker' | 'single-thread'
export const MODES: Mode[] = ['worker', 'single-thread']

/** Prepended to component and page files: `log(x)` appends to getApp().globalData.log. */
export const LOG = `function log(x) { getApp().globalData.log.push(x) }\n`

export const componentJson = (using: Record<string, string> = {}) =>
  JSON.stringify({ component: true, usingComponents: using })

export interface Running {
  mp: MiniProgram
  log(): Promise<string[]>
  /** Empties the log. */
  clear(): Promise<void>
  close(): Promise<void>
}

/** Writes `files` (app.js and app.json default to one page, pages/index/index) and launches. */
export async function run(files: Record<string, string>, mode: Mode): Promise<Running> {
  const dir = await tempDir('mpsim-components-')
  const all: Record<string, string> = {
    'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
    'app.js': `App({ globalData: { log: [] } })`,
    ...files,
  }
  for (const [path, text] of Object.entries(all)) {
    await mkdir(dirname(join(dir.dir, path)), { recursive: true })
    await writeFile(join(dir.dir, path), text)
  }
  let mp: MiniProgram
  try {
    mp = await launch({ project: dir.dir, mode })
  } catch (e) {
    await dir.remove()
    throw e
  }
  return {
    mp,
    log: async () =>
      (await mp.evaluate('function () { return getApp().globalData.log }')) as string[],
    clear: async () => {
      await mp.evaluate('function () { getApp().globalData.log.length = 0 }')
    },
    close: async () => {
      await mp.close()
      await dir.remove()
    },
  }
}

/** Calls `method` of the current page in logic (and waits for the app to settle). */
export async function callPage(mp: MiniProgram, method: string, ...args: unknown[]) {
  const page = (await mp.currentPage())!
  const out = await page.callMethod(method, ...args)
  await mp.settle()
  return out
}
