// Hot reload headless (`mp.hotUpdate()`): a project in a temp folder is edited and rebuilt, and
// what changed in the build outputs decides what happens, in both logic modes: WXSS restyles
// the open pages in place, WXML renders them again with their data (components made anew),
// JS or JSON relaunches on the same page stack with storage kept, and a build that does not
// compile is not applied.

import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { launch, type MiniProgram, type Page } from '../../index.ts'
import { tempDir } from './todo-flow.ts'

const files: Record<string, string> = {
  'app.json': JSON.stringify({
    pages: ['pages/index/index', 'pages/detail/detail'],
    window: { navigationBarTitleText: 'Hot' },
  }),
  'app.js': `App({ globalData: { attached: 0 } })`,
  'pages/index/index.json': JSON.stringify({ usingComponents: { counter: '/components/c/c' } }),
  'pages/index/index.wxml': `<view class="title">Items</view>
<view wx:for="{{items}}" wx:key="*this" class="item">{{item}}</view>
<counter id="counter"/>`,
  'pages/index/index.wxss': `.title { color: red; }`,
  'pages/index/index.js': `Page({
  data: { items: [], version: 1 },
  add(e) { this.setData({ items: this.data.items.concat(e) }) },
})`,
  'pages/detail/detail.wxml': `<view class="id">{{id}}</view><view class="v">{{version}}</view>`,
  'pages/detail/detail.js': `Page({
  data: { id: '', version: 'one' },
  onLoad(query) { this.setData({ id: query.id }) },
})`,
  'components/c/c.json': JSON.stringify({ component: true }),
  'components/c/c.wxml': `<text class="n">{{n}}</text>`,
  'components/c/c.js': `Component({
  data: { n: 0 },
  lifetimes: { attached() { getApp().globalData.attached++ } },
  methods: { inc() { this.setData({ n: this.data.n + 1 }) } },
})`,
}

let mp: MiniProgram | undefined
let dir: Awaited<ReturnType<typeof tempDir>> | undefined

afterEach(async () => {
  await mp?.close()
  await dir?.remove()
  mp = dir = undefined
})

async function start(mode: 'worker' | 'single-thread'): Promise<MiniProgram> {
  dir = await tempDir('mpsim-hot-')
  for (const [path, text] of Object.entries(files)) await write(path, text)
  mp = await launch({ project: dir.dir, mode })
  return mp
}

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(dir!.dir, path)), { recursive: true })
  await writeFile(join(dir!.dir, path), text)
}

async function edit(path: string, change: (text: string) => string): Promise<void> {
  await write(path, change(await readFile(join(dir!.dir, path), 'utf8')))
}

const counterText = async (page: Page) => (await (await page.$('counter'))!.$('.n'))!.text()
const doc = (mp: MiniProgram, webviewId: number) => mp.host.views.get(webviewId)!.document
const pageCss = (d: Document) =>
  d.querySelector('style[data-mpsim="pages/index/index"]')?.textContent ?? ''

describe.each(['worker', 'single-thread'] as const)('hot reload (%s)', (mode) => {
  it('a WXSS change restyles the page in place: same DOM, data and scroll', async () => {
    const mp = await start(mode)
    const page = (await mp.currentPage())!
    await page.callMethod('add', 'milk')
    const d = doc(mp, page.webviewId)
    const item = d.querySelector('.item')!
    d.documentElement.scrollTop = 40
    expect(pageCss(d)).toContain('red')

    await edit('pages/index/index.wxss', (t) => t.replace('red', 'blue'))
    const result = await mp.hotUpdate()

    expect(result).toMatchObject({ applied: true, kind: 'views', restyled: ['pages/index/index'] })
    expect(result.applied && result.rerendered).toEqual([])
    expect(pageCss(d)).toContain('blue')
    expect(pageCss(d)).not.toContain('red')
    expect(d.querySelector('.item')).toBe(item)
    expect(item.isConnected).toBe(true)
    expect(d.documentElement.scrollTop).toBe(40)
    expect(await page.data('items')).toEqual(['milk'])
    expect(mp.logs.some((l) => String(l.args[0]).includes('WXSS changed: restyled'))).toBe(true)
  })

  it('a WXML change renders the page again with its data; components are made anew', async () => {
    const mp = await start(mode)
    const page = (await mp.currentPage())!
    await page.callMethod('add', 'milk')
    await page.callMethod('add', 'eggs')
    await mp.evaluate(`function () { getCurrentPages()[0].selectComponent('#counter').inc() }`)
    await mp.settle()
    expect(await counterText(page)).toBe('1')

    await edit('pages/index/index.wxml', (t) => `${t}\n<text class="added">Added</text>`)
    const result = await mp.hotUpdate()

    expect(result).toMatchObject({
      applied: true,
      kind: 'views',
      rerendered: ['pages/index/index'],
    })
    expect(await (await page.$('.added'))!.text()).toBe('Added')
    const items = await page.$$('.item')
    expect(await Promise.all(items.map((i) => i.text()))).toEqual(['milk', 'eggs'])
    expect(doc(mp, page.webviewId).querySelectorAll('page')).toHaveLength(1)
    // the counter is a new instance (its data restarts), and logic knows it
    expect(await counterText(page)).toBe('0')
    expect(await mp.evaluate(`function () { return getApp().globalData.attached }`)).toBe(2)
    await mp.evaluate(`function () { getCurrentPages()[0].selectComponent('#counter').inc() }`)
    await mp.settle()
    expect(await counterText(page)).toBe('1')
    // the page still answers: a change after the reload renders
    await page.callMethod('add', 'tea')
    expect(await Promise.all((await page.$$('.item')).map((i) => i.text()))).toEqual([
      'milk',
      'eggs',
      'tea',
    ])
  })

  it('a WXML change of a page below renders it again too', async () => {
    const mp = await start(mode)
    const index = (await mp.currentPage())!
    await index.callMethod('add', 'milk')
    await mp.navigateTo('/pages/detail/detail?id=7')
    await edit('pages/index/index.wxml', (t) => `${t}\n<text class="added">Added</text>`)
    const result = await mp.hotUpdate()
    expect(result).toMatchObject({ kind: 'views', rerendered: ['pages/index/index'] })
    expect(await (await index.$('.added'))!.text()).toBe('Added')
    expect(await (await index.$('.item'))!.text()).toBe('milk')
  })

  it('a JS change relaunches the app on the same page stack, storage kept', async () => {
    const mp = await start(mode)
    await mp.callWxMethod('setStorageSync', 'kept', 42)
    await mp.navigateTo('/pages/detail/detail?id=7')
    await edit('pages/detail/detail.js', (t) => t.replace("'one'", "'two'"))
    const result = await mp.hotUpdate()

    expect(result).toMatchObject({ applied: true, kind: 'relaunch', reason: 'logic' })
    const pages = await mp.pageStack()
    expect(pages.map((p) => [p.path, p.query])).toEqual([
      ['pages/index/index', {}],
      ['pages/detail/detail', { id: '7' }],
    ])
    const top = (await mp.currentPage())!
    expect(await (await top.$('.id'))!.text()).toBe('7')
    expect(await (await top.$('.v'))!.text()).toBe('two')
    expect(await mp.callWxMethod('getStorageSync', 'kept')).toBe(42)
    expect(mp.host.views.all()).toHaveLength(2)
    expect(mp.errors).toEqual([])
    await mp.navigateBack()
    expect((await mp.currentPage())!.path).toBe('pages/index/index')
  })

  it('a JSON change relaunches too', async () => {
    const mp = await start(mode)
    await edit('app.json', (t) => t.replace('"Hot"', '"Hotter"'))
    const result = await mp.hotUpdate()
    expect(result).toMatchObject({ kind: 'relaunch', reason: 'app-config' })
    expect(mp.host.stack.window().navigationBarTitleText).toBe('Hotter')
  })

  it('a build with compile errors is not applied and its errors are reported', async () => {
    const mp = await start(mode)
    const page = (await mp.currentPage())!
    await page.callMethod('add', 'milk')
    await edit('pages/index/index.wxml', (t) =>
      t.replace('<view class="title">', '<view class="title"'),
    )
    const broken = await mp.hotUpdate()

    expect(broken.applied).toBe(false)
    const first = broken.errors[0]!
    expect(first.error.loc).toMatchObject({ file: 'pages/index/index.wxml', line: 1 })
    expect(first.formatted).toMatch(/pages\/index\/index\.wxml:1:\d+/)
    expect(first.formatted).toContain('^')
    expect(mp.logs.some((l) => String(l.args[0]).includes('not applied'))).toBe(true)
    // the last good build runs on
    await page.callMethod('add', 'eggs')
    expect(await Promise.all((await page.$$('.item')).map((i) => i.text()))).toEqual([
      'milk',
      'eggs',
    ])

    await edit('pages/index/index.wxml', (t) =>
      t.replace('<view class="title"', '<view class="title">'),
    )
    const fixed = await mp.hotUpdate()
    expect(fixed.applied).toBe(true)
    expect(await (await page.$('.title'))!.text()).toBe('Items')
    expect(await page.data('items')).toEqual(['milk', 'eggs'])
  })

  it('a rebuild with nothing changed in the outputs does nothing', async () => {
    const mp = await start(mode)
    await write('pages/detail/detail.wxss', `.id { color: green; }`)
    // detail is not open: its change waits for it to open
    const result = await mp.hotUpdate()
    expect(result).toMatchObject({ applied: true, kind: 'none', restyled: [], rerendered: [] })
    const detail = await mp.navigateTo('/pages/detail/detail?id=1')
    const css = doc(mp, detail.webviewId).querySelector('style[data-mpsim="pages/detail/detail"]')
    expect(css?.textContent).toContain('green')
  })
})
