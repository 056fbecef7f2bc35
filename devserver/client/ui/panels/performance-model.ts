// What the performance panel shows, kept from the trace events the threads send while a
// recording runs (runtime/instruments, docs/measurement.md): the counters (frames dropped,
// view long tasks, logic busy share, setData bytes per second) and, per thread, the slices of
// the last seconds for the timeline. Times are absolute µs, as the threads record them.

import type { PerformanceSource, TraceEventIn } from '../session.ts'

/** A slice on a thread's lane. */
export interface Slice {
  name: string
  cat: string
  start: number
  end: number
  /** Drawn as trouble: a long task, dropped frames. */
  bad: boolean
}

export interface PerformanceCounters {
  /** In the view of the page on top (pages underneath are not on screen). */
  framesDropped: number
  longTasks: number
  /** Logic's busy share of the last second (0…100), undefined before logic reported one. */
  logicBusyPercent: number | undefined
  /** Bytes of setData logic sent in the last second. */
  setDataBytesPerSecond: number
  setDataCalls: number
}

/** How long slices are kept for the timeline. */
export const KEEP_US = 10_000_000
const SECOND_US = 1_000_000

export class PerformanceModel {
  #framesDropped = new Map<PerformanceSource, number>()
  #longTasks = 0
  #busy: { ts: number; percent: number }[] = []
  #setData: { ts: number; bytes: number }[] = []
  #setDataCalls = 0
  #lanes = new Map<PerformanceSource, Slice[]>()
  /** Open async slices ('b' without its 'e' yet), by source, cat, name and id. */
  #open = new Map<string, TraceEventIn>()

  add(source: PerformanceSource, events: readonly TraceEventIn[]): void {
    for (const e of events) this.#one(source, e)
  }

  /** The counters now; frames dropped are those of `shownView` (the page on top). */
  counters(nowUs: number, shownView?: number): PerformanceCounters {
    const recent = <T extends { ts: number }>(list: T[]) =>
      list.filter((p) => p.ts >= nowUs - SECOND_US)
    const busy = recent(this.#busy)
    const busyPercent = busy.length
      ? busy.reduce((sum, p) => sum + p.percent, 0) / busy.length
      : this.#busy.at(-1)?.percent
    return {
      framesDropped: shownView === undefined ? 0 : (this.#framesDropped.get(shownView) ?? 0),
      longTasks: this.#longTasks,
      logicBusyPercent: busyPercent,
      setDataBytesPerSecond: recent(this.#setData).reduce((sum, p) => sum + p.bytes, 0),
      setDataCalls: this.#setDataCalls,
    }
  }

  /** Each thread's slices that overlap [from, to] (µs). */
  lanes(from: number, to: number): Map<PerformanceSource, Slice[]> {
    const out = new Map<PerformanceSource, Slice[]>()
    for (const [source, slices] of this.#lanes)
      out.set(
        source,
        slices.filter((s) => s.end >= from && s.start <= to),
      )
    return out
  }

  /** Forgets everything (a new recording). */
  clear(): void {
    this.#framesDropped.clear()
    this.#longTasks = 0
    this.#busy = []
    this.#setData = []
    this.#setDataCalls = 0
    this.#lanes.clear()
    this.#open.clear()
  }

  #one(source: PerformanceSource, e: TraceEventIn): void {
    if (!this.#lanes.has(source)) this.#lanes.set(source, [])
    if (e.cat === 'view.longtask' && e.ph === 'X') this.#longTasks++
    if (e.name === 'logic busy' && e.ph === 'C')
      this.#busy = [...this.#busy.slice(-50), { ts: e.ts, percent: num(e.args?.percent) }]
    if (e.cat === 'logic.setData' && e.ph === 'i') {
      this.#setDataCalls++
      this.#setData = [...this.#setData.slice(-500), { ts: e.ts, bytes: num(e.args?.size) }]
    }
    if (e.ph === 'X') this.#slice(source, e.name, e.cat ?? '', e.ts, e.ts + (e.dur ?? 0))
    if (e.ph === 'b') {
      this.#open.set(asyncKey(source, e), e)
      if (e.name === 'dropped frames')
        this.#framesDropped.set(
          source,
          (this.#framesDropped.get(source) ?? 0) + num(e.args?.dropped),
        )
    }
    if (e.ph === 'e') {
      const begin = this.#open.get(asyncKey(source, e))
      if (!begin) return
      this.#open.delete(asyncKey(source, e))
      this.#slice(source, begin.name, begin.cat ?? '', begin.ts, e.ts)
    }
  }

  #slice(source: PerformanceSource, name: string, cat: string, start: number, end: number): void {
    // bridge hops are drawn by the bridge panel; the timeline shows threads' work
    if (cat === 'bridge') return
    const lane = this.#lanes.get(source)!
    const bad = cat === 'view.longtask' || name === 'dropped frames'
    lane.push({ name, cat, start, end, bad })
    const cut = end - KEEP_US
    if (lane.length > 2000 || (lane[0] && lane[0].end < cut)) {
      const keep = lane.filter((s) => s.end >= cut).slice(-2000)
      this.#lanes.set(source, keep)
    }
  }
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
const asyncKey = (source: PerformanceSource, e: TraceEventIn) =>
  `${String(source)}|${e.cat ?? ''}|${e.name}|${String(e.id)}`
