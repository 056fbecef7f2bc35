// samples/components in the browser simulator: each library's page (vant, tdesign, weui) opens
// from the index, its components render with the library's own styles applied (computed in
// the page's frame, as the platform draws them), and the simulator's console shows no error.

import { resolve } from 'node:path'
import type { Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSimulator, poll, type Simulator } from './simulator.ts'

const COMPONENTS = resolve(import.meta.dirname, '../../samples/components')

/** Per library: an element of one of its components and styles its own WXSS gives it. */
const LIBRARIES = [
  {
    lib: 'vant',
    name: '@vant/weapp',
    selector: 'van-button#primary .van-button',
    styles: { backgroundColor: 'rgb(7, 193, 96)', color: 'rgb(255, 255, 255)', height: '30px' },
  },
  {
    lib: 'tdesign',
    name: 'tdesign-miniprogram',
    // tdesign's components are virtual hosts (no <t-button> element): its root view is the button.
    selector: '.t-button.t-button--primary',
    styles: { backgroundColor: 'rgb(0, 82, 217)', color: 'rgb(255, 255, 255)' },
  },
  {
    lib: 'weui',
    name: 'weui-miniprogram',
    selector: '.weui-cells__title',
    styles: { color: 'rgba(0, 0, 0, 0.55)', fontSize: '14px' },
  },
] as const

describe('browser simulator: samples/components', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await openSimulator(COMPONENTS)
  }, 90_000)
  afterAll(() => sim?.close(), 30_000)

  const route = () => sim.page.$eval('iframe[data-current]', (el) => el.dataset.route)
  const consoleErrors = () =>
    sim.page.locator('.mpsim-console-row.mpsim-level-error').allInnerTexts()
  const computed = (frame: Frame, selector: string, names: string[]) =>
    frame.$eval(
      selector,
      (el, names) => {
        const style = getComputedStyle(el) as unknown as Record<string, string>
        return Object.fromEntries(names.map((n) => [n, style[n]]))
      },
      names,
    )

  it('the index lists the three libraries', async () => {
    const frame = await sim.currentFrame()
    await poll(() => frame.locator('.name').allInnerTexts()).toEqual([
      '@vant/weapp',
      'tdesign-miniprogram',
      'weui-miniprogram',
    ])
    expect(await consoleErrors()).toEqual([])
  })

  it.each(LIBRARIES)(
    'the $lib page renders its components with the library styles, no console error',
    async ({ lib, name, selector, styles }) => {
      // Back to the index (kept under the library page the previous case opened).
      if ((await route()) !== 'pages/index/index') await sim.page.locator('.mpsim-nav-back').click()
      await poll(route).toBe('pages/index/index')
      let frame = await sim.currentFrame()
      await frame.locator('.item', { hasText: name }).click()
      await poll(route).toBe(`pages/${lib}/index`)
      frame = await sim.currentFrame()
      await frame.locator(selector).first().waitFor({ timeout: 20_000 })
      const names = Object.keys(styles)
      await poll(() => computed(frame, selector, names)).toEqual(styles)
      await sim.screenshot(`components-${lib}`)
      expect(await consoleErrors()).toEqual([])
      if (lib === 'vant') await vantFieldPlaceholder(frame)
    },
  )

  /** vant's field: its placeholder (placeholder-class, scoped to the field) lies over the input. */
  async function vantFieldPlaceholder(frame: Frame) {
    const field = frame.locator('van-field#name')
    const placeholder = (await field.locator('.van-field__placeholder').boundingBox())!
    const input = (await field.locator('input').boundingBox())!
    expect(Math.abs(placeholder.y - input.y)).toBeLessThan(2)
    expect(await field.locator('.van-field__placeholder').innerText()).toBe('Type your name')
  }

  it("weui's checkbox draws its icon in the cell's header, beside the label", async () => {
    expect(await route()).toBe('pages/weui/index')
    const frame = await sim.currentFrame()
    const label = frame.locator('.weui-check__label', { hasText: 'Apple' })
    await expect(label.locator('.weui-cell__hd .weui-icon-checked').count()).resolves.toBe(1)
    const icon = (await label.locator('.weui-cell__hd').boundingBox())!
    const text = (await label.locator('.weui-cell__bd').boundingBox())!
    expect(icon.x + icon.width).toBeLessThanOrEqual(text.x + 1)
    expect(Math.abs(icon.y + icon.height / 2 - (text.y + text.height / 2))).toBeLessThan(4)
  })
})
