// Each bridge hop the host's record sees, as trace events on the host's side: an async slice
// from when the host got the message to when it handed it on (the injected delay, if any),
// with the message's size; plus setData calls and bytes per second as counters.

import type { RecordEntry } from '../../../bridge/record.ts'
import type { ThreadTraceEvent } from '../../../bridge/trace-events.ts'
import { toAbsoluteUs } from '../core/clock.ts'

export function hopEvents(entry: RecordEntry): ThreadTraceEvent[] {
  const name = `${entry.direction} ${entry.type}`
  const start = toAbsoluteUs(entry.sentAt)
  const end = toAbsoluteUs(entry.receivedAt)
  const args = {
    seq: entry.seq,
    bytes: entry.bytes,
    latencyMs: Math.round((entry.receivedAt - entry.sentAt) * 1000) / 1000,
    ...(entry.webviewId !== undefined && { webviewId: entry.webviewId }),
  }
  return [
    { name, cat: 'bridge', ph: 'b', id: entry.seq, ts: start, args },
    { name, cat: 'bridge', ph: 'e', id: entry.seq, ts: end },
  ]
}

/** setData calls and bytes in each whole second of the recording. */
export class PerSecond {
  #second: number | null = null
  #calls = 0
  #bytes = 0

  /** Adds a call at `ts` (absolute µs); returns counter events for the seconds it closed. */
  add(ts: number, bytes: number): ThreadTraceEvent[] {
    const out = this.flush(ts)
    this.#calls++
    this.#bytes += bytes
    return out
  }

  flush(now: number): ThreadTraceEvent[] {
    if (this.#second === null) this.#second = now
    if (now - this.#second < 1_000_000) return []
    const out = this.#counters(this.#second)
    this.#second = now
    this.#calls = 0
    this.#bytes = 0
    return out
  }

  #counters(ts: number): ThreadTraceEvent[] {
    return [
      {
        name: 'setData per second',
        cat: 'counter',
        ph: 'C',
        ts,
        args: { calls: this.#calls, kilobytes: Math.round(this.#bytes / 102.4) / 10 },
      },
    ]
  }
}
