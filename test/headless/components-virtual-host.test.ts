// `options: { virtualHost: true }`: the component's host element is not in the document, its
// shadow tree sits in the parent's element (a flex container lays its children out); class and
// style on the host do nothing unless the component takes `style` as a property or `class` as an
// external class (docs: 虚拟组件节点). Events bound on the host, triggerEvent, relations and
// selectComponent still find it.

import { afterEach, describe, expect, it } from 'vitest'
import { componentJson, LOG, MODES, run, type Running } from './components-project.ts'

const files: Record<string, string> = {
  'pages/index/index.json': JSON.stringify({
    usingComponents: { cell: '/components/cell/cell', group: '/components/group/group' },
  }),
  'pages/index/index.wxml': `<view class="row" style="display: flex">
  <cell wx:for="{{cells}}" wx:key="*this" id="c{{item}}" class="big" style="color: red" label="{{item}}" bind:pick="picked"/>
</view>
<group id="g"><cell id="inside" label="in"/></group>`,
  'pages/index/index.wxss': `.big { font-weight: bold }`,
  'pages/index/index.js': `${LOG}Page({
  data: { cells: [1, 2] },
  picked(e) { log('picked:' + e.detail.label + ':' + e.currentTarget.id) },
  more() { this.setData({ cells: [1, 2, 3] }) },
})`,
  'components/cell/cell.json': componentJson(),
  'components/cell/cell.wxml': `<view class="cell class" style="{{style}}" bindtap="tap">{{label}}</view>`,
  'components/cell/cell.js': `${LOG}Component({
  options: { virtualHost: true },
  externalClasses: ['class'],
  properties: { label: String, style: String },
  relations: { '../group/group': { type: 'parent', linked(g) { log(this.id + '+' + g.id) } } },
  methods: { tap() { this.triggerEvent('pick', { label: this.data.label }) } },
})`,
  'components/group/group.json': componentJson(),
  'components/group/group.wxml': `<view class="group"><slot/></view>`,
  'components/group/group.js': `${LOG}Component({
  relations: { '../cell/cell': { type: 'child', linked(c) { log('g+' + c.id) } } },
})`,
}

let app: Running | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

describe.each(MODES)('virtualHost (%s)', (mode) => {
  it('renders no host element; the content sits in the parent', async () => {
    app = await run(files, mode)
    const page = (await app.mp.currentPage())!
    expect(await page.$$('cell')).toHaveLength(0)
    const row = (await page.$('.row'))!
    const children = await row.$$('wx-view')
    expect(await Promise.all(children.map((c) => c.text()))).toEqual(['1', '2'])
    // the host's style arrives as the `style` property; `class` as the external class
    const first = page.pageView()!.view()!.document.querySelector('.row > wx-view')!
    expect(first.getAttribute('style')).toContain('color: red')
    expect(first.className.split(' ')).toContain('big')
    await page.callMethod('more')
    await app.mp.settle()
    expect(await Promise.all((await row.$$('wx-view')).map((c) => c.text()))).toEqual([
      '1',
      '2',
      '3',
    ])
    expect(app.mp.errors).toEqual([])
  })

  it('events bound on the host, relations and selectComponent still work', async () => {
    app = await run(files, mode)
    const page = (await app.mp.currentPage())!
    expect(await app.log()).toEqual(['g+inside', 'inside+g'])
    const cells = await (await page.$('.row'))!.$$('wx-view')
    await cells[1]!.tap()
    await app.mp.settle()
    expect(await app.log()).toContain('picked:2:c2')
    const ids = await app.mp.evaluate(
      'function () { return getCurrentPages()[0].selectAllComponents(".big").map((c) => c.id) }',
    )
    expect(ids).toEqual(['c1', 'c2'])
    expect(app.mp.errors).toEqual([])
  })
})
