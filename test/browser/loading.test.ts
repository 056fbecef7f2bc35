// Loading strategies in the browser home (docs/packages.md): webview preloading keeps a hidden
// spare iframe (frame page and view runtime loaded) that the next navigation takes, on by
// default and off with ?preloadWebview=0, and the next page gets to its first render sooner with
// it; the Home button sends the app to the background and back (hot start), and after
// ?backgroundDestroyMs the app is destroyed and "Back to app" is a cold start.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeLoadingProject } from '../loading/project.ts'
import { openSimulator, poll, type Simulator } from './simulator.ts'

const RUNS = 5

/** navigateTo → first render (ms) of RUNS navigations in the simulator, and which view each got. */
async function navigations(sim: Simulator) {
  return sim.page.evaluate(async (runs) => {
    const host = window.__mpsim!.host
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    for (let i = 0; i < runs; i++) {
      await sleep(400) // time for the spare frame to load
      await host.stack.navigateTo({ url: `/pages/other/other?i=${i}` })
      await host.settle()
      await host.stack.navigateBack({})
      await host.settle()
    }
    return host.navigations.list
      .filter((t) => t.openType === 'navigateTo')
      .slice(-runs)
      .map((t) => ({ ms: t.toFirstRender!, preloaded: t.preloadedView }))
  }, RUNS)
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

describe('browser simulator: loading strategies', () => {
  let project: Awaited<ReturnType<typeof writeLoadingProject>>
  let sim: Simulator
  beforeAll(async () => {
    project = await writeLoadingProject()
    sim = await openSimulator(project.dir, '?networkType=4g&backgroundDestroyMs=1500')
  }, 90_000)
  afterAll(async () => {
    await sim?.close()
    await project?.remove()
  }, 30_000)

  const events = () =>
    sim.page.evaluate(() =>
      window.__mpsim!.host.evaluate('function () { return getApp().globalData.events }'),
    ) as Promise<string[]>

  it('keeps a spare frame that the next navigation takes, and is faster than without', async () => {
    await poll(() => sim.page.locator('iframe.mpsim-spare-frame').count()).toBe(1)
    const withSpare = await navigations(sim)
    expect(withSpare.every((n) => n.preloaded)).toBe(true)
    const frame = await sim.currentFrame()
    expect(await frame.locator('.title').innerText()).toBe('index 0')
    const off = await openSimulator(project.dir, '?preloadWebview=0')
    try {
      expect(await off.page.locator('iframe.mpsim-spare-frame').count()).toBe(0)
      const without = await navigations(off)
      expect(without.some((n) => n.preloaded)).toBe(false)
      const a = median(withSpare.map((n) => n.ms))
      const b = median(without.map((n) => n.ms))
      console.log(
        `[webview preloading, browser] navigateTo → first render, median of ${RUNS}: ` +
          `${a.toFixed(1)} ms with a preloaded frame, ${b.toFixed(1)} ms without (${(b / a).toFixed(2)}×)`,
      )
      expect(a).toBeLessThan(b)
    } finally {
      await off.close()
    }
  }, 120_000)

  it('Home sends the app to the background; Back to app is a hot start with the state kept', async () => {
    const home = sim.page.locator('.mpsim-home-button')
    await sim.page.evaluate(() => window.__mpsim!.host.stack.current())
    const frame = await sim.currentFrame()
    await frame.locator('.title').click() // no handler: the data stays as it is
    await home.click()
    await poll(() => home.getAttribute('data-state')).toBe('background')
    expect(await sim.page.locator('.mpsim-background-cover').isVisible()).toBe(true)
    expect((await events()).slice(-3)).toEqual(['index.onHide', 'App.onHide', 'wx.onAppHide'])
    await home.click()
    await poll(() => home.getAttribute('data-state')).toBe('foreground')
    expect((await events()).slice(-3)).toEqual(['App.onShow', 'wx.onAppShow', 'index.onShow'])
    expect(await sim.page.locator('.mpsim-background-cover').isVisible()).toBe(false)
  })

  it('destroys the app after ?backgroundDestroyMs; Back to app is then a cold start', async () => {
    const home = sim.page.locator('.mpsim-home-button')
    await home.click()
    await poll(() => home.getAttribute('data-state')).toBe('destroyed')
    await expect
      .poll(() => sim.page.locator('.mpsim-background-cover').innerText())
      .toContain('cold start')
    await home.click()
    await poll(() => home.getAttribute('data-state')).toBe('foreground')
    await poll(events).toEqual([
      'App.onLaunch pages/index/index',
      'App.onShow',
      'wx.onAppShow',
      'index.onShow',
    ])
    const frame = await sim.currentFrame()
    await poll(() => frame.locator('.title').innerText()).toBe('index 0')
    const errors = await sim.page.evaluate(() => window.__mpsim!.host.errors.length)
    expect(errors).toBe(0)
  })
})
