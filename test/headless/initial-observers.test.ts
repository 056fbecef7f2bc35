// Observers at creation run for the properties the parent's template set, not for the ones left
// at their defaults (tdesign's dropdown-item observes `keys`, an Object defaulting to null, and
// reads `keys.label`: run for an unset `keys` it would throw).

import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import { tempDir } from './todo-flow.ts'

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/index/index.json': JSON.stringify({ usingComponents: { item: '/components/item' } }),
  'pages/index/index.wxml': `<item label="Menu"/>`,
  'pages/index/index.js': `Page({})`,
  'components/item.json': JSON.stringify({ component: true }),
  'components/item.wxml': `<text>{{label}}</text>`,
  'components/item.js': `const log = (x) => getApp().globalData.log.push(x)
Component({
  properties: { keys: Object, label: String, size: { type: Number, value: 2 } },
  observers: {
    keys(k) { log('keys ' + k.label) },
    label(l) { log('label ' + l) },
    size(s) { log('size ' + s) },
  },
})`,
}

let mp: MiniProgram | undefined
let dir: Awaited<ReturnType<typeof tempDir>> | undefined

afterAll(async () => {
  await mp?.close()
  await dir?.remove()
})

it('runs creation observers only for the properties the template set', async () => {
  dir = await tempDir('mpsim-initial-observers-')
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir.dir, path)), { recursive: true })
    await writeFile(join(dir.dir, path), text)
  }
  mp = await launch({ project: dir.dir, mode: 'worker' })
  expect(await mp.evaluate('function () { return getApp().globalData.log }')).toEqual([
    'label Menu',
  ])
  expect(mp.errors).toEqual([])
})
