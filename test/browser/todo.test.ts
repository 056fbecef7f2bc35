// The todo sample in the browser simulator: logic in a Web Worker, the page in an iframe on the
// other loopback origin, storage in localStorage, so items outlive a reload of the simulator.
// Classes inside the todo-item component carry its style-isolation prefix (`<hash>--title`).

import { resolve } from 'node:path'
import type { Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSimulator, poll, type Simulator } from './simulator.ts'

const TODO = resolve(import.meta.dirname, '../../samples/todo')
const TITLE = 'todo-item [class$="--title"]'

/** Titles of the items drawn as done. */
const doneItems = (frame: Frame) =>
  frame.locator('todo-item:has([class*="--done"]) [class$="--title"]').allInnerTexts()

describe('browser simulator: todo sample', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await openSimulator(TODO)
  }, 90_000)
  afterAll(() => sim?.close(), 30_000)

  it('runs logic in a Web Worker and the page in its own iframe on the other loopback origin', async () => {
    const frame = await sim.currentFrame()
    expect(new URL(frame.url()).hostname).toBe('localhost')
    expect(new URL(sim.page.url()).hostname).toBe('127.0.0.1')
    expect(sim.page.workers().map((w) => w.url())).toEqual([
      expect.stringMatching(/\/__mpsim\/bundle\/logic\.js$/),
    ])
    await expect(frame.locator('.footer').innerText()).resolves.toMatch(/items? left/)
  })

  it('adds two items and completes one', async () => {
    const frame = await sim.currentFrame()
    for (const title of ['Buy milk', 'Walk the dog']) {
      await frame.locator('.add-input input').fill(title)
      await frame.locator('.add-btn').click()
      await frame.locator(TITLE, { hasText: title }).waitFor()
    }
    await frame.locator('todo-item#todo-buy-milk [class$="--check"]').click()
    await poll(() => doneItems(frame)).toEqual(['Read the WXML docs', 'Buy milk'])
    await expect(frame.locator('.footer').innerText()).resolves.toContain('3 items left')
    await sim.screenshot('todo-added')
  })

  it('keeps the items after the simulator reloads (storage in localStorage)', async () => {
    await sim.reload()
    const frame = await sim.currentFrame()
    await frame.locator(TITLE, { hasText: 'Walk the dog' }).waitFor()
    expect(await doneItems(frame)).toEqual(['Read the WXML docs', 'Buy milk'])
    const stored = await sim.page.evaluate(() => Object.keys(localStorage))
    expect(stored).toContain('mpsim:storage:mpsim-todo')
    await sim.screenshot('todo-reloaded')
  })

  it('keeps them across wx.reLaunch too, and opens the stats page through its navigator', async () => {
    const shown = () => sim.page.$eval('iframe[data-current]', (el) => el.dataset.webviewId)
    const before = await shown()
    await sim.page.evaluate(() =>
      window.__mpsim!.host.evaluate('function () { wx.reLaunch({ url: "/pages/index/index" }) }'),
    )
    // The relaunched page is a new webview with a new frame.
    await poll(shown).not.toBe(before)
    let frame = await sim.currentFrame()
    await frame.locator(TITLE, { hasText: 'Buy milk' }).waitFor()
    expect(await doneItems(frame)).toEqual(['Read the WXML docs', 'Buy milk'])
    await frame.locator('.link').click()
    // a preloaded frame's URL names no page: the host marks the frame with its route
    const currentRoute = () =>
      sim.page.getAttribute('iframe.mpsim-page-frame[data-current]', 'data-route')
    await poll(currentRoute).toBe('pages/stats/stats')
    frame = await sim.currentFrame()
    // Five items, two of them done (the sample's three, and the two added above).
    await poll(() => frame.locator('.row').allInnerTexts()).toEqual(['Total: 5', 'Done: 2 (40%)'])
    await sim.screenshot('todo-stats')
  })
})
