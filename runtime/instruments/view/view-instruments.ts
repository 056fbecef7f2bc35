// A view's instruments (docs/measurement.md): a slice per message the view handles, frame
// times, long tasks (the Long Tasks API where the browser has it; else the same 50 ms threshold
// by hand: the view's own handlers and frame gaps) and user event → DOM update latency.
// Off until the host sends `trace` start; while off each hook is one property read.

import type { HostToView, ViewToHost } from '../../../bridge/protocol.ts'
import { nowUs } from '../core/clock.ts'
import { TraceRecorder } from '../core/recorder.ts'
import { EventLatency } from './event-latency.ts'
import { FrameMonitor, LONG_TASK_MS } from './frames.ts'
import { hasLongTaskApi, observeLongTasks } from './long-tasks.ts'

export class ViewInstruments {
  readonly recorder: TraceRecorder
  readonly latency: EventLatency
  #frames: FrameMonitor | null = null
  #longTasks: { disconnect(): void } | null = null

  constructor(
    post: (message: ViewToHost) => void,
    /** The view's window (rAF, PerformanceObserver), when it has one. */
    private readonly win: (Window & typeof globalThis) | null,
  ) {
    this.recorder = new TraceRecorder(post)
    // ids unique across the views of a trace without knowing the webview id yet
    this.latency = new EventLatency(this.recorder, 1 + Math.floor(Math.random() * 999_999))
    this.recorder.onToggle((on) => (on ? this.#start() : this.#stop()))
  }

  get on(): boolean {
    return this.recorder.on
  }

  /** Handles a message: a `trace` command itself, any other through `handle`, timed. */
  receive(message: HostToView, handle: (message: HostToView) => void): void {
    if (this.recorder.command(message)) return
    if (!this.recorder.on) return handle(message)
    const start = nowUs()
    try {
      handle(message)
    } finally {
      this.#handled(message, start)
    }
  }

  /** A user event leaves for logic: its id, while recording. */
  eventSent(type: string, handler: string): number | undefined {
    return this.recorder.on ? this.latency.started(type, handler) : undefined
  }

  #handled(message: HostToView, start: number): void {
    const args: Record<string, unknown> = { type: message.type }
    if (message.type === 'setData') {
      args.callId = message.callId
      args.instanceId = message.instanceId
      this.recorder.add({
        name: 'setData',
        cat: 'flow.setData',
        ph: 'f',
        bp: 'e',
        id: message.callId,
        ts: start,
      })
      if (message.traceId !== undefined) this.latency.applied(message.traceId, message.callId)
    }
    const durUs = this.recorder.complete(message.type, 'view.message', start, args)
    if (!this.#longTasks && durUs >= LONG_TASK_MS * 1000) {
      const task = {
        source: 'view handler',
        durationMs: Math.round(durUs / 100) / 10,
        message: message.type,
      }
      this.recorder.add({
        name: 'long task',
        cat: 'view.longtask',
        ph: 'X',
        ts: start,
        dur: durUs,
        args: task,
      })
    }
  }

  #start(): void {
    this.#longTasks = observeLongTasks(this.win, this.recorder)
    this.#frames = new FrameMonitor(this.win, this.recorder, !hasLongTaskApi(this.win))
    this.#frames.start()
    this.recorder.instant('recording started', 'view', {
      frameClock: this.#frames.clock,
      longTasks: this.#longTasks ? 'longtask-api' : 'by hand (frame gaps, view handlers)',
    })
  }

  #stop(): void {
    this.#frames?.stop()
    this.#longTasks?.disconnect()
    this.#frames = null
    this.#longTasks = null
  }
}
