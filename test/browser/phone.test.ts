// The phone's native UI and the page's own scrolling in the browser simulator, on a small
// project written to a temp folder: a toast drawn over the page that goes after its duration,
// an action sheet answered on screen, onPageScroll and onReachBottom from a real wheel scroll
// of the page's iframe, pull-down refresh from a mouse drag, the device picker (the phone and
// rpx follow its width) and the page's default font.

import { rm } from 'node:fs/promises'
import type { Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFeedProject } from './feed-project.ts'
import { openSimulator, poll, type Simulator } from './simulator.ts'

describe('browser simulator: native UI, page scroll and devices', () => {
  let project: string
  let sim: Simulator
  let frame: Frame
  beforeAll(async () => {
    project = await writeFeedProject()
    sim = await openSimulator(project)
    frame = await sim.currentFrame()
    await frame.locator('.row', { hasText: 'Row 59' }).waitFor()
  }, 90_000)
  afterAll(async () => {
    await sim?.close()
    await rm(project, { recursive: true, force: true })
  }, 30_000)

  const status = () => frame.locator('.status').innerText()
  /** The page frame's box on the simulator page. */
  const frameBox = async () => (await sim.page.locator('iframe[data-current]').boundingBox())!

  it('draws a toast over the page and takes it away after its duration', async () => {
    const toast = sim.page.locator('.mpsim-toast')
    await frame.locator('.do-toast').click()
    const shownAt = Date.now()
    await poll(() => toast.isVisible()).toBe(true)
    await expect(toast.innerText()).resolves.toContain('Saved')
    // Drawn over the page: in the middle of the page frame, on a layer above it. Without `mask`
    // it lets touches through to the page, as on the platform.
    const frameArea = await frameBox()
    const toastBox = (await toast.boundingBox())!
    expect(
      Math.abs(toastBox.x + toastBox.width / 2 - (frameArea.x + frameArea.width / 2)),
    ).toBeLessThan(2)
    expect(toastBox.y).toBeGreaterThan(frameArea.y)
    expect(toastBox.y + toastBox.height).toBeLessThan(frameArea.y + frameArea.height)
    const layers = await sim.page.evaluate(() => ({
      toast: Number(getComputedStyle(document.querySelector('.mpsim-toast-layer')!).zIndex),
      frame: Number(getComputedStyle(document.querySelector('iframe[data-current]')!).zIndex),
    }))
    expect(layers.toast).toBeGreaterThan(layers.frame)
    await sim.screenshot('phone-toast')
    await poll(() => toast.isVisible()).toBe(false)
    expect(Date.now() - shownAt).toBeGreaterThanOrEqual(900)
  })

  it("answers an action sheet on screen (cancel in the platform's text), and its mask cancels it", async () => {
    const sheet = sim.page.locator('.mpsim-action-sheet')
    await frame.locator('.do-sheet').click()
    await poll(() => sheet.isVisible()).toBe(true)
    const items = sheet.locator('.mpsim-action-sheet-item')
    await expect(items.allInnerTexts()).resolves.toEqual(['Red', 'Green', 'Blue', '取消'])
    await sim.screenshot('phone-action-sheet')
    await items.filter({ hasText: 'Green' }).click()
    await poll(status).toContain('picked=Green')
    await poll(() => sheet.isVisible()).toBe(false)

    await frame.locator('.do-sheet').click()
    await poll(() => sheet.isVisible()).toBe(true)
    await sim.page
      .locator('.mpsim-action-sheet-layer .mpsim-mask')
      .click({ position: { x: 20, y: 20 } })
    await poll(status).toContain('picked=cancelled')
  })

  it('scrolls the page frame with the wheel: onPageScroll, then onReachBottom once', async () => {
    const box = await frameBox()
    await sim.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await sim.page.mouse.wheel(0, 300)
    await poll(async () => Number(/top=(\d+)/.exec(await status())?.[1])).toBeGreaterThan(0)
    expect(await status()).toContain('bottoms=0')
    for (let i = 0; i < 10; i++) await sim.page.mouse.wheel(0, 1000)
    await poll(status).toContain('bottoms=1')
    const scrollTop = await frame.evaluate(() => document.scrollingElement!.scrollTop)
    await poll(status).toContain(`top=${Math.round(scrollTop)} `)
    await sim.screenshot('phone-scrolled')
    // Staying in the zone does not fire again; leaving it and coming back does.
    await sim.page.mouse.wheel(0, 200)
    await sim.page.mouse.wheel(0, -2000)
    await poll(async () => Number(/top=(\d+)/.exec(await status())?.[1])).toBeLessThan(
      scrollTop - 500,
    )
    expect(await status()).toContain('bottoms=1')
    await sim.page.mouse.wheel(0, 5000)
    await poll(status).toContain('bottoms=2')
  })

  it('refreshes on a pull-down drag: onPullDownRefresh, the indicator, then stopPullDownRefresh', async () => {
    await frame.evaluate(() => window.scrollTo(0, 0))
    await poll(status).toContain('top=0 ')
    const box = await frameBox()
    const x = box.x + box.width / 2
    const y = box.y + 120
    const indicator = () =>
      frame.$eval(
        '.wx-pull-down-refresh',
        (el) => (el as HTMLElement).getBoundingClientRect().height,
      )
    await sim.page.mouse.move(x, y)
    await sim.page.mouse.down()
    await sim.page.mouse.move(x, y + 240, { steps: 12 })
    expect(await indicator()).toBeGreaterThan(40)
    await sim.page.mouse.up()
    await poll(status).toContain('refreshes=1')
    expect(await indicator()).toBeGreaterThan(0)
    await sim.screenshot('phone-pull-down-refresh')
    // The page stops it 600 ms later: the indicator goes.
    await poll(indicator).toBe(0)
    // A short pull is not enough.
    await sim.page.mouse.move(x, y)
    await sim.page.mouse.down()
    await sim.page.mouse.move(x, y + 40, { steps: 4 })
    await sim.page.mouse.up()
    await poll(indicator).toBe(0)
    expect(await status()).toContain('refreshes=1')
  })

  it('lays the page out in the platform font, sans-serif like WeChat, not the browser serif', async () => {
    const family = await frame.$eval('.row', (el) => getComputedStyle(el).fontFamily)
    expect(family).toMatch(/sans-serif/)
    expect(family).not.toMatch(/^(serif|"?Times)/)
  })

  it('resizes the phone with the device picker: rpx follows the width, the page gets onResize', async () => {
    const widths = async () => ({
      frame: Math.round((await frameBox()).width),
      half: await frame.$eval('.half', (el) => el.getBoundingClientRect().width),
      note: /note=(\S+)/.exec(await status())?.[1],
    })
    // 375rpx is half the width, rounded down to a whole px as the platform does.
    expect(await widths()).toEqual({ frame: 375, half: 187, note: 'first' })
    await sim.page.locator('.mpsim-device-select').selectOption('iPhone 15 Pro Max')
    await poll(widths).toEqual({ frame: 430, half: 215, note: 'resized-430' })
    await sim.screenshot('phone-device-15-pro-max')
    await sim.page.locator('.mpsim-device-select').selectOption('Custom')
    await sim.page.locator('.mpsim-device-size[aria-label="Width"]').fill('320')
    await sim.page.locator('.mpsim-device-size[aria-label="Width"]').press('Enter')
    await poll(widths).toEqual({ frame: 320, half: 160, note: 'resized-320' })
    const phone = await sim.page.locator('.mpsim-phone').getAttribute('data-device')
    expect(phone).toMatch(/^Custom 320×/)
  })
})
