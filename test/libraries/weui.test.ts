// Every component of weui-miniprogram rendered in one page with its documented minimal props,
// the package coming from package.json `dependencies` (mounted under miniprogram_npm as "build
// npm" lays it out), logic in a worker: no error in the log and each component's root elements
// rendered. Then the dialog driven as a user would: shown, a button tapped, the mask tapped.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Element, Page } from '../../index.ts'
import { componentsOf, LIBRARIES, libraryFiles } from './library-files.ts'
import { WEUI_CASES, WEUI_DATA, WEUI_SKIPPED } from './weui-cases.ts'
import { launchWeui, type WeuiApp } from './weui-project.ts'

const WEUI = LIBRARIES.find((lib) => lib.pkg === 'weui-miniprogram')!
const names = Object.keys(WEUI_CASES)

describe('every weui-miniprogram component', () => {
  let app: WeuiApp | undefined
  let page: Page

  beforeAll(async () => {
    const uses = [...new Set(Object.values(WEUI_CASES).flatMap((c) => c.uses))]
    const wxml = names
      .map((name) => `<view class="case" id="case-${name}">${WEUI_CASES[name]!.wxml}</view>`)
      .join('\n')
    const js = `Page({ data: ${JSON.stringify(WEUI_DATA)} })`
    app = await launchWeui([{ route: 'pages/index/index', wxml, js, uses }])
    page = (await app.mp.currentPage())!
    await app.mp.settle()
  }, 60_000)

  afterAll(async () => {
    await app?.close()
  })

  it('has a case for every component of the package (21, and the Skyline slideview skipped)', async () => {
    const all = componentsOf(WEUI, await libraryFiles(WEUI)).map((c) => c.id.split('/').pop()!)
    expect(all.length).toBe(22)
    expect(all.filter((name) => !WEUI_CASES[name] && !WEUI_SKIPPED[name])).toEqual([])
    expect(names).toHaveLength(21)
  })

  it('renders them with no error in the log', () => {
    const mp = app!.mp
    expect(mp.errors).toEqual([])
    expect(mp.logs.filter((l) => l.level === 'error')).toEqual([])
  })

  it.each(names)('%s renders its root elements', async (name) => {
    const box = (await page.$(`#case-${name}`))!
    const found = await Promise.all(WEUI_CASES[name]!.roots.map((root) => box.$(root)))
    expect(WEUI_CASES[name]!.roots.filter((_, i) => !found[i])).toEqual([])
  })
})

describe('weui dialog', () => {
  const wxml = `
<mp-dialog id="dialog" title="Sure?" show="{{show}}" buttons="{{buttons}}" bindbuttontap="onButton" bindclose="onClose">
  <view class="body">Really do it</view>
</mp-dialog>
<text id="result">{{result}}</text>`
  const js = `Page({
  data: { show: false, buttons: [{ text: 'Cancel' }, { text: 'OK' }], result: 'none', taps: [] },
  onButton(e) { this.setData({ show: false, result: 'button ' + e.detail.index, taps: this.data.taps.concat([e.detail]) }) },
  onClose(e) { this.setData({ show: false, result: 'closed' }) },
})`
  let app: WeuiApp | undefined
  let page: Page

  beforeAll(async () => {
    app = await launchWeui([{ route: 'pages/index/index', wxml, js, uses: ['dialog'] }])
    page = (await app.mp.currentPage())!
    await app.mp.settle()
  }, 60_000)

  afterAll(async () => {
    await app?.close()
  })

  // The dialog is a virtual host (options.virtualHost): no element stands for it, its content
  // sits in the page directly.
  const inDialog = (selector: string): Promise<Element[]> => page.$$(selector)
  const shown = async () => (await inDialog('.weui-dialog')).length > 0
  const until = (check: () => Promise<boolean>) => page.waitFor(check, 20_000)
  const text = async (el: Element) => (await el.text()).trim()

  it('is hidden until the page shows it, then shows its title, body and buttons', async () => {
    expect(await shown()).toBe(false)
    await page.setData({ show: true })
    await until(shown)
    expect(await text((await inDialog('.weui-dialog__title'))[0]!)).toBe('Sure?')
    expect(await text((await inDialog('.body'))[0]!)).toBe('Really do it')
    const buttons = await inDialog('.weui-dialog__btn')
    expect(await Promise.all(buttons.map(text))).toEqual(['Cancel', 'OK'])
    // ready() gives the buttons their classes: default first, primary after
    expect([...buttons[0]!.node.classList]).toContain('weui-dialog__btn_default')
    expect([...buttons[1]!.node.classList]).toContain('weui-dialog__btn_primary')
  })

  it('a tapped button reaches bindbuttontap with { index, item }', async () => {
    const buttons = await inDialog('.weui-dialog__btn')
    await buttons[1]!.tap()
    await until(async () => (await text((await page.$('#result'))!)) === 'button 1')
    expect(await page.data('taps')).toEqual([
      { index: 1, item: { text: 'OK', className: 'weui-dialog__btn_primary' } },
    ])
    // show=false: the dialog fades out, then leaves the page (after 300 ms)
    await until(async () => !(await shown()))
  })

  it('a tap on the mask closes it (maskClosable) and calls bindclose', async () => {
    await page.setData({ show: true, result: 'none' })
    await until(shown)
    await (await inDialog('.weui-mask'))[0]!.tap()
    await until(async () => (await text((await page.$('#result'))!)) === 'closed')
    await until(async () => !(await shown()))
    expect(await page.data('taps')).toHaveLength(1)
    expect(app!.mp.errors).toEqual([])
  })
})
