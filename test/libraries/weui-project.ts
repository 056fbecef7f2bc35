// A project as a user of weui-miniprogram sets it up with npm: a package.json naming it in
// `dependencies` and the package in node_modules (here linked to the repository's copy); the
// build mounts it under miniprogram_npm as the devtools' "build npm" would lay it out.

import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { launch, type MiniProgram } from '../../index.ts'
import { tempDir } from '../headless/todo-flow.ts'
import { usingWeui } from './weui-cases.ts'

export interface WeuiPage {
  route: string
  wxml: string
  js: string
  /** Component names: `dialog` → `mp-dialog`. */
  uses: readonly string[]
}

export interface WeuiApp {
  mp: MiniProgram
  close(): Promise<void>
}

export async function launchWeui(
  pages: readonly WeuiPage[],
  mode: 'worker' | 'single-thread' = 'worker',
): Promise<WeuiApp> {
  const dir = await tempDir('mpsim-weui-')
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(dir.dir, path)), { recursive: true })
    await writeFile(join(dir.dir, path), text)
  }
  await write('app.json', JSON.stringify({ pages: pages.map((p) => p.route) }))
  await write('app.js', 'App({})\n')
  await write('project.config.json', JSON.stringify({ compileType: 'miniprogram' }))
  await write('package.json', JSON.stringify({ dependencies: { 'weui-miniprogram': '*' } }))
  await mkdir(join(dir.dir, 'node_modules'))
  await symlink(
    resolve('node_modules/weui-miniprogram'),
    join(dir.dir, 'node_modules/weui-miniprogram'),
  )
  for (const page of pages) {
    await write(`${page.route}.json`, JSON.stringify({ usingComponents: usingWeui(page.uses) }))
    await write(`${page.route}.wxml`, page.wxml)
    await write(`${page.route}.js`, page.js)
    await write(
      `${page.route}.wxss`,
      "@import '/miniprogram_npm/weui-miniprogram/weui-wxss/dist/style/weui.wxss';\n",
    )
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
