// The component model across the threads, the parts no other headless test covers: pages built
// with Component() (behaviors, properties from the query), property flow from a parent's
// setData into a child's observers (several fields, sub-paths, `**`), triggerEvent phases
// (bubbles, composed, capturePhase), named slots and generic: abstract nodes.

import { afterEach, describe, expect, it } from 'vitest'
import { componentJson, LOG, MODES, run, type Running } from './components-project.ts'

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index', 'pages/comp/comp'] }),
  'behaviors/tracked.js': `${LOG}module.exports = Behavior({
  data: { fromBehavior: 'b' },
  lifetimes: { attached() { log('behavior.attached') } },
  methods: { hello() { return 'hello from behavior' } },
})`,
  'pages/comp/comp.json': JSON.stringify({ usingComponents: {} }),
  'pages/comp/comp.wxml': `<text class="n">{{n + 1}}</text><text class="b">{{fromBehavior}}</text>`,
  'pages/comp/comp.js': `${LOG}Component({
  behaviors: [require('../../behaviors/tracked.js')],
  properties: { n: Number },
  data: { m: 0 },
  observers: { 'n, m'(n, m) { log('observers:' + n + ',' + m) } },
  lifetimes: { attached() { log('page.attached:' + typeof this.data.n) } },
  pageLifetimes: { show() { log('page.show') } },
  methods: { onLoad(q) { log('onLoad:' + q.n) }, both() { this.setData({ n: 1, m: 2 }) } },
})`,
  'pages/index/index.json': JSON.stringify({
    usingComponents: {
      child: '/components/child/child',
      wrap: '/components/wrap/wrap',
      frame: '/components/frame/frame',
      chooser: '/components/chooser/chooser',
      fancy: '/components/fancy/fancy',
    },
  }),
  'pages/index/index.wxml': `<child id="child" user="{{user}}" count="{{count}}"/>
<view capture-bind:hit="capture" bind:hit="pageView"><wrap id="w" bind:hit="pageHit"/></view>
<frame id="f"><text slot="head">H</text><text>body</text><text slot="foot">F</text></frame>
<chooser id="c" generic:item="fancy"/>`,
  'pages/index/index.js': `${LOG}Page({
  data: { user: { name: 'a', tags: ['x'] }, count: 1 },
  rename() { this.setData({ 'user.name': 'b' }) },
  tag() { this.setData({ 'user.tags[0]': 'y' }) },
  both() { this.setData({ count: 2, user: { name: 'c', tags: [] } }) },
  capture(e) { log('page capture:' + e.target.id) },
  pageView(e) { log('page view:' + e.target.id) },
  pageHit(e) { log('page wrap:' + e.target.id + ':' + e.detail.v) },
})`,
  'components/child/child.json': componentJson(),
  'components/child/child.wxml': `<text class="name">{{user.name}}</text><text class="own">{{own}}</text>`,
  'components/child/child.js': `${LOG}Component({
  properties: { user: Object, count: { type: Number, observer(n, o) { log('count:' + o + '->' + n) } } },
  data: { own: 0 },
  observers: {
    'user.name'(name) { log('name:' + name) },
    'user.**'(user) { log('user**:' + JSON.stringify(user)) },
    'count, user.name'(count, name) { log('both:' + count + ',' + name) },
  },
  methods: { bump() { this.setData({ own: this.data.own + 1 }) } },
})`,
  'components/wrap/wrap.json': componentJson({ btn: '/components/btn/btn' }),
  'components/wrap/wrap.wxml': `<view id="wv" bind:hit="wrapView"><btn id="b" bind:hit="wrapBtn"/></view>`,
  'components/wrap/wrap.js': `${LOG}Component({
  methods: {
    wrapView(e) { log('wrap view:' + e.target.id) },
    wrapBtn(e) { log('wrap btn:' + e.target.id) },
  },
})`,
  'components/btn/btn.json': componentJson(),
  'components/btn/btn.wxml': `<text>btn</text>`,
  'components/btn/btn.js': `Component({
  methods: { fire(options) { this.triggerEvent('hit', { v: 1 }, options) } },
})`,
  'components/frame/frame.json': componentJson(),
  'components/frame/frame.wxml': `<view class="head"><slot name="head"/></view><view class="body"><slot/></view><view class="foot"><slot name="foot"/></view>`,
  'components/frame/frame.js': `Component({ options: { multipleSlots: true } })`,
  'components/chooser/chooser.json': JSON.stringify({
    component: true,
    componentGenerics: { item: { default: '/components/plain/plain' } },
  }),
  'components/chooser/chooser.wxml': `<item label="one"/>`,
  'components/chooser/chooser.js': `Component({})`,
  'components/plain/plain.json': componentJson(),
  'components/plain/plain.wxml': `<text>plain {{label}}</text>`,
  'components/plain/plain.js': `Component({ properties: { label: String } })`,
  'components/fancy/fancy.json': componentJson(),
  'components/fancy/fancy.wxml': `<text>fancy {{label}}</text>`,
  'components/fancy/fancy.js': `Component({ properties: { label: String } })`,
}

let app: Running | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const fire = (options: object) =>
  `function () { getCurrentPages()[0].selectComponent('#w').selectComponent('#b').fire(${JSON.stringify(options)}) }`

describe.each(MODES)('component model (%s)', (mode) => {
  it('a page built with Component(): behaviors merged, properties from the query, typed', async () => {
    app = await run(files, mode)
    await app.clear()
    await app.mp.navigateTo('/pages/comp/comp?n=41')
    const page = (await app.mp.currentPage())!
    expect(await (await page.$('.n'))!.text()).toBe('42')
    expect(await (await page.$('.b'))!.text()).toBe('b')
    expect(await page.callMethod('hello')).toBe('hello from behavior')
    expect(await app.log()).toEqual([
      'observers:41,0', // the query's property set in onLoad, before the page's own code
      'behavior.attached',
      'page.attached:number',
      'onLoad:41',
      'page.show',
    ])
    await app.clear()
    await page.callMethod('both')
    expect(await app.log()).toEqual(['observers:1,2'])
    expect(app.mp.errors).toEqual([])
  })

  it("a parent's setData reaches the child's observers; the child's setData renders the child", async () => {
    app = await run(files, mode)
    const page = (await app.mp.currentPage())!
    await app.clear()
    await page.callMethod('rename')
    await app.mp.settle()
    expect(await (await page.$('child'))!.text()).toContain('b')
    expect(await app.log()).toEqual(['name:b', 'user**:{"name":"b","tags":["x"]}', 'both:1,b'])
    await app.clear()
    const before = app.mp.record.filter({ direction: 'view→host', type: 'properties' }).length
    await page.callMethod('both')
    await app.mp.settle()
    // one update, one message: observers once with both new values, then the property observer
    expect(app.mp.record.filter({ direction: 'view→host', type: 'properties' })).toHaveLength(
      before + 1,
    )
    expect(await app.log()).toEqual([
      'name:c',
      'user**:{"name":"c","tags":[]}',
      'both:2,c',
      'count:1->2',
    ])
    const sent = app.mp.record.filter({ direction: 'logic→host', type: 'setData' }).length
    await app.mp.evaluate('function () { getCurrentPages()[0].selectComponent("#child").bump() }')
    await app.mp.settle()
    const last = app.mp.record.filter({ direction: 'logic→host', type: 'setData' }).slice(sent)
    expect(last).toHaveLength(1)
    expect((last[0]!.payload as { instanceId: number }).instanceId).not.toBe(0)
    expect(await (await page.$('child'))!.text()).toBe('c1')
    expect(app.mp.errors).toEqual([])
  })

  it('triggerEvent: bubbles stays in the shadow tree unless composed; capturePhase', async () => {
    app = await run(files, mode)
    await app.clear()
    await app.mp.evaluate(fire({}))
    await app.mp.settle()
    expect(await app.log()).toEqual(['wrap btn:b'])
    await app.clear()
    await app.mp.evaluate(fire({ bubbles: true }))
    await app.mp.settle()
    expect(await app.log()).toEqual(['wrap btn:b', 'wrap view:b'])
    await app.clear()
    await app.mp.evaluate(fire({ bubbles: true, composed: true }))
    await app.mp.settle()
    // outside the wrap, the target is the wrap's host
    expect(await app.log()).toEqual(['wrap btn:b', 'wrap view:b', 'page wrap:w:1', 'page view:w'])
    await app.clear()
    await app.mp.evaluate(fire({ bubbles: true, composed: true, capturePhase: true }))
    await app.mp.settle()
    expect((await app.log())[0]).toBe('page capture:w')
  })

  it('named slots and generic: abstract nodes', async () => {
    app = await run(files, mode)
    const page = (await app.mp.currentPage())!
    const frame = (await page.$('frame'))!
    expect(await frame.text()).toBe('HbodyF')
    expect(await (await page.$('chooser'))!.text()).toBe('fancy one')
    expect(app.mp.errors).toEqual([])
  })
})
