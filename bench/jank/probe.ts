// The jank experiment's probes, run inside the browser (serialised by browserCall, so each
// function is self-contained). In the view frame: every animation frame's time, the long tasks
// the browser reports, the user's events on the scenario's control and the moments its counter
// changed on screen. In logic: the event loop's lag, a lower bound of how busy the thread was.
// All times are epoch milliseconds (timeOrigin + now), so the two threads line up in a trace.

export interface ViewProbeOptions {
  /** Events counted as the user's actions (`click`, `input`). */
  eventType: string
  /** Only events inside this element count. */
  eventSelector: string
  /** The element whose first number counts the updates the app made (`taps: 3`). */
  counterSelector: string
}

export interface ViewRecord {
  /** Animation frame times (rAF callbacks' timestamps). */
  frames: number[]
  longTasks: { start: number; duration: number; name: string }[]
  /** The user's events on the control, in order (their `timeStamp`). */
  events: number[]
  /** `updates[k]`: when the counter first showed k + 1 (or more). */
  updates: number[]
  /** Whether the browser reports long tasks (else the view's long tasks are rAF gaps). */
  longTaskApi: boolean
}

/** Starts recording in the view frame; `readViewProbe` reads what it has so far. */
export function installViewProbe(options: ViewProbeOptions): boolean {
  const origin = performance.timeOrigin
  const record: ViewRecord = {
    frames: [],
    longTasks: [],
    events: [],
    updates: [],
    longTaskApi: false,
  }
  ;(window as any).__jankProbe = record
  const onFrame = (t: number) => {
    record.frames.push(origin + t)
    requestAnimationFrame(onFrame)
  }
  requestAnimationFrame(onFrame)
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    record.longTaskApi = true
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        record.longTasks.push({ start: origin + e.startTime, duration: e.duration, name: e.name })
    }).observe({ type: 'longtask' })
  }
  document.addEventListener(
    options.eventType,
    (event) => {
      const target = event.target as Element | null
      if (target?.closest?.(options.eventSelector)) record.events.push(origin + event.timeStamp)
    },
    true,
  )
  const counter = () => {
    const text = document.querySelector(options.counterSelector)?.textContent ?? ''
    return Number(/\d+/.exec(text)?.[0] ?? 0)
  }
  const base = counter()
  new MutationObserver(() => {
    const now = origin + performance.now()
    while (record.updates.length < counter() - base) record.updates.push(now)
  }).observe(document.body, { subtree: true, childList: true, characterData: true })
  return true
}

export function readViewProbe(): ViewRecord | null {
  return ((window as any).__jankProbe as ViewRecord | undefined) ?? null
}

/** The view frame's clock now (epoch ms), to mark the start and end of a run. */
export function viewNow(): number {
  return performance.timeOrigin + performance.now()
}

/**
 * Code for `host.evaluate`: runs in logic (the Worker, or the page's thread in single-thread
 * mode). A timer every `period` ms notes how late it fired: a lateness of more than the
 * threshold means the thread was busy with something else for that long.
 */
export const LOGIC_PROBE_START = `function (period) {
  var now = function () { return performance.timeOrigin + performance.now() }
  var probe = { period: period, started: now(), stopped: 0, lags: [], running: true }
  globalThis.__jankLogicProbe = probe
  var last = now()
  var tick = function () {
    if (!probe.running) return
    var t = now()
    var lag = t - last - period
    if (lag >= 4) probe.lags.push([last + period, lag])
    last = t
    setTimeout(tick, period)
  }
  setTimeout(tick, period)
  return probe.started
}`

export interface LogicRecord {
  period: number
  started: number
  stopped: number
  /** [start, duration] of each late tick: the thread was busy from start for duration ms. */
  lags: [number, number][]
}

export const LOGIC_PROBE_STOP = `function () {
  var probe = globalThis.__jankLogicProbe
  if (!probe) return null
  probe.running = false
  probe.stopped = performance.timeOrigin + performance.now()
  return { period: probe.period, started: probe.started, stopped: probe.stopped, lags: probe.lags }
}`
