// Chrome trace events (the JSON object format that Perfetto and chrome://tracing open), as the
// threads record them and the host writes them. Types only: every party imports them.
// Format: https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU

/** Event phases mpsim writes: complete (X), begin/end (B/E), instant (i), counter (C), async
 *  begin/end (b/e), flow start/end (s/f) and metadata (M). */
export type TracePhase = 'X' | 'B' | 'E' | 'i' | 'C' | 'b' | 'e' | 's' | 'f' | 'M'

export interface TraceEvent {
  name: string
  /** Categories, comma separated (mpsim: `logic.message`, `view.longtask`, `bridge`…). */
  cat?: string
  ph: TracePhase
  /** Microseconds from the recording's start. */
  ts: number
  /** Duration in µs (X only). */
  dur?: number
  pid: number
  tid: number
  /** Async and flow events are matched by (cat, name, id). */
  id?: string | number
  /** Instant event scope: thread, process or global. */
  s?: 't' | 'p' | 'g'
  /** Flow end binds to the enclosing slice. */
  bp?: 'e'
  args?: Record<string, unknown>
}

/**
 * What a thread records before the host puts it on a track: no pid/tid, and `ts` in absolute
 * µs (`(performance.timeOrigin + performance.now()) * 1000`), so events of threads with
 * different time origins (a worker, an iframe) line up once the host rebases them.
 */
export type ThreadTraceEvent = Omit<TraceEvent, 'pid' | 'tid'>

/** A whole recording: what `mp.trace()` returns and `mpsim trace` writes. */
export interface TraceFile {
  traceEvents: TraceEvent[]
  displayTimeUnit: 'ms' | 'ns'
  /** mpsim's notes on the recording (mode, home, tracks, setData warnings). */
  metadata?: Record<string, unknown>
}

/** The host → thread command that drives a thread's instruments (docs/measurement.md). */
export interface TraceCommand {
  type: 'trace'
  /** start/stop recording; flush: send what was recorded so far now. */
  action: 'start' | 'stop' | 'flush'
  /** Echoed by the `traceEvents` answer to a flush. */
  flushId?: number
}

/** A thread → host batch of recorded events (sent every ~500 ms while recording, and on flush). */
export interface TraceBatch {
  type: 'traceEvents'
  events: ThreadTraceEvent[]
  flushId?: number
}
