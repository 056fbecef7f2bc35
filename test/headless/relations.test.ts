// Relations and selectComponent across the threads: the view works out each instance's composed
// parent (a checkbox in the group's slot has the group as parent, the page as owner), logic links
// the pair and answers selectComponent('.class') from the classes the view reported. A checkbox
// behind a <view> inside the group is not its child (the platform links only direct children).

import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import { tempDir } from './todo-flow.ts'

const log = `function log(x) { getApp().globalData.log.push(x) }\n`
const component = (using: Record<string, string> = {}) =>
  JSON.stringify({ component: true, usingComponents: using })

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/index/index.json': JSON.stringify({
    usingComponents: {
      group: '/components/group/group',
      checkbox: '/components/checkbox/checkbox',
    },
  }),
  'pages/index/index.wxml': `<group id="g"><checkbox id="a" class="box on"/><view><checkbox id="c" class="box"/></view><checkbox wx:if="{{more}}" id="b" class="box"/></group>`,
  'pages/index/index.js': `Page({ data: { more: false }, more() { this.setData({ more: true }) } })`,
  'components/group/group.json': component(),
  'components/group/group.wxml': `<view class="group"><slot/></view>`,
  'components/group/group.js': `${log}Component({
  relations: { '../checkbox/checkbox': { type: 'child', linked(t) { log('group+' + t.id) } } },
  methods: { ids() { return this.getRelationNodes('../checkbox/checkbox').map((c) => c.id) } },
})`,
  'components/checkbox/checkbox.json': component(),
  'components/checkbox/checkbox.wxml': `<text>{{id}}</text>`,
  'components/checkbox/checkbox.js': `${log}Component({
  relations: { '../group/group': { type: 'parent', linked(t) { log(this.id + '+' + t.id) } } },
})`,
}

let mp: MiniProgram | undefined
let dir: Awaited<ReturnType<typeof tempDir>> | undefined

afterAll(async () => {
  await mp?.close()
  await dir?.remove()
})

it('links checkboxes placed in the group slot and finds them by class', async () => {
  dir = await tempDir('mpsim-relations-')
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir.dir, path)), { recursive: true })
    await writeFile(join(dir.dir, path), text)
  }
  mp = await launch({ project: dir.dir, mode: 'single-thread' })
  expect(await mp.evaluate('function () { return getApp().globalData.log }')).toEqual([
    'group+a',
    'a+g',
  ])
  const ask = `function () {
    const page = getCurrentPages()[0]
    return [page.selectComponent('#g').ids(), page.selectAllComponents('.box').map((c) => c.id)]
  }`
  expect(await mp.evaluate(ask)).toEqual([['a'], ['a', 'c']])
  await mp.evaluate('function () { getCurrentPages()[0].more() }')
  const page = (await mp.currentPage())!
  const both = async () => JSON.stringify(await mp!.evaluate(ask)) === '[["a","b"],["a","c","b"]]'
  await page.waitFor(both)
  expect(await mp.evaluate('function () { return getApp().globalData.log }')).toEqual([
    'group+a',
    'a+g',
    'group+b',
    'b+g',
  ])
  expect(mp.errors).toEqual([])
})
