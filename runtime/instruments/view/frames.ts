// Frame times on a view's thread. In a browser the clock is requestAnimationFrame: an interval
// longer than the display's refresh means frames were dropped. jsdom paints nothing and has no
// real rAF, so a 60 Hz timer stands in: its late ticks show when the thread was too busy to
// run a frame (what a user would have seen as a freeze), not what a screen painted.
// A gap of LONG_TASK_MS or more is also reported as a long task where the Long Tasks API is
// missing (jsdom, Firefox, Safari).

import { nowUs } from '../core/clock.ts'
import type { TraceRecorder } from '../core/recorder.ts'

export const LONG_TASK_MS = 50
/** The refresh assumed until frames show the display's own (and always for the timer). */
export const DEFAULT_REFRESH_MS = 1000 / 60
/** A longer pause is a hidden or throttled frame, not jank. */
const PAUSE_MS = 1000

export type FrameClockKind = 'raf' | 'timer'

interface FrameWindow {
  requestAnimationFrame?(fn: (time: number) => void): number
  cancelAnimationFrame?(id: number): void
}

export class FrameMonitor {
  readonly clock: FrameClockKind
  frames = 0
  dropped = 0
  #refreshMs = DEFAULT_REFRESH_MS
  #samples: number[] = []
  #last = 0
  #handle: unknown = null
  #secondStart = 0
  #secondFrames = 0
  #gaps = 0

  constructor(
    private readonly win: FrameWindow | null,
    private readonly recorder: TraceRecorder,
    /** Report gaps as long tasks (no Long Tasks API here). */
    private readonly gapsAreLongTasks: boolean,
  ) {
    this.clock = typeof win?.requestAnimationFrame === 'function' ? 'raf' : 'timer'
  }

  start(): void {
    this.#last = nowUs()
    this.#secondStart = this.#last
    this.#schedule()
  }

  stop(): void {
    if (this.clock === 'raf') this.win!.cancelAnimationFrame?.(this.#handle as number)
    else clearTimeout(this.#handle as ReturnType<typeof setTimeout>)
    this.#handle = null
  }

  #schedule(): void {
    if (this.clock === 'raf') {
      this.#handle = this.win!.requestAnimationFrame!(() => this.#frame())
      return
    }
    const timer = setTimeout(() => this.#frame(), DEFAULT_REFRESH_MS)
    ;(timer as { unref?: () => void }).unref?.()
    this.#handle = timer
  }

  #frame(): void {
    const now = nowUs()
    const intervalMs = (now - this.#last) / 1000
    const start = this.#last
    this.#last = now
    this.#schedule()
    if (intervalMs > PAUSE_MS) return
    this.frames++
    this.#learnRefresh(intervalMs)
    const dropped = Math.max(0, Math.round(intervalMs / this.#refreshMs) - 1)
    if (dropped > 0) {
      this.dropped += dropped
      const args = {
        dropped,
        intervalMs: round(intervalMs),
        refreshMs: round(this.#refreshMs),
        clock: this.clock,
      }
      // async: a frame interval need not nest with the thread's tasks (rAF in a browser)
      this.recorder.async('dropped frames', 'view.frame', ++this.#gaps, start, now, args)
    }
    if (this.gapsAreLongTasks && intervalMs >= LONG_TASK_MS) {
      const args = { source: 'frame gap', durationMs: round(intervalMs) }
      this.recorder.add({
        name: 'long task',
        cat: 'view.longtask',
        ph: 'X',
        ts: start,
        dur: now - start,
        args,
      })
    }
    this.#countSecond(now)
  }

  /** The display's refresh (rAF only): the median of the first 30 intervals, so a few short
   *  ones (two callbacks close together after a late frame) or long ones do not skew it. */
  #learnRefresh(intervalMs: number): void {
    if (this.clock !== 'raf' || this.#samples.length >= 30) return
    this.#samples.push(intervalMs)
    if (this.#samples.length < 10) return
    const sorted = [...this.#samples].sort((a, b) => a - b)
    this.#refreshMs = Math.min(34, Math.max(6, sorted[sorted.length >> 1]!))
  }

  #countSecond(now: number): void {
    this.#secondFrames++
    if (now - this.#secondStart < 1_000_000) return
    const fps = (this.#secondFrames * 1_000_000) / (now - this.#secondStart)
    this.recorder.counter('view fps', { fps: round(fps) }, now)
    this.recorder.counter('view dropped frames', { total: this.dropped }, now)
    this.#secondStart = now
    this.#secondFrames = 0
  }
}

const round = (n: number) => Math.round(n * 10) / 10
