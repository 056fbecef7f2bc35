// The performance panel of the browser simulator on samples/jank: Record starts the threads'
// instruments, the heavy page's 200 ms tap handler shows as logic's work (a long slice on the
// logic lane, logic busy above zero) while the counters update, Stop stops, and Save downloads
// the recording as a Chrome trace that parses, with a named track per thread.

import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSimulator, poll, type Simulator } from './simulator.ts'

const JANK = resolve(import.meta.dirname, '../../samples/jank')

describe('browser simulator: performance panel', () => {
  let sim: Simulator
  let frame: Frame
  beforeAll(async () => {
    sim = await openSimulator(JANK)
    const index = await sim.currentFrame()
    await index.locator('.scenario-heavy').click()
    const handle = await sim.page.waitForSelector(
      'iframe.mpsim-page-frame[data-current][data-route="pages/heavy/heavy"]',
    )
    frame = (await handle.contentFrame())!
    await frame.locator('.taps').waitFor()
  }, 90_000)
  afterAll(() => sim?.close(), 30_000)

  const panel = () => sim.page.locator('.mpsim-performance')
  const counter = (key: string) =>
    panel().locator(`.mpsim-perf-counter[data-counter="${key}"] .mpsim-perf-value`).innerText()

  it('opens as a tab with the counters and a Record button', async () => {
    await sim.page.locator('.mpsim-panel-tab[data-panel="performance"]').click()
    await expect(panel().isVisible()).resolves.toBe(true)
    const labels = await panel().locator('.mpsim-perf-label').allInnerTexts()
    expect(labels).toEqual([
      'Frames dropped (page on top)',
      'View long tasks',
      'Logic busy',
      'setData',
    ])
    await expect(panel().locator('.mpsim-perf-record').innerText()).resolves.toBe('Record')
  })

  it('records: the tap handler shows on the logic lane and in the counters', async () => {
    await panel().locator('.mpsim-perf-record').click()
    await expect(panel().locator('.mpsim-perf-record').innerText()).resolves.toBe('Stop')
    for (let i = 1; i <= 2; i++) {
      await frame.locator('.compute').click()
      await poll(() => frame.locator('.taps').innerText()).toBe(`taps: ${i}`)
    }
    // The 200 ms handler: one slice of about that length on logic's lane.
    const logicSlices = panel().locator('.mpsim-perf-lane[data-lane="logic"] .mpsim-perf-slice')
    await poll(async () => {
      const ms = await logicSlices.evaluateAll((els) =>
        els.map((e) => Number(e.getAttribute('data-ms'))),
      )
      return Math.max(0, ...ms)
    }).toBeGreaterThan(150)
    await poll(() => counter('logic-busy')).toMatch(/^[1-9]\d* %$/)
    expect(await counter('frames-dropped')).toMatch(/^\d+$/)
    expect(await counter('long-tasks')).toMatch(/^\d+$/)
    await poll(() => counter('set-data')).toMatch(/^(\d+ B|[\d.]+ KB)\/s$/)
    const lanes = await panel().locator('.mpsim-perf-lane-name').allInnerTexts()
    expect(lanes).toEqual(expect.arrayContaining(['host', 'logic']))
    expect(lanes.some((l) => /^view \d+ · pages\/heavy\/heavy$/.test(l))).toBe(true)
    await sim.screenshot('panels-performance')
  })

  it('stops, and saves the recording as a trace file that parses', async () => {
    await panel().locator('.mpsim-perf-record').click()
    await expect(panel().locator('.mpsim-perf-record').innerText()).resolves.toBe('Record')
    const [download] = await Promise.all([
      sim.page.waitForEvent('download'),
      panel().locator('.mpsim-perf-save').click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^mpsim-trace-.*\.json$/)
    const trace = JSON.parse(await readFile((await download.path())!, 'utf8'))
    expect(Array.isArray(trace.traceEvents)).toBe(true)
    const threads = trace.traceEvents
      .filter((e: { ph: string; name: string }) => e.ph === 'M' && e.name === 'thread_name')
      .map((e: { args: { name: string } }) => e.args.name)
    expect(threads.some((n: string) => /logic/.test(n))).toBe(true)
    expect(threads.some((n: string) => /heavy/.test(n))).toBe(true)
    const handler = trace.traceEvents.filter(
      (e: { ph: string; tid: number; dur?: number }) => e.ph === 'X' && (e.dur ?? 0) > 150_000,
    )
    expect(handler.length).toBeGreaterThanOrEqual(2)
    await poll(() => panel().locator('.mpsim-panel-status').innerText()).toMatch(
      /^saved \d+ events/,
    )
  })
})
