// The jank experiment's arithmetic and outputs on made-up records: frames dropped against the
// display's refresh, action-to-update latency, logic's busy share, the chart and the CLI's
// arguments.

import { describe, expect, it } from 'vitest'
import { jankChart } from '../../bench/jank/chart.ts'
import type { ExperimentRow } from '../../bench/jank/experiment.ts'
import { frameCount, refreshInterval, runMetrics } from '../../bench/jank/metrics.ts'
import type { RunRecord } from '../../bench/jank/run.ts'
import { markdownTable } from '../../bench/jank/table.ts'
import { parseBenchArgs } from '../../cli/bench.ts'

const REFRESH = 1000 / 60

/** Frames every refresh from `from` to `to`, except inside the `gaps`. */
function frames(from: number, to: number, gaps: [number, number][] = []): number[] {
  const out: number[] = []
  for (let t = from; t < to; t += REFRESH) if (!gaps.some(([a, b]) => t > a && t < b)) out.push(t)
  return out
}

function record(gaps: [number, number][]): RunRecord {
  return {
    scenario: 'heavy',
    mode: 'single-thread',
    start: 1000,
    end: 2000,
    view: {
      frames: frames(0, 2100, gaps),
      longTasks: gaps.map(([a, b]) => ({ start: a, duration: b - a, name: 'self' })),
      events: gaps.map(([a]) => a),
      updates: gaps.map(([, b]) => b),
      longTaskApi: true,
    },
    logic: { period: 5, started: 0, stopped: 2100, lags: gaps.map(([a, b]) => [a, b - a]) },
    instruments: null,
    pageErrors: [],
  }
}

describe('jank metrics', () => {
  it('measures the refresh from the frames, even when many were dropped', () => {
    expect(refreshInterval(frames(0, 1000))).toBeCloseTo(REFRESH, 3)
    const mostlyDropped = frames(0, 1000, [
      [100, 300],
      [320, 600],
      [620, 900],
    ])
    expect(refreshInterval(mostlyDropped)).toBeCloseTo(REFRESH, 3)
  })

  it('counts the frames a window expected and the ones it did not get', () => {
    expect(frameCount(frames(0, 1000), 0, 500, REFRESH)).toEqual({ expected: 30, dropped: 0 })
    const gap = frameCount(frames(0, 1000, [[100, 300]]), 0, 500, REFRESH)
    expect(gap.expected).toBe(30)
    expect(gap.dropped).toBe(12)
  })

  it('times each action to its update, and the frames dropped in between', () => {
    const m = runMetrics(
      record([
        [1100, 1300],
        [1500, 1700],
      ]),
      true,
    )
    expect(m.latencies).toEqual([200, 200])
    expect(m.busyFramesExpected).toBe(24)
    expect(m.busyFramesDropped).toBe(24)
    expect(m.framesExpected).toBe(60)
    expect(m.framesDropped).toBe(24)
    expect(m.longTasks).toBe(2)
    expect(m.longTaskMs).toBe(400)
    expect(m.logicBusy).toBeCloseTo(0.4, 5)
  })
})

describe('jank outputs', () => {
  const row = (mode: ExperimentRow['mode'], dropped: number): ExperimentRow => ({
    scenario: 'heavy',
    title: 'heavy',
    mode,
    runs: 1,
    refreshMs: REFRESH,
    framesExpected: 200,
    framesDropped: dropped,
    busyDropShare: dropped / 72,
    busyFramesExpected: 72,
    busyFramesDropped: dropped,
    longTasks: 0,
    longTaskMs: 0,
    latencyMedian: 210,
    latencyP95: 230,
    logicBusy: 0.4,
  })

  it('draws a bar per mode and writes the table', () => {
    const rows = [row('dual-thread', 2), row('single-thread', 70)]
    const svg = jankChart(rows)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg.match(/<rect [^>]*fill="#(07c160|e64340)"><title>/g)).toHaveLength(2)
    expect(svg).toContain('97 % (70/72)')
    expect(markdownTable(rows)).toContain('| heavy | single-thread | 70 of 200 | 70 of 72 (97 %) |')
  })

  it('parses mpsim bench jank arguments', () => {
    expect(
      parseBenchArgs(['jank', 'samples/jank', '--scenario', 'heavy,filter', '--runs=2']),
    ).toEqual({ project: 'samples/jank', scenarios: ['heavy', 'filter'], runs: 2 })
    expect(parseBenchArgs(['jank', 'p', '--out', 'o'])).toEqual({
      project: 'p',
      scenarios: [],
      out: 'o',
    })
    expect(parseBenchArgs(['jank'])).toBe('missing <project>')
    expect(parseBenchArgs(['speed', 'p'])).toMatch(/unknown benchmark/)
    expect(parseBenchArgs(['jank', 'p', '--runs', '0'])).toMatch(/--runs/)
  })
})
