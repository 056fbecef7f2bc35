// A value as an expandable tree whose leaves are editable: objects and arrays open into their
// entries, every other value is an input holding its JSON. Committing an input (Enter or
// leaving it) reports the setData path of the leaf (`list[0].title`) and the new value.

import { h, parseValue, show } from '../dom.ts'

export type OnEdit = (path: string, value: unknown) => void

export function dataTree(
  doc: Document,
  data: Record<string, unknown>,
  onEdit: OnEdit,
): HTMLElement {
  const root = h(doc, 'div.mpsim-tree')
  for (const [key, value] of Object.entries(data))
    root.appendChild(node(doc, key, key, value, onEdit))
  return root
}

function node(
  doc: Document,
  label: string,
  path: string,
  value: unknown,
  onEdit: OnEdit,
): HTMLElement {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), `${path}[${i}]`, v] as const)
      : Object.entries(value).map(([k, v]) => [k, `${path}.${k}`, v] as const)
    const summary = Array.isArray(value)
      ? `Array(${value.length})`
      : `{${Object.keys(value).length}}`
    return h(
      doc,
      'details.mpsim-tree-branch',
      { open: true, 'data-path': path },
      h(
        doc,
        'summary',
        {},
        h(doc, 'span.mpsim-tree-key', {}, label),
        ' ',
        h(doc, 'span.mpsim-tree-summary', {}, summary),
      ),
      ...entries.map(([k, p, v]) => node(doc, k, p, v, onEdit)),
    )
  }
  const input = h(doc, 'input.mpsim-tree-value', {
    value: JSON.stringify(value) ?? show(value),
    'data-path': path,
    'aria-label': path,
    spellcheck: false,
  }) as HTMLInputElement
  let committed = input.value
  const commit = () => {
    if (input.value === committed) return
    committed = input.value
    onEdit(path, parseValue(input.value))
  }
  input.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter') commit()
  })
  input.addEventListener('change', commit)
  return h(doc, 'div.mpsim-tree-leaf', {}, h(doc, 'span.mpsim-tree-key', {}, label), input)
}
