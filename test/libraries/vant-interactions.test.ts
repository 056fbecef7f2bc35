// @vant/weapp driven as a user would, with logic in a worker: each test taps or types in the
// rendered components and asserts what the user sees (text, classes, visibility) and what the
// page's handlers received.

import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Element, Page } from '../../index.ts'
import { launchVant, type VantApp } from './vant-project.ts'

const wxml = `
<van-button id="btn" type="primary" bind:click="onButton">Tap me</van-button>
<text id="btn-count">taps: {{ taps }}</text>

<van-field id="field" value="{{ name }}" label="Name" placeholder="Your name" bind:change="onField" />
<text id="field-value">name: {{ name }}</text>

<van-checkbox-group id="group" value="{{ picked }}" bind:change="onGroup">
  <van-checkbox id="cb-a" name="a">A</van-checkbox>
  <van-checkbox id="cb-b" name="b">B</van-checkbox>
</van-checkbox-group>
<text id="picked">picked: {{ picked }}</text>

<van-tabs id="tabs" active="{{ tab }}" bind:change="onTab">
  <van-tab title="First"><view class="pane">first pane</view></van-tab>
  <van-tab title="Second"><view class="pane">second pane</view></van-tab>
</van-tabs>

<van-dialog id="van-dialog" />
<text id="dialog-result">dialog: {{ dialog }}</text>

<van-collapse id="collapse" value="{{ open }}" bind:change="onCollapse">
  <van-collapse-item id="item-one" title="Section one" name="one">Body one</van-collapse-item>
</van-collapse>

<van-stepper id="stepper" value="{{ count }}" bind:change="onStepper" />
<text id="count">count: {{ count }}</text>

<van-switch id="switch" checked="{{ on }}" bind:change="onSwitch" />

<van-popup id="popup" show="{{ popup }}" bind:close="onPopupClose">Popup body</van-popup>
`

const js = `import Dialog from '@vant/weapp/dialog/dialog'
const log = (x) => getApp().globalData.log.push(x)
Page({
  data: { taps: 0, name: '', picked: ['a'], tab: 0, dialog: 'closed', open: [], count: 1, on: false, popup: false },
  onButton(e) { log(['click', e.type]); this.setData({ taps: this.data.taps + 1 }) },
  onField(e) { log(['field', e.detail]); this.setData({ name: e.detail }) },
  onGroup(e) { log(['group', e.detail]); this.setData({ picked: e.detail }) },
  onTab(e) { log(['tab', e.detail.index, e.detail.title]) },
  openDialog() {
    Dialog.confirm({ selector: '#van-dialog', context: this, title: 'Sure?', message: 'Really do it' })
      .then(() => this.setData({ dialog: 'confirmed' }))
      .catch(() => this.setData({ dialog: 'cancelled' }))
  },
  onCollapse(e) { log(['collapse', e.detail]); this.setData({ open: e.detail }) },
  onStepper(e) { log(['stepper', e.detail]); this.setData({ count: e.detail }) },
  onSwitch(e) { log(['switch', e.detail]); this.setData({ on: e.detail }) },
  onPopupClose() { log(['popup', 'close']); this.setData({ popup: false }) },
})`

let app: VantApp | undefined
let page: Page

beforeAll(async () => {
  app = await launchVant([{ route: 'pages/index/index', wxml, js, uses: USES }])
  page = (await app.mp.currentPage())!
  await app.mp.settle()
}, 60_000)

afterAll(async () => {
  await app?.close()
})

const USES = [
  'button',
  'field',
  'checkbox',
  'checkbox-group',
  'tabs',
  'tab',
  'dialog',
  'collapse',
  'collapse-item',
  'stepper',
  'switch',
  'popup',
]

/** The page's handler log, taken and cleared. */
async function received(): Promise<unknown[]> {
  return (await app!.mp.evaluate(
    'function () { const g = getApp().globalData; const out = g.log; g.log = []; return out }',
  )) as unknown[]
}

async function $(selector: string, inside?: Element): Promise<Element> {
  const found = inside ? await inside.$(selector) : await page.$(selector)
  if (!found) throw new Error(`no element matches ${selector}`)
  return found
}

const text = async (selector: string) => (await (await $(selector)).text()).trim()
const classes = (el: Element) => [...el.node.classList]
const until = (check: () => Promise<boolean> | boolean) => page.waitFor(check, 20_000)

it('button: a tap runs the page bind:click handler', async () => {
  await (await $('.van-button', await $('#btn'))).tap()
  expect(await received()).toEqual([['click', 'click']])
  expect(await text('#btn-count')).toBe('taps: 1')
  expect(await text('#btn')).toBe('Tap me')
})

it('field: typing sends bind:change with the value', async () => {
  await (await $('#field')).input('Ada')
  await until(async () => (await text('#field-value')) === 'name: Ada')
  expect(await received()).toEqual([['field', 'Ada']])
  expect(await (await $('#field')).value()).toBe('Ada')
})

it('checkbox-group: tapping a child changes the group value through relations', async () => {
  const icon = async (id: string) => classes(await $('.van-checkbox__icon', await $(id)))
  expect(await icon('#cb-a')).toContain('van-checkbox__icon--checked')
  expect(await icon('#cb-b')).not.toContain('van-checkbox__icon--checked')
  await (await $('.van-checkbox__icon-wrap', await $('#cb-b'))).tap()
  await until(async () => (await icon('#cb-b')).includes('van-checkbox__icon--checked'))
  expect(await received()).toEqual([['group', ['a', 'b']]])
  expect(await text('#picked')).toBe('picked: a,b')
  expect(await icon('#cb-a')).toContain('van-checkbox__icon--checked')
})

it('tabs: tapping a tab shows its content and hides the other', async () => {
  const panes = async () => {
    const tabs = await page.$$('van-tab')
    return Promise.all(
      tabs.map(async (t) => {
        const pane = await $('.van-tab__pane', t)
        const shown = !(pane.node as HTMLElement).style.display.includes('none')
        return `${(await pane.text()).trim()}:${shown ? 'shown' : 'hidden'}`
      }),
    )
  }
  // lazy-render: a tab never shown has not rendered its content
  expect(await panes()).toEqual(['first pane:shown', ':hidden'])
  const titles = await (await $('#tabs')).$$('.van-tab')
  expect(await Promise.all(titles.map(async (t) => (await t.text()).trim()))).toEqual([
    'First',
    'Second',
  ])
  await titles[1]!.tap()
  await until(async () => (await panes())[1] === 'second pane:shown')
  expect(await panes()).toEqual(['first pane:hidden', 'second pane:shown'])
  expect(classes(titles[1]!)).toContain('van-tab--active')
  expect(await received()).toEqual([['tab', 1, 'Second']])
})

it('dialog: Dialog.confirm opens it, tapping confirm resolves the promise', async () => {
  const visible = async () => {
    const popup = await (await $('#van-dialog')).$('.van-dialog')
    return !!popup && !(popup.node as HTMLElement).style.display.includes('none')
  }
  expect(await visible()).toBe(false)
  await page.callMethod('openDialog')
  await until(visible)
  expect(await text('.van-dialog__header')).toBe('Sure?')
  expect(await text('.van-dialog__message')).toBe('Really do it')
  // custom-class goes down goods-action-button to van-button's own <button>
  await (await $('.van-dialog__confirm')).tap()
  await until(async () => (await text('#dialog-result')) === 'dialog: confirmed')
  await until(async () => !(await visible()))
})

it('collapse: tapping the title expands the item and tells the page', async () => {
  const item = await $('#item-one')
  const wrapper = async () => (await $('.van-collapse-item__wrapper', item)).node as HTMLElement
  expect((await wrapper()).style.height).toBe('0px')
  await (await $('.van-cell', item)).tap()
  await until(async () => (await wrapper()).style.height === 'auto')
  expect(await received()).toEqual([['collapse', ['one']]])
  expect(classes(await $('.van-collapse-item__title', item))).toContain(
    'van-collapse-item__title--expanded',
  )
  expect((await (await wrapper()).textContent)?.trim()).toBe('Body one')
})

it('stepper: plus adds one and sends bind:change', async () => {
  const input = async () => (await $('#stepper')).value()
  expect(await input()).toBe('1')
  await (await $('.van-stepper__plus', await $('#stepper'))).tap()
  await until(async () => (await text('#count')) === 'count: 2')
  expect(await received()).toEqual([['stepper', 2]])
  expect(await input()).toBe('2')
})

it('switch: a tap sends bind:change with the new value', async () => {
  const root = async () => $('.van-switch', await $('#switch'))
  expect(classes(await root())).not.toContain('van-switch--on')
  await (await root()).tap()
  await until(async () => classes(await root()).includes('van-switch--on'))
  expect(await received()).toEqual([['switch', true]])
})

it('popup: show=true shows it, tapping the overlay sends close, show=false hides it', async () => {
  const popup = async () => (await $('#popup')).$('.van-popup')
  const shown = async () => {
    const p = await popup()
    return !!p && !(p.node as HTMLElement).style.display.includes('none')
  }
  expect(await shown()).toBe(false)
  await page.setData({ popup: true })
  await until(shown)
  expect((await (await popup())!.text()).trim()).toBe('Popup body')
  // the overlay's class is van-transition's custom-class, written in the overlay's template
  await (await $('#popup .van-overlay')).tap()
  expect(await received()).toEqual([['popup', 'close']])
  await until(async () => !(await shown()))
  expect(await page.data('popup')).toBe(false)
})

it('left no error in the log', () => {
  expect(app!.mp.errors).toEqual([])
  expect(app!.mp.logs.filter((l) => l.level === 'error')).toEqual([])
})
