// Lifetime order for a component tree and for its removal, as the platform's framework walks
// it (measured with j-component/exparser, read in glass-easel's element.ts): created with a
// template's instances before their owner, attached parent first (shadow tree, then slot
// content), ready as created, detached children first (slot content, shadow tree, the node).
// Also `moved` for a component in a keyed wx:for row that changes place, with relations'
// `linkChanged`, the `error` lifetime and `pageLifetimes`.

import { afterEach, describe, expect, it } from 'vitest'
import { componentJson, LOG, MODES, run, type Running } from './components-project.ts'

const lifetimes = (extra = '') => `${LOG}Component({
  ${extra}
  lifetimes: {
    created() { log('created:' + this.id) },
    attached() { log('attached:' + this.id) },
    ready() { log('ready:' + this.id) },
    moved() { log('moved:' + this.id) },
    detached() { log('detached:' + this.id) },
  },
})`

const files: Record<string, string> = {
  'pages/index/index.json': JSON.stringify({
    usingComponents: {
      outer: '/components/outer/outer',
      leaf: '/components/leaf/leaf',
      list: '/components/list/list',
      item: '/components/item/item',
    },
  }),
  'pages/index/index.wxml': `<outer wx:if="{{show}}" id="o"><leaf id="s"/></outer>
<list id="l"><item wx:for="{{rows}}" wx:key="*this" id="r{{item}}"/></list>`,
  'pages/index/index.js': `Page({
  data: { show: true, rows: [] },
  hide() { this.setData({ show: false }) },
  rows(rows) { this.setData({ rows }) },
})`,
  'components/outer/outer.json': componentJson({ leaf: '/components/leaf/leaf' }),
  'components/outer/outer.wxml': `<view class="outer"><leaf id="in"/><slot/></view>`,
  'components/outer/outer.js': lifetimes(),
  'components/leaf/leaf.json': componentJson(),
  'components/leaf/leaf.wxml': `<text>leaf</text>`,
  'components/leaf/leaf.js': lifetimes(),
  'components/list/list.json': componentJson(),
  'components/list/list.wxml': `<view class="list"><slot/></view>`,
  'components/list/list.js': `${LOG}Component({
  relations: { '../item/item': { type: 'child',
    linked(t) { log('list+' + t.id) }, linkChanged(t) { log('list~' + t.id) }, unlinked(t) { log('list-' + t.id) } } },
  methods: { ids() { return this.getRelationNodes('../item/item').map((c) => c.id) } },
})`,
  'components/item/item.json': componentJson(),
  'components/item/item.wxml': `<text>{{id}}</text>`,
  'components/item/item.js': lifetimes(`relations: { '../list/list': { type: 'parent',
    linked(t) { log(this.id + '+' + t.id) }, linkChanged(t) { log(this.id + '~' + t.id) }, unlinked(t) { log(this.id + '-' + t.id) } } },`),
}

let app: Running | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

describe.each(MODES)('component lifetimes (%s)', (mode) => {
  it('runs created, attached, ready in tree order and detached children first', async () => {
    app = await run(files, mode)
    // o's template makes `in`; the page's makes `s` and puts it in o's slot
    expect(await app.log()).toEqual([
      'created:in',
      'created:o',
      'created:s',
      'attached:o',
      'attached:in',
      'attached:s',
      'ready:in',
      'ready:o',
      'ready:s',
    ])
    await app.clear()
    const page = (await app.mp.currentPage())!
    await page.callMethod('hide')
    await app.mp.settle()
    expect(await app.log()).toEqual(['detached:s', 'detached:in', 'detached:o'])
    expect(app.mp.errors).toEqual([])
  })

  it('runs moved and linkChanged for a component in a keyed row that changes place', async () => {
    app = await run(files, mode)
    const page = (await app.mp.currentPage())!
    await page.callMethod('rows', [1, 2, 3])
    await app.mp.settle()
    await app.clear()
    await page.callMethod('rows', [3, 1, 2])
    await app.mp.settle()
    // one row moved (the others kept their order): its moved, then the relation checked again
    expect(await app.log()).toEqual(['moved:r3', 'list~r3', 'r3~l'])
    expect(await page.$$('item')).toHaveLength(3)
    const ids = await Promise.all((await page.$$('item')).map((e) => e.attribute('id')))
    expect(ids).toEqual(['r3', 'r1', 'r2'])
    const linked = await app.mp.evaluate(
      'function () { return getCurrentPages()[0].selectComponent("#l").ids() }',
    )
    // (mpsim lists relation nodes in creation order, not tree order: README limits)
    expect([...(linked as string[])].sort()).toEqual(['r1', 'r2', 'r3'])
    await app.clear()
    await page.callMethod('rows', [3])
    await app.mp.settle()
    expect(await app.log()).toEqual([
      'detached:r1',
      'list-r1',
      'r1-l',
      'detached:r2',
      'list-r2',
      'r2-l',
    ])
    expect(app.mp.errors).toEqual([])
  })
})

const pageLifetimeFiles: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index', 'pages/other/other'] }),
  'pages/index/index.json': JSON.stringify({
    usingComponents: { watch: '/components/watch/watch' },
  }),
  'pages/index/index.wxml': `<watch id="w"/>`,
  'pages/index/index.js': `${LOG}Page({ onResize(r) { log('page.resize:' + r.size.windowWidth) } })`,
  'pages/other/other.wxml': `<text>other</text>`,
  'pages/other/other.js': `Page({})`,
  'components/watch/watch.json': componentJson(),
  'components/watch/watch.wxml': `<text>w</text>`,
  'components/watch/watch.js': `${LOG}Component({
  pageLifetimes: {
    show() { log('show') },
    hide() { log('hide') },
    resize(r) { log('resize:' + r.deviceOrientation + ':' + r.size.windowWidth + 'x' + r.size.windowHeight) },
  },
})`,
}

describe.each(MODES)('pageLifetimes (%s)', (mode) => {
  it('show, hide and resize follow the page', async () => {
    app = await run(pageLifetimeFiles, mode)
    expect(await app.log()).toEqual(['show'])
    await app.clear()
    await app.mp.navigateTo('/pages/other/other')
    await app.mp.navigateBack()
    await app.mp.resize(812, 375)
    expect(await app.log()).toEqual(['hide', 'show', 'resize:landscape:812x375', 'page.resize:812'])
    expect(app.mp.errors).toEqual([])
  })
})
