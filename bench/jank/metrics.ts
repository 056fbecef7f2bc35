// What one run's records mean for the user: frames the view failed to show (against the
// display's refresh), the view's long tasks, the time from each action to the update it caused,
// and how busy logic was. Frames are counted over the whole user part and over the "busy
// windows" alone (each action until its update), where a heavy handler does its work.

import type { RunRecord } from './run.ts'

export interface RunMetrics {
  scenario: string
  mode: RunRecord['mode']
  /** The display's refresh interval, from the gaps between frames (ms). */
  refreshMs: number
  durationMs: number
  framesExpected: number
  framesDropped: number
  /** Frames expected and dropped between each action and its update (0 when none is timed). */
  busyFramesExpected: number
  busyFramesDropped: number
  longTasks: number
  longTaskMs: number
  /** Action → update (ms), one per action; empty when the scenario times none. */
  latencies: number[]
  /** Share of the run logic's thread was late to its timer (0…1), or undefined. */
  logicBusy: number | undefined
}

/** 60 Hz, when too few frames were seen to tell. */
const DEFAULT_REFRESH_MS = 1000 / 60

export function runMetrics(run: RunRecord, timesActions: boolean): RunMetrics {
  const { start, end, view } = run
  const refreshMs = refreshInterval(view.frames)
  const whole = frameCount(view.frames, start, end, refreshMs)
  const latencies: number[] = []
  let busyExpected = 0
  let busyDropped = 0
  if (timesActions) {
    for (const [i, event] of view.events.entries()) {
      const update = view.updates[i]
      if (update === undefined || event < start || event > end) continue
      latencies.push(update - event)
      const busy = frameCount(view.frames, event, update, refreshMs)
      busyExpected += busy.expected
      busyDropped += busy.dropped
    }
  }
  const tasks = view.longTasks.filter((t) => t.start + t.duration > start && t.start < end)
  return {
    scenario: run.scenario,
    mode: run.mode,
    refreshMs,
    durationMs: end - start,
    framesExpected: whole.expected,
    framesDropped: whole.dropped,
    busyFramesExpected: busyExpected,
    busyFramesDropped: busyDropped,
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((sum, t) => sum + t.duration, 0),
    latencies,
    logicBusy: logicBusyShare(run, start, end),
  }
}

/** The display's refresh interval: a low percentile of the gaps between frames, so a run that
 *  dropped most of its frames (median gap 33 or 67 ms) still measures the display, not itself. */
export function refreshInterval(frames: readonly number[]): number {
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!)
  if (gaps.length < 10) return DEFAULT_REFRESH_MS
  return percentile(gaps, 0.1)
}

/** Frames the display would show in [from, to] and how many of them the view did not. */
export function frameCount(
  frames: readonly number[],
  from: number,
  to: number,
  refreshMs: number,
): { expected: number; dropped: number } {
  const expected = Math.floor((to - from) / refreshMs + 1e-9)
  const shown = frames.filter((t) => t >= from && t < to).length
  return { expected, dropped: Math.max(0, expected - shown) }
}

function logicBusyShare(run: RunRecord, start: number, end: number): number | undefined {
  const logic = run.logic
  if (!logic || end <= start) return undefined
  let busy = 0
  for (const [at, lag] of logic.lags) {
    const from = Math.max(at, start)
    const to = Math.min(at + lag, end)
    if (to > from) busy += to - from
  }
  return busy / (end - start)
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5)
}

/** Nearest-rank percentile (p in 0…1) of `values`; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  return sorted[rank]!
}
