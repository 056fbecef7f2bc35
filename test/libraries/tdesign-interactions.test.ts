// tdesign-miniprogram driven as a user would, logic in a worker: what the page's handlers
// received and what the user sees after each action.

import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Element, MiniProgram, Page } from '../../index.ts'
import { Element as HeadlessElement } from '../../headless/element.ts'
import { launchTdesign, usingTdesign, type TdesignApp } from './tdesign-project.ts'

const WXML = `
<t-button theme="primary" bind:tap="onTap">Tap me</t-button>
<text class="taps">taps: {{taps}}</text>
<t-input label="Name" value="{{name}}" clearable bind:change="onChange" bind:clear="onClear" />
<text class="name">name: {{name}}</text>
<t-switch value="{{on}}" bind:change="onSwitch" />
<text class="on">on: {{on}}</text>
<t-checkbox-group value="{{picked}}" bind:change="onPick">
  <t-checkbox value="a" label="Apple" />
  <t-checkbox value="b" label="Banana" />
</t-checkbox-group>
<text class="picked">picked: {{picked}}</text>
`

const JS = `Page({
  data: { taps: 0, name: 'Bo', on: false, picked: ['a'], events: [] },
  log(name, detail) { this.setData({ events: this.data.events.concat([{ name, detail }]) }) },
  onTap(e) { this.log('tap', { type: e.type }); this.setData({ taps: this.data.taps + 1 }) },
  onChange(e) { this.log('change', e.detail); this.setData({ name: e.detail.value }) },
  onClear(e) { this.log('clear', e.detail); this.setData({ name: '' }) },
  onSwitch(e) { this.log('switch', e.detail); this.setData({ on: e.detail.value }) },
  onPick(e) { this.log('pick', e.detail); this.setData({ picked: e.detail.value }) },
})`

let app: TdesignApp
let mp: MiniProgram
let page: Page

beforeAll(async () => {
  app = await launchTdesign([
    {
      route: 'pages/index/index',
      wxml: WXML,
      js: JS,
      using: usingTdesign(['button', 'input', 'switch', 'checkbox', 'checkbox-group']),
    },
  ])
  mp = app.mp
  page = (await mp.currentPage())!
}, 120_000)
afterAll(async () => {
  await app?.close()
})

const text = async (selector: string) => (await (await page.$(selector))!.text()).trim()
const events = async () => (await page.data('events')) as Array<{ name: string; detail: unknown }>
const lastEvent = async () => (await events()).at(-1)

/** Elements of a tdesign component's own template, found with that component's class names
 *  (the components use virtualHost: there is no host element to search from). */
function inComponent(name: string, selector: string, index = 0): Element {
  const view = page.pageView()!.view()!
  const id = `miniprogram_npm/tdesign-miniprogram/${name}/${name}`
  const instance = [...view.instances.values()].filter((i) => i.def.id === id)[index]
  if (!instance) throw new Error(`no ${name} #${index} on the page`)
  const mapped = selector.replace(
    /\.([\w-]+)/g,
    (_, n: string) => `.${instance.mapClass(n).split(' ')[0]}`,
  )
  const found = instance.querySelectorAll(mapped)[0]
  if (!found) throw new Error(`${name}: nothing matches ${selector}`)
  return new HeadlessElement(page, found)
}

it('renders with no error', () => {
  expect(mp.errors).toEqual([])
  expect(mp.logs.filter((l) => l.level === 'error')).toEqual([])
})

it('button: a tap runs the page bind:tap handler once and the count shows', async () => {
  const button = inComponent('button', '.t-button')
  expect(await button.text()).toContain('Tap me')
  await button.tap()
  expect(await text('.taps')).toBe('taps: 1')
  expect(await lastEvent()).toEqual({ name: 'tap', detail: { type: 'tap' } })
  await button.tap()
  expect(await text('.taps')).toBe('taps: 2')
  expect((await events()).filter((e) => e.name === 'tap')).toHaveLength(2)
})

it('input: typing sends bind:change with { value } and the field shows it', async () => {
  const input = inComponent('input', 'input')
  expect(await input.value()).toBe('Bo')
  await input.input('Ann')
  expect(await lastEvent()).toMatchObject({ name: 'change', detail: { value: 'Ann' } })
  expect(await text('.name')).toBe('name: Ann')
  expect(await input.value()).toBe('Ann')
})

it('input: the clear icon empties the field and sends bind:clear', async () => {
  const input = inComponent('input', 'input')
  await input.trigger('focus', { value: 'Ann' })
  await inComponent('input', '.t-input__wrap--clearable-icon').tap()
  expect((await events()).map((e) => e.name)).toContain('clear')
  expect(await text('.name')).toBe('name:')
  expect(await input.value()).toBe('')
})

it('switch: a tap turns it on, the page hears { value: true } and the dot shows checked', async () => {
  const body = () => inComponent('switch', '.t-switch__body')
  expect(await body().attribute('class')).not.toContain('t-switch__body--checked')
  await inComponent('switch', '.t-switch').tap()
  expect(await lastEvent()).toEqual({ name: 'switch', detail: { value: true } })
  expect(await text('.on')).toBe('on: true')
  expect(await body().attribute('class')).toContain('t-switch__body--checked')
})

it('checkbox-group: tapping a child changes the group value (relations)', async () => {
  const banana = inComponent('checkbox', '.t-checkbox', 1)
  expect(await banana.text()).toContain('Banana')
  await banana.tap()
  expect(await lastEvent()).toMatchObject({ name: 'pick', detail: { value: ['a', 'b'] } })
  expect(await text('.picked')).toBe('picked: a,b')
  await inComponent('checkbox', '.t-checkbox', 0).tap()
  expect(await text('.picked')).toBe('picked: b')
  expect(await inComponent('checkbox', '.t-checkbox', 1).attribute('class')).toContain(
    't-checkbox--checked',
  )
  expect(mp.errors).toEqual([])
})
