// The logic thread's instruments (docs/measurement.md): a slice per message handled and per
// user function the error guard runs (lifecycles, event handlers, observers, callbacks,
// timers), the event loop's delay, and the share of each 100 ms window spent in tasks. It also
// carries the view's event id onto the setData calls an event handler makes, so the view can
// time event → DOM update.

import type { HostToLogic, LogicToHost } from '../../../bridge/protocol.ts'
import { BusyWindows } from '../core/busy-windows.ts'
import { nowUs } from '../core/clock.ts'
import { TraceRecorder } from '../core/recorder.ts'
import { messageLabel, userCallLabel } from './labels.ts'

/** How often the event-loop probe runs, and the busy-fraction window. */
export const PROBE_MS = 50
export const BUSY_WINDOW_MS = 100

declare function setTimeout(fn: () => void, ms: number): unknown
declare function clearTimeout(id: unknown): void

export class LogicInstruments {
  readonly recorder: TraceRecorder
  #depth = 0
  #cause: number | undefined
  #busy = new BusyWindows(BUSY_WINDOW_MS * 1000)
  #probe: unknown = null

  constructor(post: (message: LogicToHost) => void) {
    this.recorder = new TraceRecorder(post)
    this.recorder.onToggle((on) => (on ? this.#startProbe() : this.#stopProbe()))
  }

  get on(): boolean {
    return this.recorder.on
  }

  /** Handles a message: a `trace` command itself, any other through `handle`, timed. */
  receive(message: HostToLogic, handle: (message: HostToLogic) => void): void {
    if (this.recorder.command(message)) return
    if (!this.recorder.on) return handle(message)
    const cause = message.type === 'event' ? message.traceId : undefined
    this.#task(
      messageLabel(message),
      'logic.message',
      () => handle(message),
      {
        type: message.type,
        ...('webviewId' in message && { webviewId: message.webviewId }),
        ...(cause !== undefined && { traceId: cause }),
      },
      cause,
    )
  }

  /** A user function run by the error guard (`where`: the platform's words for it). */
  time<T>(where: string, fn: () => T): T {
    if (!this.recorder.on) return fn()
    let result: T | undefined
    this.#task(userCallLabel(where), 'logic.user', () => void (result = fn()), { where })
    return result as T
  }

  /** Every message logic sends passes here: setData gets its cause and an instant. */
  outgoing(message: LogicToHost): LogicToHost {
    if (!this.recorder.on || message.type !== 'setData') return message
    const { callId, size, webviewId, instanceId } = message
    const traceId = this.#cause
    this.recorder.instant('setData', 'logic.setData', {
      callId,
      size,
      webviewId,
      instanceId,
      ...(traceId !== undefined && { traceId }),
    })
    this.recorder.add({ name: 'setData', cat: 'flow.setData', ph: 's', id: callId, ts: nowUs() })
    return traceId === undefined ? message : { ...message, traceId }
  }

  #task(
    name: string,
    cat: string,
    run: () => void,
    args: Record<string, unknown>,
    cause?: number,
  ): void {
    const outerCause = this.#cause
    if (cause !== undefined) this.#cause = cause
    const start = nowUs()
    this.#depth++
    try {
      run()
    } finally {
      this.#depth--
      this.#cause = outerCause
      this.recorder.complete(name, cat, start, args)
      if (this.#depth === 0) this.#busyPoints(this.#busy.add(start, nowUs()))
    }
  }

  #busyPoints(points: Array<{ ts: number; fraction: number }>): void {
    for (const p of points)
      this.recorder.counter('logic busy', { percent: Math.round(p.fraction * 1000) / 10 }, p.ts)
  }

  #startProbe(): void {
    this.#busy.reset()
    let expected = nowUs() + PROBE_MS * 1000
    const tick = () => {
      const now = nowUs()
      const delayMs = Math.max(0, (now - expected) / 1000)
      this.recorder.counter('logic event loop delay', { ms: Math.round(delayMs * 10) / 10 }, now)
      this.#busyPoints(this.#busy.advance(now))
      expected = now + PROBE_MS * 1000
      this.#probe = setTimeout(tick, PROBE_MS)
      ;(this.#probe as { unref?: () => void }).unref?.()
    }
    this.#probe = setTimeout(tick, PROBE_MS)
    ;(this.#probe as { unref?: () => void }).unref?.()
  }

  #stopProbe(): void {
    clearTimeout(this.#probe)
    this.#probe = null
  }
}
