// The experiment's runs of one mode as a Chrome trace (JSON object format: Perfetto,
// chrome://tracing), one process per scenario (its last run), each with a track for the view's thread (each frame, the gaps where frames were dropped, long tasks), one
// for logic (the times its timer fired late: it was busy) and one for the user's actions (each
// from its event to the update on screen). Built from the probes' records.

import type { RunRecord } from './run.ts'
import { refreshInterval } from './metrics.ts'

interface TraceEvent {
  name: string
  cat?: string
  ph: 'X' | 'i' | 'M'
  ts: number
  dur?: number
  pid: number
  tid: number
  s?: 't'
  args?: Record<string, unknown>
}

export interface JankTrace {
  traceEvents: TraceEvent[]
  displayTimeUnit: 'ms'
  metadata: Record<string, unknown>
}

const TRACKS = { view: 1, logic: 2, user: 3 } as const

/** The last run of each scenario in `mode`, one process each. */
export function modeTrace(records: readonly RunRecord[], mode: RunRecord['mode']): JankTrace {
  const last = new Map<string, RunRecord>()
  for (const r of records) if (r.mode === mode) last.set(r.scenario, r)
  const events = [...last.values()].flatMap((run, i) => runEvents(run, i + 1))
  return {
    traceEvents: events,
    displayTimeUnit: 'ms',
    metadata: { mode, scenarios: [...last.keys()], source: 'mpsim bench jank probes' },
  }
}

function runEvents(run: RunRecord, PID: number): TraceEvent[] {
  const origin = Math.min(run.start, ...run.view.frames.slice(0, 1))
  const us = (ms: number) => Math.round((ms - origin) * 1000)
  const span = (tid: number, cat: string, name: string, from: number, to: number, args = {}) => ({
    name,
    cat,
    ph: 'X' as const,
    ts: us(from),
    dur: Math.max(1, Math.round((to - from) * 1000)),
    pid: PID,
    tid,
    args,
  })
  const events: TraceEvent[] = [
    {
      name: 'process_name',
      ph: 'M',
      ts: 0,
      pid: PID,
      tid: 0,
      args: { name: `${run.scenario} (${run.mode})` },
    },
    ...Object.entries(TRACKS).map(([name, tid]) => ({
      name: 'thread_name',
      ph: 'M' as const,
      ts: 0,
      pid: PID,
      tid,
      args: { name: name === 'view' ? `view (${run.scenario})` : name },
    })),
  ]
  const refresh = refreshInterval(run.view.frames)
  const frames = run.view.frames.filter((t) => t >= run.start - 100 && t <= run.end + 100)
  for (const [i, t] of frames.entries()) {
    events.push({
      name: 'frame',
      cat: 'view.frame',
      ph: 'i',
      s: 't',
      ts: us(t),
      pid: PID,
      tid: TRACKS.view,
    })
    const next = frames[i + 1]
    if (next !== undefined && next - t > refresh * 1.5)
      events.push(
        span(TRACKS.view, 'view.jank', 'dropped frames', t, next, {
          dropped: Math.round((next - t) / refresh) - 1,
        }),
      )
  }
  for (const task of run.view.longTasks)
    events.push(
      span(TRACKS.view, 'view.longtask', 'long task', task.start, task.start + task.duration, {
        attribution: task.name,
      }),
    )
  for (const [at, lag] of run.logic?.lags ?? [])
    events.push(span(TRACKS.logic, 'logic.busy', 'busy (timer late)', at, at + lag))
  for (const [i, event] of run.view.events.entries()) {
    const update = run.view.updates[i]
    if (update !== undefined)
      events.push(span(TRACKS.user, 'user', 'action → update', event, update))
  }
  return events
}
