// Data crosses to the view as JSON. Values JSON cannot carry, given to setData (and so to the
// properties a parent's template binds from that data) or to triggerEvent, give a warning in
// the log naming the field, never a crash: the rest of the patch renders and the app goes on.

import { afterEach, describe, expect, it } from 'vitest'
import { componentJson, MODES, run, type Running } from './components-project.ts'

const files: Record<string, string> = {
  'pages/index/index.json': JSON.stringify({ usingComponents: { show: '/components/show/show' } }),
  'pages/index/index.wxml': `<show id="s" value="{{value}}" bind:out="out"/><text class="t">{{text}}</text>`,
  'pages/index/index.js': `class Point { constructor() { this.x = 1 } norm() { return this.x } }
Page({
  data: { value: 'start', text: '' },
  send(kind) {
    const cycle = { a: 1 }; cycle.self = cycle
    const values = {
      fn: { f() {} },
      symbol: { s: Symbol('s') },
      map: new Map([[1, 2]]),
      set: new Set([1]),
      instance: new Point(),
      cycle,
      bigint: { n: BigInt(1) },
    }
    this.setData({ value: values[kind], text: kind })
  },
  out(e) { this.setData({ text: 'event:' + JSON.stringify(e.detail) }) },
})`,
  'components/show/show.json': componentJson(),
  'components/show/show.wxml': `<text class="v">{{value}}</text>`,
  'components/show/show.js': `Component({
  properties: { value: null },
  methods: {
    fire() { const d = { a: 1 }; d.d = d; this.triggerEvent('out', d) },
  },
})`,
}

let app: Running | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const warnings = (app: Running) =>
  app.mp.logs.filter((l) => l.level === 'warn').map((l) => l.args.map(String).join(' '))

describe.each(MODES)('values JSON cannot carry (%s)', (mode) => {
  it.each([
    ['fn', '"value.f" is a function'],
    ['symbol', '"value.s" is a Symbol'],
    ['map', '"value" is a Map'],
    ['set', '"value" is a Set'],
    ['instance', '"value" is an instance of Point'],
    ['cycle', 'Converting circular structure to JSON'],
    ['bigint', 'BigInt'],
  ])('%s: a warning, and the rest of the patch renders', async (kind, words) => {
    app = await run(files, mode)
    const page = (await app.mp.currentPage())!
    await page.callMethod('send', kind)
    await app.mp.settle()
    expect(await (await page.$('.t'))!.text()).toBe(kind)
    expect(
      warnings(app).some((w) => w.includes('Setting data field "value"') && w.includes(words)),
    ).toBe(true)
    expect(app.mp.errors).toEqual([])
  })

  it('triggerEvent with a cyclic detail warns and sends null', async () => {
    app = await run(files, mode)
    const page = (await app.mp.currentPage())!
    await app.mp.evaluate('function () { getCurrentPages()[0].selectComponent("#s").fire() }')
    await app.mp.settle()
    expect(await (await page.$('.t'))!.text()).toBe('event:{}')
    expect(warnings(app).some((w) => w.includes('triggerEvent "out"'))).toBe(true)
    expect(app.mp.errors).toEqual([])
  })
})
