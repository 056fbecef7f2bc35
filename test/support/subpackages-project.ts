// A small project with a main package and two subpackages (one independent), for the build, the
// host's on-demand loading and the pack commands. `packageA/pages/cat/cat.js` line 4 throws when
// its page's title is tapped (`boom`), so errors can be checked against the subpackage file and line.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const page = (text: string) => `<view class="title">${text}</view>`

export const SUBPACKAGES_PROJECT: Record<string, string> = {
  'app.json': JSON.stringify({
    pages: ['pages/index/index'],
    subpackages: [
      { root: 'packageA', name: 'animals', pages: ['pages/cat/cat'] },
      { root: 'packageB', pages: ['pages/dog/dog'], independent: true },
    ],
  }),
  // requireAsync: require.async as app.js sees it (paths relative to app.js)
  'app.js': `App({ globalData: { loaded: [] }, requireAsync: (path) => require.async(path) })`,
  'utils/shared.js': `module.exports = { greet: (who) => 'hello ' + who }`,
  'miniprogram_npm/tiny/index.js': `module.exports = { twice: (n) => n * 2 }`,
  'pages/index/index.wxml': page('{{message}}'),
  'pages/index/index.js': `const { greet } = require('../../utils/shared.js')
Page({ data: { message: greet('main') } })`,
  'packageA/utils/meow.js': `module.exports = () => 'meow'`,
  'packageA/pages/cat/cat.wxml': `<view class="title" bindtap="boom">{{sound}}</view>`,
  'packageA/pages/cat/cat.js': `const meow = require('../../utils/meow.js')
const { greet } = require('../../../utils/shared.js')
getApp().globalData.loaded.push('packageA')
Page({ data: { sound: meow() + ' ' + greet('cat') }, boom() { null.x } })`,
  'packageB/helper.js': `module.exports = { bark: () => 'woof' }`,
  'packageB/pages/dog/dog.wxml': page('{{sound}}'),
  'packageB/pages/dog/dog.js': `const { bark } = require('../../helper.js')
const { twice } = require('tiny')
Page({ data: { sound: bark() + twice(2) } })`,
}

/** Writes the project (with `extra` files added or replaced) to a temp folder. */
export async function writeSubpackagesProject(
  extra: Record<string, string> = {},
): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-subpackages-'))
  for (const [path, text] of Object.entries({ ...SUBPACKAGES_PROJECT, ...extra })) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}
