// The bridge panel: each message the host passed, with its direction, type, webview, size in
// bytes and latency (from the host getting it to handing it on, so any injected delay shows),
// newest at the bottom. Filters by type (comma-separated) and direction; Pause stops the record
// itself (messages then pass unrecorded), Clear forgets what was recorded.

import { h, replaceChildren } from '../dom.ts'
import type { RecordEntry, SessionTopic, SimulatorSession } from '../session.ts'

const DIRECTIONS = ['all', 'host→logic', 'logic→host', 'host→view', 'view→host']
/** Rows kept on screen; the record itself may hold more. */
const MAX_ROWS = 500

export function createBridgePanel(doc: Document, session: SimulatorSession) {
  const rows = h(doc, 'tbody')
  const types = h(doc, 'input.mpsim-bridge-type', {
    type: 'search',
    placeholder: 'types: setData, invoke',
    'aria-label': 'Message types',
    oninput: () => redraw(),
  }) as HTMLInputElement
  const direction = h(
    doc,
    'select.mpsim-bridge-direction',
    { 'aria-label': 'Direction', onchange: () => redraw() },
    ...DIRECTIONS.map((d) => h(doc, 'option', { value: d }, d)),
  ) as HTMLSelectElement
  const pause = h(
    doc,
    'button.mpsim-bridge-pause',
    { type: 'button', onclick: () => togglePause() },
    'Pause',
  )
  const clear = h(
    doc,
    'button.mpsim-bridge-clear',
    { type: 'button', onclick: () => clearAll() },
    'Clear',
  )
  const count = h(doc, 'span.mpsim-panel-status')
  const el = h(
    doc,
    'div.mpsim-panel.mpsim-bridge',
    {},
    h(doc, 'div.mpsim-panel-toolbar', {}, types, direction, pause, clear, count),
    h(
      doc,
      'table.mpsim-table',
      {},
      h(
        doc,
        'thead',
        {},
        h(
          doc,
          'tr',
          {},
          ...['#', 'Direction', 'Type', 'Webview', 'Size', 'Latency'].map((t) =>
            h(doc, 'th', {}, t),
          ),
        ),
      ),
      rows,
    ),
  )
  /** The seq of the last entry drawn. */
  let lastSeq = 0

  function matches(e: RecordEntry): boolean {
    if (direction.value !== 'all' && e.direction !== direction.value) return false
    const wanted = types.value.split(/[,\s]+/).filter(Boolean)
    return wanted.length === 0 || wanted.includes(e.type)
  }

  function appendNew() {
    const fresh = newerThan(session.bridge.entries(), lastSeq)
    if (fresh.length) lastSeq = fresh[fresh.length - 1]!.seq
    for (const e of fresh) if (matches(e)) rows.appendChild(row(e))
    while (rows.childElementCount > MAX_ROWS) rows.firstElementChild!.remove()
    count.textContent = `${session.bridge.entries().length} messages${session.bridge.paused ? ' (paused)' : ''}`
  }

  function redraw() {
    replaceChildren(rows)
    lastSeq = 0
    appendNew()
  }

  /** Shows the message itself under its row (when the record keeps payloads), or hides it. */
  function togglePayload(tr: HTMLElement, e: RecordEntry) {
    const next = tr.nextElementSibling
    if (next?.classList.contains('mpsim-bridge-payload')) return void next.remove()
    const text = e.payload ? JSON.stringify(e.payload, null, 2) : '(payloads are not kept)'
    const cell = h(doc, 'td', { colSpan: 6 }, h(doc, 'pre', {}, clip(text)))
    tr.after(h(doc, 'tr.mpsim-bridge-payload', {}, cell))
  }

  function togglePause() {
    if (session.bridge.paused) session.bridge.resume()
    else session.bridge.pause()
    pause.textContent = session.bridge.paused ? 'Resume' : 'Pause'
    pause.setAttribute('aria-pressed', String(session.bridge.paused))
    appendNew()
  }

  function clearAll() {
    session.bridge.clear()
    redraw()
  }

  function row(e: RecordEntry): HTMLElement {
    const latency = e.receivedAt - e.sentAt
    return h(
      doc,
      'tr.mpsim-bridge-row',
      {
        'data-seq': e.seq,
        'data-type': e.type,
        'data-direction': e.direction,
        title: summary(e),
        onclick: (event: Event) => togglePayload(event.currentTarget as HTMLElement, e),
      },
      h(doc, 'td', {}, String(e.seq)),
      h(doc, 'td.mpsim-bridge-dir', {}, e.direction),
      h(doc, 'td.mpsim-bridge-type-cell', {}, e.type),
      h(doc, 'td', {}, e.webviewId === undefined ? '' : String(e.webviewId)),
      h(doc, 'td.mpsim-bridge-size', {}, `${e.bytes} B`),
      h(doc, 'td.mpsim-bridge-latency', {}, `${latency.toFixed(1)} ms`),
    )
  }

  redraw()
  return {
    el,
    update(topics: ReadonlySet<SessionTopic>) {
      if (topics.has('bridge')) appendNew()
    },
  }
}

function clip(text: string, max = 4000): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text
}

/** Entries after `seq`: the record only appends, so scan back from its end. */
function newerThan(entries: readonly RecordEntry[], seq: number): RecordEntry[] {
  let i = entries.length
  while (i > 0 && entries[i - 1]!.seq > seq) i--
  return entries.slice(i)
}

/** What the message was about, for the row's tooltip. */
function summary(e: RecordEntry): string {
  const m = e.payload as Record<string, unknown> | undefined
  if (!m) return e.type
  const detail = m.api ?? m.name ?? m.route ?? m.handler ?? ''
  return detail ? `${e.type} ${String(detail)}` : e.type
}
