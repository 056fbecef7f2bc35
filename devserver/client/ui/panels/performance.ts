// The performance panel: the running app's threads, live, from the instruments of
// runtime/instruments (docs/measurement.md). Record starts them on every thread and Stop stops
// them; meanwhile the counters (frames dropped in the views, view long tasks, logic busy share
// of the last second, setData bytes per second) and the per-thread timeline of the last five
// seconds follow what the threads send. Save writes the recording as a Chrome trace file
// (a download), which opens in Perfetto or chrome://tracing.

import { h, replaceChildren } from '../dom.ts'
import type { PerformanceSource, SessionTopic, SimulatorSession, TraceEventIn } from '../session.ts'
import { PerformanceModel, type PerformanceCounters } from './performance-model.ts'
import { drawTimeline } from './timeline.ts'

/** How often the timeline slides while the panel is shown and a recording runs. */
const REDRAW_MS = 250

const COUNTERS: { key: string; label: string; text: (c: PerformanceCounters) => string }[] = [
  {
    key: 'frames-dropped',
    label: 'Frames dropped (page on top)',
    text: (c) => String(c.framesDropped),
  },
  { key: 'long-tasks', label: 'View long tasks', text: (c) => String(c.longTasks) },
  {
    key: 'logic-busy',
    label: 'Logic busy',
    text: (c) => (c.logicBusyPercent === undefined ? '—' : `${Math.round(c.logicBusyPercent)} %`),
  },
  { key: 'set-data', label: 'setData', text: (c) => `${kilobytes(c.setDataBytesPerSecond)}/s` },
]

const kilobytes = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`

export function createPerformancePanel(doc: Document, session: SimulatorSession) {
  const feed = session.performance
  const win = doc.defaultView!
  const nowUs = () => (win.performance.timeOrigin + win.performance.now()) * 1000
  const model = new PerformanceModel()
  const record = h(doc, 'button.mpsim-perf-record', { type: 'button', onclick: () => toggle() })
  const save = h(
    doc,
    'button.mpsim-perf-save',
    { type: 'button', onclick: () => void saveTrace() },
    'Save trace',
  )
  const status = h(doc, 'span.mpsim-panel-status')
  const values = new Map<string, HTMLElement>()
  const counters = h(
    doc,
    'div.mpsim-perf-counters',
    {},
    ...COUNTERS.map(({ key, label }) => {
      const value = h(doc, 'span.mpsim-perf-value', {}, '—')
      values.set(key, value)
      return h(
        doc,
        'div.mpsim-perf-counter',
        { 'data-counter': key },
        h(doc, 'span.mpsim-perf-label', {}, label),
        value,
      )
    }),
  )
  const timeline = h(doc, 'div.mpsim-perf-timeline')
  const el = h(
    doc,
    'div.mpsim-panel.mpsim-performance',
    {},
    h(doc, 'div.mpsim-panel-toolbar', {}, record, save, status),
    counters,
    timeline,
  )
  let visible = false
  let timer: ReturnType<typeof setInterval> | null = null
  let stopListening: () => void = () => {}

  if (!feed) {
    replaceChildren(el, h(doc, 'p.mpsim-panel-status', {}, 'This home records no measurements.'))
    return { el, update() {}, setVisible() {} }
  }

  const routeOf = (id: number) => session.stack().pages.find((p) => p.webviewId === id)?.route
  // Every batch goes into the model, shown or not, so the counters cover the whole recording.
  stopListening = feed.onEvents((source: PerformanceSource, events: readonly TraceEventIn[]) =>
    model.add(source, events),
  )

  function redraw() {
    const now = nowUs()
    const c = model.counters(now, session.stack().current?.webviewId)
    for (const { key, text } of COUNTERS) values.get(key)!.textContent = text(c)
    drawTimeline(timeline, model.lanes(now - 5_000_000, now), now, routeOf)
    record.textContent = feed!.recording ? 'Stop' : 'Record'
    record.setAttribute('aria-pressed', String(feed!.recording))
    if (!status.dataset.saved) status.textContent = feed!.recording ? 'recording…' : 'not recording'
  }

  function toggle() {
    if (feed!.recording) feed!.stop()
    else {
      model.clear()
      feed!.clear()
      delete status.dataset.saved
      feed!.start()
    }
    follow()
    redraw()
  }

  /** Slides the timeline while the panel is shown and a recording runs. */
  function follow() {
    const run = visible && feed!.recording
    if (run && !timer) timer = setInterval(redraw, REDRAW_MS)
    if (!run && timer) {
      clearInterval(timer)
      timer = null
    }
  }

  async function saveTrace() {
    status.textContent = 'collecting…'
    const file = (await feed!.collect()) as { traceEvents?: unknown[] }
    const text = JSON.stringify(file)
    const url = win.URL.createObjectURL(new win.Blob([text], { type: 'application/json' }))
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const link = h(doc, 'a', { href: url, download: `mpsim-trace-${stamp}.json` })
    doc.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => win.URL.revokeObjectURL(url), 60_000)
    status.dataset.saved = 'true'
    status.textContent = `saved ${file.traceEvents?.length ?? 0} events (${kilobytes(text.length)})`
  }

  redraw()
  return {
    el,
    update(topics: ReadonlySet<SessionTopic>) {
      if (visible && topics.has('stack')) redraw()
    },
    setVisible(shown: boolean) {
      visible = shown
      follow()
      if (shown) redraw()
    },
    destroy() {
      stopListening()
      visible = false
      follow()
    },
  }
}
