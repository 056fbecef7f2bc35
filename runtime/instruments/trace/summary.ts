// Reading a recording back: the numbers the instruments stand for, per track, from a trace
// file (what `mp.trace()` returns or `mpsim trace` wrote). Times are ms from the recording's
// start. Tests and the jank benchmark read traces through this.

import type { TraceEvent, TraceFile } from '../../../bridge/trace-events.ts'
import { LOGIC_TID, VIEW_TID_BASE } from './collector.ts'

export interface Slice {
  name: string
  /** ms from the start */
  start: number
  /** ms */
  duration: number
  args: Record<string, unknown>
}

export interface ViewSlice extends Slice {
  webviewId: number
}

export interface TraceSummary {
  /** Logic's message handlers (`logic.message`) and user calls (`logic.user`), in order. */
  logicMessages: Slice[]
  logicCalls: Slice[]
  /** `logic busy` counter: percent of each 100 ms window. */
  logicBusy: Array<{ at: number; percent: number }>
  /** `logic event loop delay` counter. */
  eventLoopDelay: Array<{ at: number; ms: number }>
  viewLongTasks: ViewSlice[]
  /** Frame intervals that dropped frames (`args.dropped` frames each). */
  droppedFrames: ViewSlice[]
  /** User event → DOM update (`args.latencyMs`, `args.handler`). */
  eventLatencies: ViewSlice[]
  /** View message handlers (`view.message`). */
  viewMessages: ViewSlice[]
}

export function summarizeTrace(file: TraceFile): TraceSummary {
  const events = file.traceEvents
  const ms = (us: number) => us / 1000
  const slice = (e: TraceEvent): Slice => ({
    name: e.name,
    start: ms(e.ts),
    duration: ms(e.dur ?? 0),
    args: e.args ?? {},
  })
  const viewSlice = (e: TraceEvent): ViewSlice => ({
    ...slice(e),
    webviewId: e.tid - VIEW_TID_BASE,
  })
  const x = (cat: string, tid?: (t: number) => boolean) =>
    events.filter((e) => e.ph === 'X' && e.cat === cat && (!tid || tid(e.tid)))
  const isView = (tid: number) => tid >= VIEW_TID_BASE
  return {
    logicMessages: x('logic.message', (t) => t === LOGIC_TID).map(slice),
    logicCalls: x('logic.user', (t) => t === LOGIC_TID).map(slice),
    logicBusy: counter(events, 'logic busy', 'percent').map(([at, percent]) => ({ at, percent })),
    eventLoopDelay: counter(events, 'logic event loop delay', 'ms').map(([at, v]) => ({
      at,
      ms: v,
    })),
    viewLongTasks: x('view.longtask', isView).map(viewSlice),
    droppedFrames: asyncSlices(events, 'view.frame').map(viewSlice),
    eventLatencies: asyncSlices(events, 'view.latency').map(viewSlice),
    viewMessages: x('view.message', isView).map(viewSlice),
  }
}

/** Frames dropped (by every view, or one) in intervals that overlap [from, to] ms. */
export function droppedFramesIn(
  summary: TraceSummary,
  from: number,
  to: number,
  webviewId?: number,
): number {
  return summary.droppedFrames
    .filter(
      (f) =>
        (webviewId === undefined || f.webviewId === webviewId) &&
        f.start < to &&
        f.start + f.duration > from,
    )
    .reduce((sum, f) => sum + Number(f.args.dropped ?? 0), 0)
}

/** Mean of logic's busy percent over the windows in [from, to] ms (all when not given). */
export function logicBusyPercent(summary: TraceSummary, from = -Infinity, to = Infinity): number {
  const points = summary.logicBusy.filter((p) => p.at >= from && p.at < to)
  return points.length ? points.reduce((s, p) => s + p.percent, 0) / points.length : 0
}

function counter(events: TraceEvent[], name: string, key: string): Array<[number, number]> {
  return events
    .filter((e) => e.ph === 'C' && e.name === name)
    .map((e) => [e.ts / 1000, Number(e.args?.[key])])
}

/** Async begin/end pairs of a category, joined into complete events. */
function asyncSlices(events: TraceEvent[], cat: string): TraceEvent[] {
  const open = new Map<string, TraceEvent>()
  const out: TraceEvent[] = []
  for (const e of events) {
    if (e.cat !== cat || (e.ph !== 'b' && e.ph !== 'e')) continue
    const key = `${e.name}|${String(e.id)}`
    if (e.ph === 'b') open.set(key, e)
    else {
      const begin = open.get(key)
      if (!begin) continue
      open.delete(key)
      out.push({ ...begin, ph: 'X', dur: e.ts - begin.ts })
    }
  }
  return out.sort((a, b) => a.ts - b.ts)
}
