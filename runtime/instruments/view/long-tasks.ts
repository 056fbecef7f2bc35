// Long tasks on a view's thread from the Long Tasks API, where the browser has it (Chromium).
// Entries come in the frame's time base; they are turned into absolute µs like every event.

import type { TraceRecorder } from '../core/recorder.ts'

interface LongTaskWindow {
  PerformanceObserver?: {
    new (callback: (list: { getEntries(): LongTaskEntry[] }) => void): {
      observe(options: { type: string; buffered?: boolean }): void
      disconnect(): void
    }
    supportedEntryTypes?: readonly string[]
  }
  performance?: { timeOrigin: number }
}

interface LongTaskEntry {
  startTime: number
  duration: number
  name: string
  attribution?: Array<{ containerType?: string; containerName?: string; containerSrc?: string }>
}

/** Observes long tasks in `win`; null where the API is missing. */
export function observeLongTasks(
  win: LongTaskWindow | null,
  recorder: TraceRecorder,
): { disconnect(): void } | null {
  const Observer = win?.PerformanceObserver
  if (!Observer || !Observer.supportedEntryTypes?.includes('longtask') || !win.performance)
    return null
  const origin = win.performance.timeOrigin
  const observer = new Observer((list) => {
    for (const entry of list.getEntries()) {
      recorder.add({
        name: 'long task',
        cat: 'view.longtask',
        ph: 'X',
        ts: (origin + entry.startTime) * 1000,
        dur: entry.duration * 1000,
        args: {
          source: 'longtask-api',
          durationMs: Math.round(entry.duration * 10) / 10,
          culprit: entry.name,
          container: entry.attribution?.[0]?.containerType,
        },
      })
    }
  })
  observer.observe({ type: 'longtask' })
  return observer
}

/** Whether `win` has the Long Tasks API. */
export function hasLongTaskApi(win: LongTaskWindow | null): boolean {
  return !!win?.PerformanceObserver?.supportedEntryTypes?.includes('longtask')
}
