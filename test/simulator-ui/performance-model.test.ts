// The performance panel's model on made-up trace batches: the counters (dropped frames of the
// page on top only, view long tasks, logic busy over the last second, setData bytes in the last
// second) and the lanes' slices (complete events, async begin/end pairs; bridge hops left out).

import { describe, expect, it } from 'vitest'
import { PerformanceModel } from '../../devserver/client/ui/panels/performance-model.ts'

const S = 1_000_000

describe('performance panel model', () => {
  it('counts frames dropped per view, long tasks, logic busy and setData bytes per second', () => {
    const m = new PerformanceModel()
    m.add(2, [
      {
        name: 'dropped frames',
        cat: 'view.frame',
        ph: 'b',
        id: 1,
        ts: 1 * S,
        args: { dropped: 5 },
      },
      { name: 'dropped frames', cat: 'view.frame', ph: 'e', id: 1, ts: 1.1 * S },
      { name: 'long task', cat: 'view.longtask', ph: 'X', ts: 1 * S, dur: 80_000 },
    ])
    m.add(1, [
      {
        name: 'dropped frames',
        cat: 'view.frame',
        ph: 'b',
        id: 1,
        ts: 1 * S,
        args: { dropped: 40 },
      },
    ])
    m.add('logic', [
      { name: 'logic busy', cat: 'counter', ph: 'C', ts: 0.5 * S, args: { percent: 100 } },
      { name: 'logic busy', cat: 'counter', ph: 'C', ts: 1.5 * S, args: { percent: 20 } },
      { name: 'logic busy', cat: 'counter', ph: 'C', ts: 1.6 * S, args: { percent: 40 } },
      { name: 'setData', cat: 'logic.setData', ph: 'i', ts: 0.2 * S, args: { size: 999 } },
      { name: 'setData', cat: 'logic.setData', ph: 'i', ts: 1.5 * S, args: { size: 300 } },
      { name: 'setData', cat: 'logic.setData', ph: 'i', ts: 1.7 * S, args: { size: 200 } },
    ])
    expect(m.counters(2 * S, 2)).toEqual({
      framesDropped: 5,
      longTasks: 1,
      logicBusyPercent: 30,
      setDataBytesPerSecond: 500,
      setDataCalls: 3,
    })
    expect(m.counters(2 * S, 1).framesDropped).toBe(40)
    m.clear()
    expect(m.counters(2 * S, 2)).toMatchObject({ framesDropped: 0, longTasks: 0, setDataCalls: 0 })
  })

  it('keeps slices per thread for the timeline', () => {
    const m = new PerformanceModel()
    m.add('logic', [
      { name: 'event compute', cat: 'logic.message', ph: 'X', ts: 1 * S, dur: 200_000 },
      { name: 'old', cat: 'logic.message', ph: 'X', ts: 0, dur: 1000 },
    ])
    m.add(2, [
      { name: 'dropped frames', cat: 'view.frame', ph: 'b', id: 7, ts: 1 * S },
      { name: 'dropped frames', cat: 'view.frame', ph: 'e', id: 7, ts: 1.2 * S },
    ])
    m.add('host', [
      { name: 'setData', cat: 'bridge', ph: 'b', id: 3, ts: 1 * S },
      { name: 'setData', cat: 'bridge', ph: 'e', id: 3, ts: 1.001 * S },
    ])
    const lanes = m.lanes(0.5 * S, 2 * S)
    expect(lanes.get('logic')).toEqual([
      { name: 'event compute', cat: 'logic.message', start: S, end: 1.2 * S, bad: false },
    ])
    expect(lanes.get(2)).toEqual([
      { name: 'dropped frames', cat: 'view.frame', start: S, end: 1.2 * S, bad: true },
    ])
    expect(lanes.get('host')).toEqual([])
  })
})
