// The instruments against known work: a tap whose handler busy-waits 120 ms shows one logic
// task of about that length. With logic in a worker the view's thread stays free meanwhile (no
// view long task during it); with logic on the view's thread (single-thread mode) the view has
// a long task over it. The tap's event → DOM update latency is recorded in both.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import {
  summarizeTrace,
  validateTrace,
  type TraceSummary,
} from '../../runtime/instruments/index.ts'
import { measurementProject } from './project.ts'

let project: Awaited<ReturnType<typeof measurementProject>>
beforeAll(async () => void (project = await measurementProject()))
afterAll(async () => project?.remove())

type Measured = TraceSummary & { mp: MiniProgram; busyMs: number }

/** Launches with recording on, taps #busy (120 ms) then #tap, and reads the trace. */
async function busyTap(mode: 'worker' | 'single-thread'): Promise<Measured> {
  const mp = await launch({ project: project.dir, mode, trace: true })
  try {
    const page = (await mp.currentPage())!
    await (await page.$('#busy'))!.tap()
    await (await page.$('#tap'))!.tap()
    // a few frame ticks after the work, so the view's frame clock saw the thread come back
    await new Promise((resolve) => setTimeout(resolve, 100))
    const file = await mp.trace()
    expect(validateTrace(file).problems).toEqual([])
    const busyMs = Number((await page.data('busyMs')) ?? NaN)
    return { ...summarizeTrace(file), mp, busyMs }
  } catch (error) {
    await mp.close()
    throw error
  }
}

const overlaps = (a: { start: number; duration: number }, b: { start: number; duration: number }) =>
  a.start < b.start + b.duration && b.start < a.start + a.duration

/** ms of `a` within `b` */
const overlap = (a: { start: number; duration: number }, b: { start: number; duration: number }) =>
  Math.min(a.start + a.duration, b.start + b.duration) - Math.max(a.start, b.start)

describe.each(['worker', 'single-thread'] as const)('%s mode', (mode) => {
  let s: Measured
  beforeAll(async () => void (s = await busyTap(mode)), 60_000)
  afterAll(async () => s?.mp.close())

  it('shows the busy handler as one logic task of about 120 ms', () => {
    const busy = s.logicCalls.filter((c) => c.name === 'pages/index/index.busy')
    expect(busy).toHaveLength(1)
    expect(busy[0]!.duration).toBeGreaterThanOrEqual(120 * 0.8)
    // ±20% of 120 ms, or of what the handler measured itself when the machine held it longer
    expect(busy[0]!.duration).toBeLessThanOrEqual(Math.max(120, s.busyMs) * 1.2)
    // inside the message that carried the tap
    const message = s.logicMessages.find((m) => m.name === 'event tap → busy')!
    expect(message.start).toBeLessThanOrEqual(busy[0]!.start)
    expect(message.args).toMatchObject({ type: 'event', webviewId: 1 })
  })

  // In Node the view's thread is this process's main thread, which also stalls for reasons of
  // its own (the host, the test runner, a loaded machine): what tells the modes apart is whether
  // the view's long tasks cover the handler's 120 ms.
  it('records the view long task only when logic shares its thread', () => {
    const busy = s.logicCalls.find((c) => c.name === 'pages/index/index.busy')!
    const blocked = s.viewLongTasks
      .filter((t) => overlaps(t, busy))
      .reduce((sum, t) => sum + overlap(t, busy), 0)
    if (mode === 'worker') expect(blocked).toBeLessThan(busy.duration / 2)
    else expect(blocked).toBeGreaterThanOrEqual(busy.duration * 0.9)
  })

  it('records tap → DOM update latency for each tap', () => {
    const taps = s.eventLatencies.filter((l) => l.name === 'view 1: tap → update')
    expect(taps.map((t) => t.args.handler)).toEqual(['busy', 'tap'])
    // the busy tap waited for its handler; the plain one did not
    expect(taps[0]!.args.latencyMs).toBeGreaterThanOrEqual(120 * 0.8)
    expect(Number(taps[1]!.args.latencyMs)).toBeLessThan(Number(taps[0]!.args.latencyMs))
  })
})
