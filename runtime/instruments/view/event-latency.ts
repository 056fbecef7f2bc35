// User event → DOM update, in a view: each event sent to logic while recording gets an id
// (`traceId`), logic puts it on the setData calls its handler makes, and when this view has
// applied such a patch the interval from the event to the updated DOM is recorded as an async
// slice `<type> → update`. Ids are kept for 10 s (an answer later than that is not a reaction).

import { nowUs } from '../core/clock.ts'
import type { TraceRecorder } from '../core/recorder.ts'

const KEEP_US = 10_000_000

interface Pending {
  startUs: number
  type: string
  handler: string
  updates: number
}

export class EventLatency {
  #next = 1
  #pending = new Map<number, Pending>()

  constructor(
    private readonly recorder: TraceRecorder,
    /** Makes ids unique in a trace across views. */
    private readonly prefix: number,
  ) {}

  /** A user event goes to logic: its id. */
  started(type: string, handler: string): number {
    const id = this.prefix * 1_000_000 + this.#next++
    const startUs = nowUs()
    this.#pending.set(id, { startUs, type, handler, updates: 0 })
    this.#forgetOld(startUs)
    return id
  }

  /** The patch of a setData caused by event `traceId` is in the DOM now. */
  applied(traceId: number, callId: number): void {
    const pending = this.#pending.get(traceId)
    if (!pending) return
    const now = nowUs()
    pending.updates++
    const latencyMs = Math.round((now - pending.startUs) / 100) / 10
    const { type, handler, updates } = pending
    this.recorder.async(
      `${type} → update`,
      'view.latency',
      `${traceId}.${updates}`,
      pending.startUs,
      now,
      {
        latencyMs,
        handler,
        traceId,
        callId,
        update: updates,
      },
    )
  }

  #forgetOld(now: number): void {
    for (const [id, p] of this.#pending) {
      if (now - p.startUs < KEEP_US) break
      this.#pending.delete(id)
    }
  }
}
