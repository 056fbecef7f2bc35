// `?mode=single-thread`: the simulator runs the app's logic on its own page's thread (no Web
// Worker), and the app works as in the worker: the todo sample renders and a tap updates it.

import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSimulator, poll, type Simulator } from './simulator.ts'

const TODO = resolve(import.meta.dirname, '../../samples/todo')

describe('browser simulator: ?mode=single-thread', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await openSimulator(TODO, '?mode=single-thread')
  }, 90_000)
  afterAll(() => sim?.close(), 30_000)

  it('starts no logic worker and runs the host in single-thread mode', async () => {
    expect(sim.page.workers()).toEqual([])
    expect(await sim.page.evaluate(() => window.__mpsim!.host.mode)).toBe('single-thread')
  })

  it('renders the first page and updates it on a tap', async () => {
    const frame = await sim.currentFrame()
    await expect(frame.locator('.footer').innerText()).resolves.toMatch(/items? left/)
    const before = await frame.locator('.footer').innerText()
    await frame.locator('.add-input input').fill('Single thread')
    await frame.locator('.add-btn').click()
    await frame.locator('todo-item [class$="--title"]', { hasText: 'Single thread' }).waitFor()
    await poll(() => frame.locator('.footer').innerText()).not.toBe(before)
  })
})
