// The instruments in the browser home (Chromium): the simulator page's host collects from the
// logic Web Worker and the page iframes. The view's frames come from requestAnimationFrame and
// its long tasks from the Long Tasks API; a tap whose handler busy-waits 120 ms blocks the
// view only when logic runs on the page's thread (?mode=single-thread) and the views share it
// (&views=same: by default the frames live on another origin, in a renderer process of their
// own, and logic on the simulator page's thread cannot block them).

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  summarizeTrace,
  validateTrace,
  type TraceFile,
  type TraceSummary,
} from '../../runtime/instruments/index.ts'
import { measurementProject } from '../measurement/project.ts'
import { openSimulator, type Simulator } from './simulator.ts'

let project: Awaited<ReturnType<typeof measurementProject>>
beforeAll(async () => void (project = await measurementProject()))
afterAll(async () => project?.remove())

const overlap = (a: { start: number; duration: number }, b: { start: number; duration: number }) =>
  Math.max(0, Math.min(a.start + a.duration, b.start + b.duration) - Math.max(a.start, b.start))

describe.each(['', '?mode=single-thread&views=same'])('browser simulator%s', (query) => {
  let sim: Simulator
  let file: TraceFile
  let s: TraceSummary
  beforeAll(async () => {
    sim = await openSimulator(project.dir, query)
    await sim.page.evaluate(() => window.__mpsim!.host.trace.start())
    const frame = await sim.currentFrame()
    await frame.waitForTimeout(300) // a few frames before the work
    await frame.locator('#busy').click()
    await frame.locator('#count', { hasText: '1' }).waitFor()
    await frame.waitForTimeout(300)
    file = (await sim.page.evaluate(() => window.__mpsim!.host.trace.collect())) as TraceFile
    s = summarizeTrace(file)
  }, 90_000)
  afterAll(() => sim?.close(), 30_000)

  it('collects a valid trace from the worker and the page frames', () => {
    expect(validateTrace(file).problems).toEqual([])
    const threads = [...validateTrace(file).threads.values()]
    expect(threads).toContain(
      query ? 'logic (single-thread: on the host thread)' : 'logic (Web Worker)',
    )
    expect(threads).toContain('view 1 pages/index/index (iframe)')
    const started = file.traceEvents.find((e) => e.name === 'recording started')!
    expect(started.args).toEqual({ frameClock: 'raf', longTasks: 'longtask-api' })
  })

  it('times the handler and blocks the view only in single-thread mode', () => {
    const busy = s.logicCalls.find((c) => c.name === 'pages/index/index.busy')!
    expect(busy.duration).toBeGreaterThanOrEqual(96)
    const blocked = s.viewLongTasks.reduce((sum, t) => sum + overlap(t, busy), 0)
    if (query) {
      expect(blocked).toBeGreaterThanOrEqual(busy.duration * 0.9)
      expect(s.viewLongTasks.every((t) => t.args.source === 'longtask-api')).toBe(true)
    } else expect(blocked).toBeLessThan(busy.duration / 2)
    const latency = s.eventLatencies.find((l) => l.args.handler === 'busy')!
    expect(Number(latency.args.latencyMs)).toBeGreaterThanOrEqual(96)
  })
})
