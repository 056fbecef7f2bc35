// The navigation sample in the browser simulator: each page of the stack is its own iframe, the
// one on top shown; navigator taps, wx.navigateTo/redirectTo/reLaunch/switchTab and the back
// button of the navigation bar move the stack; a modal from wx.showModal is answered on screen.

import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSimulator, poll, type Simulator } from './simulator.ts'

const NAVIGATION = resolve(import.meta.dirname, '../../samples/navigation')

describe('browser simulator: navigation sample', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await openSimulator(NAVIGATION)
  }, 90_000)
  afterAll(() => sim?.close(), 30_000)

  /** Routes of the page frames, in the order they were opened, and the one on top. */
  const frames = () =>
    sim.page.$$eval('iframe.mpsim-page-frame', (els) =>
      els.map(
        (el) => `${(el as HTMLElement).dataset.route}${el.hasAttribute('data-current') ? '*' : ''}`,
      ),
    )
  const current = async () => (await frames()).find((r) => r.endsWith('*'))?.slice(0, -1)
  const stack = () =>
    sim.page.evaluate(() => window.__mpsim!.host.stack.snapshot().pages.map((p) => p.route))

  it('navigates to the list and a detail page, each in its own frame', async () => {
    let frame = await sim.currentFrame()
    await frame.locator('.to-list').click()
    await poll(current).toBe('pages/list/list')
    frame = await sim.currentFrame()
    await frame.locator('.item-2').click()
    await poll(current).toBe('pages/detail/detail')
    frame = await sim.currentFrame()
    await poll(() => frame.locator('.from').innerText()).toBe('Opened from list')
    await expect(frame.locator('.depth').innerText()).resolves.toBe('Pages open: 3')
    expect(await frames()).toEqual(['pages/home/home', 'pages/list/list', 'pages/detail/detail*'])
    await sim.screenshot('navigation-detail')
  })

  it('goes back with the navigator and with the navigation bar back button', async () => {
    let frame = await sim.currentFrame()
    await frame.locator('.back').click()
    await poll(current).toBe('pages/list/list')
    expect(await frames()).toEqual(['pages/home/home', 'pages/list/list*'])
    await sim.page.locator('.mpsim-nav-back').click()
    await poll(current).toBe('pages/home/home')
    expect(await stack()).toEqual(['pages/home/home'])
    frame = await sim.currentFrame()
    await expect(frame.locator('.title').innerText()).resolves.toBe('Home')
    await sim.screenshot('navigation-back')
  })

  it('switches tabs from the tab bar and through wx.switchTab', async () => {
    await sim.page.locator('.mpsim-tab-item', { hasText: 'Log' }).click()
    await poll(current).toBe('pages/log/log')
    const frame = await sim.currentFrame()
    await frame.locator('.to-home, button').first().waitFor()
    await sim.page.evaluate(() =>
      window.__mpsim!.host.evaluate('function () { wx.switchTab({ url: "/pages/home/home" }) }'),
    )
    await poll(current).toBe('pages/home/home')
    // Tab pages stay alive: both frames are still there, only home is shown.
    expect((await frames()).sort()).toEqual(['pages/home/home*', 'pages/log/log'])
  })

  it('redirects and relaunches: the replaced pages lose their frames', async () => {
    let frame = await sim.currentFrame()
    await frame.locator('.to-detail').click()
    await poll(current).toBe('pages/detail/detail')
    frame = await sim.currentFrame()
    await frame.locator('.redirect').click()
    await poll(current).toBe('pages/result/result')
    expect(await stack()).toEqual(['pages/home/home', 'pages/result/result'])
    expect(await frames()).not.toContain('pages/detail/detail')
    await sim.page.evaluate(() =>
      window.__mpsim!.host.evaluate('function () { wx.reLaunch({ url: "/pages/home/home" }) }'),
    )
    await poll(stack).toEqual(['pages/home/home'])
    await poll(frames).toEqual(['pages/home/home*'])
    frame = await sim.currentFrame()
    await poll(() => frame.locator('.title').innerText()).toBe('Home')
    await sim.screenshot('navigation-relaunched')
  })

  it('shows a modal from wx.showModal over the page and answers it', async () => {
    await sim.page.evaluate(() => {
      const code = `function () {
        wx.showModal({ title: 'Delete?', content: 'It cannot be undone',
          success: (res) => { globalThis.__answer = res.confirm ? 'confirm' : 'cancel' } })
      }`
      return window.__mpsim!.host.evaluate(code)
    })
    const dialog = sim.page.locator('.mpsim-modal')
    await poll(() => dialog.isVisible()).toBe(true)
    await expect(dialog.innerText()).resolves.toContain('It cannot be undone')
    await sim.screenshot('navigation-modal')
    await sim.page.locator('.mpsim-modal-confirm').click()
    await poll(() =>
      sim.page.evaluate(() =>
        window.__mpsim!.host.evaluate('function () { return globalThis.__answer }'),
      ),
    ).toBe('confirm')
    await poll(() => dialog.isVisible()).toBe(false)
  })
})
