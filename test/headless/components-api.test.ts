// The instance API across the threads: this.is / this.id / this.dataset (also after the owner's
// template changes them), selectComponent by a class that changed, selectOwnerComponent,
// createSelectorQuery().in(this), the built-in behaviors wx://form-field and
// wx://component-export with export(), pureDataPattern, and the error lifetime.

import { afterEach, describe, expect, it } from 'vitest'
import { componentJson, LOG, MODES, run, type Running } from './components-project.ts'

const files: Record<string, string> = {
  'pages/index/index.json': JSON.stringify({
    usingComponents: {
      card: '/components/card/card',
      field: '/components/field/field',
      exported: '/components/exported/exported',
    },
  }),
  'pages/index/index.wxml': `<card id="{{cardId}}" class="{{cls}}" data-kind="{{kind}}"/>
<form bindsubmit="submit"><field name="f" value="{{fieldValue}}"/><button form-type="submit">go</button></form>
<exported id="e"/>`,
  'pages/index/index.js': `${LOG}Page({
  data: { cardId: 'c', cls: 'a', kind: 'one', fieldValue: 'v1' },
  change() { this.setData({ cls: 'b', cardId: 'c2', kind: 'two' }) },
  submit(e) { log('submit:' + JSON.stringify(e.detail.value)) },
  ask() {
    const byA = this.selectComponent('.a'), byB = this.selectComponent('.b')
    return { a: byA && byA.id, b: byB && byB.id, dataset: byB && byB.dataset }
  },
})`,
  'components/card/card.json': componentJson({ inner: '/components/inner/inner' }),
  'components/card/card.wxml': `<view class="box" id="box" data-n="1" bindtap="boom">{{shown}}</view><inner id="i"/>`,
  'components/card/card.js': `${LOG}Component({
  options: { pureDataPattern: /^_/ },
  data: { shown: 0, _hidden: 0 },
  methods: {
    who() { return { is: this.is, id: this.id, dataset: this.dataset } },
    owner() { return this.selectComponent('#i').selectOwnerComponent() === this },
    pageOwner() { return this.selectOwnerComponent() === getCurrentPages()[0] },
    bump() { this.setData({ shown: 1, _hidden: 5 }) },
    hidden() { return this.data._hidden },
    query() {
      return new Promise((resolve) => {
        this.createSelectorQuery().select('.box').fields({ id: true, dataset: true }).exec((r) => resolve(r[0]))
      })
    },
    boom() { throw new Error('card boom') },
  },
  lifetimes: { error(e) { log('error:' + e.message) } },
})`,
  'components/inner/inner.json': componentJson(),
  'components/inner/inner.wxml': `<view class="box">inner</view>`,
  'components/inner/inner.js': `Component({})`,
  'components/field/field.json': componentJson(),
  'components/field/field.wxml': `<text>{{value}}</text>`,
  'components/field/field.js': `Component({ behaviors: ['wx://form-field'] })`,
  'components/exported/exported.json': componentJson(),
  'components/exported/exported.wxml': `<text>x</text>`,
  'components/exported/exported.js': `Component({
  behaviors: ['wx://component-export'],
  export() { return { kind: 'exported', id: this.id } },
})`,
}

let app: Running | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const onCard = (method: string) => `function () {
  return getCurrentPages()[0].selectComponent('.a, .b')['${method}']()
}`

describe.each(MODES)('component instance API (%s)', (mode) => {
  it('this.is, this.id, this.dataset and selectComponent follow the host as it changes', async () => {
    app = await run(files, mode)
    const { mp } = app
    expect(await mp.evaluate(onCard('who'))).toEqual({
      is: 'components/card/card',
      id: 'c',
      dataset: { kind: 'one' },
    })
    const page = (await mp.currentPage())!
    expect(await page.callMethod('ask')).toEqual({ a: 'c', b: null, dataset: null })
    await page.callMethod('change')
    await mp.settle()
    expect(await page.callMethod('ask')).toEqual({ a: null, b: 'c2', dataset: { kind: 'two' } })
    expect(await mp.evaluate(onCard('who'))).toMatchObject({ id: 'c2' })
    expect(mp.errors).toEqual([])
  })

  it('selectOwnerComponent and createSelectorQuery().in(this)', async () => {
    app = await run(files, mode)
    const { mp } = app
    expect(await mp.evaluate(onCard('owner'))).toBe(true)
    expect(await mp.evaluate(onCard('pageOwner'))).toBe(true)
    // the card's own .box, not the inner component's
    expect(await mp.evaluate(onCard('query'))).toEqual({ id: 'box', dataset: { n: '1' } })
  })

  it('pure data fields stay in logic', async () => {
    app = await run(files, mode)
    const { mp } = app
    await mp.evaluate(onCard('bump'))
    await mp.settle()
    expect(await mp.evaluate(onCard('hidden'))).toBe(5)
    const page = (await mp.currentPage())!
    expect(await (await page.$('card'))!.text()).toBe('1inner')
    const patches = mp.record
      .filter({ direction: 'logic→host', type: 'setData' })
      .map((r) => JSON.stringify(r.payload))
    expect(patches.some((p) => p.includes('shown'))).toBe(true)
    expect(patches.some((p) => p.includes('_hidden'))).toBe(false)
  })

  it('wx://form-field puts name and value in the form submit; component-export shapes selectComponent', async () => {
    app = await run(files, mode)
    const { mp } = app
    const page = (await mp.currentPage())!
    await (await page.$('button'))!.tap()
    await page.setData({ fieldValue: 'v2' })
    await (await page.$('button'))!.tap()
    await mp.settle()
    expect(await app.log()).toEqual(['submit:{"f":"v1"}', 'submit:{"f":"v2"}'])
    const exported = await mp.evaluate(
      'function () { return getCurrentPages()[0].selectComponent("#e") }',
    )
    expect(exported).toEqual({ kind: 'exported', id: 'e' })
  })

  it('an exception in a component method is reported and reaches the error lifetime', async () => {
    app = await run(files, mode)
    const { mp } = app
    const page = (await mp.currentPage())!
    await (await page.$('#box'))!.tap()
    await mp.settle()
    expect(await app.log()).toEqual(['error:card boom'])
    expect(mp.errors).toHaveLength(1)
    expect(mp.errors[0]).toMatchObject({ message: 'card boom' })
    // the page goes on: a later update still renders
    await mp.evaluate(onCard('bump'))
    await mp.settle()
    expect(await (await page.$('card'))!.text()).toBe('1inner')
  })
})
