// Puts every thread's events on its track and writes the trace file: one process, one thread
// track for the host, one for logic and one per view, named by metadata events, with times
// rebased to the recording's start (µs). Opens in Perfetto (ui.perfetto.dev) and
// chrome://tracing.

import type { ThreadTraceEvent, TraceEvent, TraceFile } from '../../../bridge/trace-events.ts'

export const PID = 1
export const HOST_TID = 1
export const LOGIC_TID = 2
/** A view's track: VIEW_TID_BASE + webviewId. */
export const VIEW_TID_BASE = 100

/** Where events came from: the host itself, logic, or the view of a webview. */
export type TraceSource = 'host' | 'logic' | number

export interface CollectorInfo {
  /** `worker` (dual-thread) or `single-thread`. */
  mode: string
  /** `node` (headless) or `browser`. */
  home: string
}

export function tidOf(source: TraceSource): number {
  return source === 'host' ? HOST_TID : source === 'logic' ? LOGIC_TID : VIEW_TID_BASE + source
}

export class TraceCollector {
  /** Absolute µs the recording started at (ts 0 of the file). */
  startUs: number
  #events: TraceEvent[] = []
  #routes = new Map<number, string>()
  #sources = new Set<TraceSource>(['host', 'logic'])

  constructor(
    readonly info: CollectorInfo,
    startUs: number,
  ) {
    this.startUs = startUs
  }

  nameView(webviewId: number, route: string): void {
    this.#routes.set(webviewId, route)
    this.#sources.add(webviewId)
  }

  add(source: TraceSource, events: readonly ThreadTraceEvent[]): void {
    this.#sources.add(source)
    const tid = tidOf(source)
    // async slices are per process in the format: a view's get its name and a unique id
    const view = typeof source === 'number'
    for (const e of events) {
      if (view && (e.ph === 'b' || e.ph === 'e'))
        this.#events.push({
          ...e,
          name: `view ${source}: ${e.name}`,
          id: `${source}:${String(e.id)}`,
          pid: PID,
          tid,
        })
      else this.#events.push({ ...e, pid: PID, tid })
    }
  }

  clear(startUs: number): void {
    this.#events = []
    this.startUs = startUs
  }

  /** The trace file: metadata first, then events in time order, rebased to the start. */
  build(metadata: Record<string, unknown> = {}): TraceFile {
    const start = this.startUs
    const events = this.#events
      .map((e) => ({
        ...e,
        ts: round(e.ts - start),
        ...(e.dur !== undefined && { dur: round(e.dur) }),
      }))
      .sort((a, b) => a.ts - b.ts)
    return {
      traceEvents: [...this.#metadata(), ...events],
      displayTimeUnit: 'ms',
      metadata: { 'mpsim-mode': this.info.mode, 'mpsim-home': this.info.home, ...metadata },
    }
  }

  #metadata(): TraceEvent[] {
    const { mode, home } = this.info
    const threadMode = mode === 'single-thread' ? 'single-thread' : 'dual-thread'
    const meta: TraceEvent[] = [
      metaEvent('process_name', 0, { name: `mpsim (${threadMode}, ${home})` }),
    ]
    for (const source of this.#sources) {
      const tid = tidOf(source)
      meta.push(metaEvent('thread_name', tid, { name: this.#threadName(source) }))
      meta.push(metaEvent('thread_sort_index', tid, { sort_index: tid }))
    }
    return meta
  }

  /** Says which real thread each track ran on: in Node views share the host's thread, and in
   *  single-thread mode so does logic. */
  #threadName(source: TraceSource): string {
    const { mode, home } = this.info
    const single = mode === 'single-thread'
    if (source === 'host') return home === 'node' ? 'host (main thread)' : 'host (simulator page)'
    if (source === 'logic')
      return single
        ? 'logic (single-thread: on the host thread)'
        : `logic (${home === 'node' ? 'worker_threads Worker' : 'Web Worker'})`
    const route = this.#routes.get(source) ?? ''
    return `view ${source} ${route} (${home === 'node' ? 'jsdom, main thread' : 'iframe'})`.replace(
      '  ',
      ' ',
    )
  }
}

function metaEvent(name: string, tid: number, args: Record<string, unknown>): TraceEvent {
  return { name, ph: 'M', ts: 0, pid: PID, tid, args }
}

const round = (us: number) => Math.round(us * 1000) / 1000
