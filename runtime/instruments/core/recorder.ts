// A thread's buffer of trace events. Off by default: every instrument checks `on` first, so a
// thread that is not recording pays one property read per hook. While on, the buffer is sent
// to the host in batches (`traceEvents`), every FLUSH_MS and whenever the host asks.

import type { ThreadTraceEvent, TraceBatch, TraceCommand } from '../../../bridge/trace-events.ts'
import { nowUs } from './clock.ts'

export const FLUSH_MS = 500

type Post = (batch: TraceBatch) => void
type Args = Record<string, unknown>

export class TraceRecorder {
  on = false
  #events: ThreadTraceEvent[] = []
  #timer: unknown = null
  #listeners = new Set<(on: boolean) => void>()

  constructor(private readonly post: Post) {}

  /** Handles the host's `trace` command; returns true when it was one. */
  command(message: { type: string }): message is TraceCommand {
    if (message.type !== 'trace') return false
    const { action, flushId } = message as TraceCommand
    if (action === 'start') this.start()
    else if (action === 'stop') this.stop()
    else this.flush(flushId)
    return true
  }

  start(): void {
    if (this.on) return
    this.on = true
    this.#timer = setInterval(() => this.#events.length && this.flush(), FLUSH_MS)
    ;(this.#timer as { unref?: () => void }).unref?.()
    for (const listener of this.#listeners) listener(true)
  }

  stop(): void {
    if (!this.on) return
    this.#halt()
    this.flush()
  }

  /** Calls `listener(on)` when recording starts or stops (instruments start their probes). */
  onToggle(listener: (on: boolean) => void): void {
    this.#listeners.add(listener)
  }

  flush(flushId?: number): void {
    const events = this.#events
    this.#events = []
    try {
      this.post(
        flushId === undefined
          ? { type: 'traceEvents', events }
          : { type: 'traceEvents', events, flushId },
      )
    } catch {
      this.#halt() // the channel closed (the page was unloaded): nothing to send to any more
    }
  }

  #halt(): void {
    this.on = false
    clearInterval(this.#timer as never)
    for (const listener of this.#listeners) listener(false)
  }

  add(event: ThreadTraceEvent): void {
    if (this.on) this.#events.push(event)
  }

  /** A slice that ran from `startUs` until now. */
  complete(name: string, cat: string, startUs: number, args?: Args): number {
    const end = nowUs()
    this.add({ name, cat, ph: 'X', ts: startUs, dur: end - startUs, ...(args && { args }) })
    return end - startUs
  }

  instant(name: string, cat: string, args?: Args, ts = nowUs()): void {
    this.add({ name, cat, ph: 'i', s: 't', ts, ...(args && { args }) })
  }

  counter(name: string, values: Record<string, number>, ts = nowUs()): void {
    this.add({ name, cat: 'counter', ph: 'C', ts, args: values })
  }

  /** An interval that overlaps other work (an async slice on its own track). */
  async(
    name: string,
    cat: string,
    id: number | string,
    startUs: number,
    endUs: number,
    args?: Args,
  ): void {
    this.add({ name, cat, ph: 'b', id, ts: startUs, ...(args && { args }) })
    this.add({ name, cat, ph: 'e', id, ts: endUs })
  }
}

/** Declared here for the logic thread (lib ES2022 has no timers). */
declare function setInterval(fn: () => void, ms: number): unknown
declare function clearInterval(id: unknown): void
