// The storage panel: every key with its value (JSON) and size; a value can be edited in place,
// a key deleted, a new key added, all cleared. Writes go through the app's own
// wx.setStorageSync & co. in logic, so what the app reads stays what the panel shows.

import { h, parseValue, replaceChildren, show } from '../dom.ts'
import type { SessionTopic, SimulatorSession, StorageItem } from '../session.ts'

export function createStoragePanel(doc: Document, session: SimulatorSession) {
  const rows = h(doc, 'tbody')
  const total = h(doc, 'span.mpsim-panel-status')
  const newKey = h(doc, 'input.mpsim-storage-new-key', {
    placeholder: 'key',
    'aria-label': 'New key',
  }) as HTMLInputElement
  const newValue = h(doc, 'input.mpsim-storage-new-value', {
    placeholder: 'value (JSON or text)',
    'aria-label': 'New value',
  }) as HTMLInputElement
  const add = h(doc, 'button.mpsim-storage-add', { type: 'button', onclick: () => addKey() }, 'Add')
  const clear = h(
    doc,
    'button.mpsim-storage-clear',
    { type: 'button', onclick: () => void session.clearStorage().then(draw) },
    'Clear all',
  )
  const el = h(
    doc,
    'div.mpsim-panel.mpsim-storage',
    {},
    h(doc, 'div.mpsim-panel-toolbar', {}, newKey, newValue, add, clear, total),
    h(
      doc,
      'table.mpsim-table',
      {},
      h(
        doc,
        'thead',
        {},
        h(doc, 'tr', {}, ...['Key', 'Value', 'Size', ''].map((t) => h(doc, 'th', {}, t))),
      ),
      rows,
    ),
  )

  function addKey() {
    const key = newKey.value.trim()
    if (!key) return
    void session.setStorage(key, parseValue(newValue.value)).then(draw)
    newKey.value = ''
    newValue.value = ''
  }

  function draw() {
    const items = session.storage()
    const bytes = items.reduce((sum, i) => sum + i.bytes, 0)
    total.textContent = `${items.length} keys, ${bytes} B of 10 MB`
    replaceChildren(rows, ...items.map(row))
  }

  function row(item: StorageItem): HTMLElement {
    const input = h(doc, 'input.mpsim-storage-value', {
      value: item.value === undefined ? '' : show(JSON.stringify(item.value)),
      'aria-label': `Value of ${item.key}`,
    }) as HTMLInputElement
    const save = () => void session.setStorage(item.key, parseValue(input.value)).then(draw)
    input.addEventListener('change', save)
    return h(
      doc,
      'tr.mpsim-storage-row',
      { 'data-key': item.key },
      h(doc, 'td.mpsim-storage-key', {}, item.key),
      h(doc, 'td', {}, input),
      h(doc, 'td.mpsim-storage-size', {}, `${item.bytes} B`),
      h(
        doc,
        'td',
        {},
        h(
          doc,
          'button.mpsim-storage-delete',
          {
            type: 'button',
            title: `Delete ${item.key}`,
            onclick: () => void session.removeStorage(item.key).then(draw),
          },
          '✕',
        ),
      ),
    )
  }

  draw()
  return {
    el,
    update(topics: ReadonlySet<SessionTopic>) {
      if (topics.has('storage')) draw()
    },
  }
}
