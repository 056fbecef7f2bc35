// The console panel: log lines of logic, the views and the host (level, source, text) and errors
// with their original file:line:column and what was running, in the order they came. New
// entries are appended; a level and text filter narrows the list; Clear hides what is there.

import { h, replaceChildren, show } from '../dom.ts'
import type { LogEntry, SessionError, SessionTopic, SimulatorSession } from '../session.ts'

type Line = { kind: 'log'; entry: LogEntry } | { kind: 'error'; error: SessionError }

const LEVELS = ['all', 'debug', 'log', 'info', 'warn', 'error']

export function createConsolePanel(doc: Document, session: SimulatorSession) {
  const list = h(doc, 'div.mpsim-console-list', { role: 'log' })
  const level = h(
    doc,
    'select.mpsim-console-level',
    { 'aria-label': 'Level', onchange: () => redraw() },
    ...LEVELS.map((l) => h(doc, 'option', { value: l }, l)),
  ) as HTMLSelectElement
  const filter = h(doc, 'input.mpsim-console-filter', {
    type: 'search',
    placeholder: 'Filter',
    'aria-label': 'Filter',
    oninput: () => redraw(),
  }) as HTMLInputElement
  const clear = h(
    doc,
    'button.mpsim-console-clear',
    { type: 'button', onclick: () => clearAll() },
    'Clear',
  )
  const el = h(
    doc,
    'div.mpsim-panel.mpsim-console',
    {},
    h(doc, 'div.mpsim-panel-toolbar', {}, level, filter, clear),
    list,
  )
  /** How many logs and errors were shown (or cleared) so far. */
  let seen = { logs: 0, errors: 0 }
  let cleared = { logs: 0, errors: 0 }

  function pending(from: { logs: number; errors: number }): Line[] {
    const logs = session
      .logs()
      .slice(from.logs)
      .map((entry): Line => ({ kind: 'log', entry }))
    const errors = session
      .errors()
      .slice(from.errors)
      .map((error): Line => ({ kind: 'error', error }))
    return [...logs, ...errors].sort((a, b) => timeOf(a) - timeOf(b))
  }

  function appendNew() {
    const lines = pending(seen)
    seen = { logs: session.logs().length, errors: session.errors().length }
    for (const line of lines) if (matches(line)) list.appendChild(row(line))
    list.scrollTop = list.scrollHeight
  }

  function redraw() {
    replaceChildren(list)
    seen = cleared
    appendNew()
  }

  function clearAll() {
    cleared = { logs: session.logs().length, errors: session.errors().length }
    redraw()
  }

  function matches(line: Line): boolean {
    const wanted = level.value
    if (wanted !== 'all' && levelOf(line) !== wanted) return false
    const text = filter.value.trim().toLowerCase()
    return !text || textOf(line).toLowerCase().includes(text)
  }

  function row(line: Line): HTMLElement {
    const source = line.kind === 'log' ? line.entry.source : line.error.source
    const body =
      line.kind === 'log'
        ? [h(doc, 'span.mpsim-console-text', {}, textOf(line))]
        : errorBody(line.error)
    return h(
      doc,
      `div.mpsim-console-row.mpsim-level-${levelOf(line)}`,
      { 'data-source': source },
      h(doc, 'span.mpsim-console-source', {}, source),
      ...body,
    )
  }

  function errorBody(e: SessionError): HTMLElement[] {
    const at = placeOf(e)
    return [
      h(doc, 'span.mpsim-console-text', {}, `${e.name}: ${e.message}`),
      at ? h(doc, 'span.mpsim-console-location', { title: e.where }, at) : null,
      h(doc, 'span.mpsim-console-where', {}, e.where),
      e.stack
        ? h(
            doc,
            'details.mpsim-console-stack',
            {},
            h(doc, 'summary', {}, 'stack'),
            h(doc, 'pre', {}, e.stack),
          )
        : null,
    ].filter((x): x is HTMLElement => x !== null)
  }

  redraw()
  return {
    el,
    update(topics: ReadonlySet<SessionTopic>) {
      if (topics.has('logs')) appendNew()
    },
  }
}

function timeOf(line: Line): number {
  return line.kind === 'log' ? line.entry.time : line.error.time
}

function levelOf(line: Line): string {
  return line.kind === 'log' ? line.entry.level : 'error'
}

function textOf(line: Line): string {
  if (line.kind === 'error') {
    const e = line.error
    return `${e.name}: ${e.message} ${placeOf(e) ?? ''} ${e.where}`
  }
  return line.entry.args.map(show).join(' ')
}

/** `file:line:column` of an error in the app's own files, when known. */
export function placeOf(e: SessionError): string | null {
  const at = e.location ?? (e.file ? { file: e.file, line: e.line, column: e.column } : null)
  return at ? `${at.file}:${at.line}:${at.column}` : null
}
