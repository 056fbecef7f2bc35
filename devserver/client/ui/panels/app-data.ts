// The AppData panel: the live data of every page alive and of each of its components, read from
// logic, as editable trees. An edit is `setData({ [path]: value })` on that page or component in
// logic, so the view re-renders as for any setData. While shown, it re-reads when data changes,
// but not while an input in it has focus (the edit would be lost).

import { h, replaceChildren } from '../dom.ts'
import type { DataTarget, PageData, SessionTopic, SimulatorSession } from '../session.ts'
import { dataTree } from './data-tree.ts'

export function createAppDataPanel(doc: Document, session: SimulatorSession) {
  const body = h(doc, 'div.mpsim-appdata-body')
  const status = h(doc, 'span.mpsim-panel-status')
  const refresh = h(
    doc,
    'button.mpsim-appdata-refresh',
    { type: 'button', onclick: () => void read() },
    'Refresh',
  )
  const el = h(
    doc,
    'div.mpsim-panel.mpsim-appdata',
    {},
    h(doc, 'div.mpsim-panel-toolbar', {}, refresh, status),
    body,
  )
  let reading: Promise<void> | null = null
  let again = false
  // after the focus has moved on, so the input is no longer the active element
  body.addEventListener('focusout', () => setTimeout(() => again && void read(), 0))

  /** Reads all data; a change during a read reads once more after it. */
  function read(): Promise<void> {
    if (reading || editing()) {
      again = true
      return reading ?? Promise.resolve()
    }
    again = false
    reading = session
      .appData()
      .then((pages) => draw(pages))
      .catch((error: unknown) => void (status.textContent = `cannot read data: ${String(error)}`))
      .finally(() => {
        reading = null
        if (again) void read()
      })
    return reading
  }

  function editing(): boolean {
    const active = doc.activeElement
    return active !== null && body.contains(active) && active.tagName === 'INPUT'
  }

  function draw(pages: PageData[]) {
    status.textContent = ''
    replaceChildren(body, ...pages.map((page) => pageSection(page)))
  }

  function pageSection(page: PageData): HTMLElement {
    const { webviewId } = page
    return h(
      doc,
      'section.mpsim-appdata-page',
      { 'data-webview-id': webviewId },
      h(
        doc,
        'h3.mpsim-appdata-title',
        {},
        `${page.route}`,
        h(doc, 'small', {}, ` webview ${webviewId}`),
      ),
      dataTree(doc, page.data, (path, value) => edit({ webviewId }, path, value)),
      ...page.components.map((c) =>
        h(
          doc,
          'section.mpsim-appdata-component',
          { 'data-instance-id': c.instanceId },
          h(
            doc,
            'h4.mpsim-appdata-title',
            {},
            `<${c.is}>`,
            c.id ? ` #${c.id}` : '',
            h(doc, 'small', {}, ` instance ${c.instanceId}`),
          ),
          dataTree(doc, c.data, (path, value) =>
            edit({ webviewId, instanceId: c.instanceId }, path, value),
          ),
        ),
      ),
    )
  }

  function edit(target: DataTarget, path: string, value: unknown) {
    session.setData(target, { [path]: value }).catch((error: unknown) => {
      status.textContent = `setData failed: ${String(error)}`
    })
  }

  // Reading costs a round trip to logic (and shows in the bridge record): only while shown.
  let shown = false
  let stale = true
  return {
    el,
    /** Reads now; resolves when the data on screen is the latest read. */
    read,
    setVisible(visible: boolean) {
      shown = visible
      if (shown && stale) void read()
      stale = !shown
    },
    update(topics: ReadonlySet<SessionTopic>) {
      if (!topics.has('data')) return
      if (shown) void read()
      else stale = true
    },
  }
}
