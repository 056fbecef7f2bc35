// What creating many component instances relies on (bench/components creates 500): text nodes
// are written once, each instance gets its own copy of the definition's data, class names map
// into the component's scope the same way every time, and instances report their parents.

import { expect, test } from 'vitest'
import { JSDOM } from 'jsdom'
import type { ComponentDefinition, ViewToHost } from '../../bridge/protocol.ts'
import { renderWxml } from '../support/render.ts'
import { startTestView } from '../support/view-port.ts'

/** Counts writes of `data` on text nodes of `window` (a DOM records each as a mutation). */
function countTextWrites(window: JSDOM['window']): () => number {
  const proto = window.CharacterData.prototype
  const own = Object.getOwnPropertyDescriptor(proto, 'data')!
  let writes = 0
  Object.defineProperty(proto, 'data', {
    ...own,
    set(value: string) {
      writes++
      own.set!.call(this, value)
    },
  })
  return () => writes
}

test('text nodes are created with their text: no second write, also inside <text>', () => {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>')
  const writes = countTextWrites(dom.window)
  const r = renderWxml(
    {
      'index.wxml': `<view>{{a}}</view><text>{{a}} and {{b}}</text><text>static</text><text decode>{{c}}</text>`,
    },
    'index.wxml',
    { a: 'A', b: 'B', c: '&lt;x&gt;' },
    { document: dom.window.document },
  )
  expect(r.errors).toEqual([])
  expect(r.root.textContent).toBe('AA and Bstatic<x>')
  // only the decoded text differs from what the template gave
  expect(writes()).toBe(1)
  r.setData({ a: 'A2', c: '&amp;' })
  expect(r.root.textContent).toBe('A2A2 and Bstatic&')
  expect(writes()).toBe(4)
})

const item: ComponentDefinition = {
  id: 'item',
  data: { list: [1, { k: 'v' }], when: new Date(5), label: '' },
  properties: { label: { type: 'String', value: '' } },
  externalClasses: [],
  options: {},
}

function mountList(definition: ComponentDefinition, wxml = `<view class="row a">{{label}}</view>`) {
  const started = startTestView(
    {
      'index.wxml': `<item wx:for="{{rows}}" wx:key="*this" id="i{{item}}" label="{{item}}"/>`,
      'item.wxml': wxml,
    },
    { item: 'item.wxml' },
  )
  started.deliver({ type: 'defineComponents', definitions: [definition] })
  started.mount({ rows: ['x', 'y', 'z'] })
  const view = started.view()!
  const instances = [...view.instances.values()].filter((i) => i.parent)
  return { ...started, instances }
}

test("each instance gets its own copy of the definition's data, with non-JSON values kept", () => {
  const { instances } = mountList(item)
  expect(instances).toHaveLength(3)
  const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]]
  expect(a.data.list).toEqual([1, { k: 'v' }])
  expect(a.data.list).not.toBe(item.data.list)
  expect(a.data.list).not.toBe(b.data.list)
  ;(a.data.list as unknown[]).push(2)
  ;((a.data.list as unknown[])[1] as Record<string, string>).k = 'changed'
  expect(b.data.list).toEqual([1, { k: 'v' }])
  expect(item.data.list).toEqual([1, { k: 'v' }])
  expect(a.data.when).toBeInstanceOf(Date)
  expect((a.data.when as Date).getTime()).toBe(5)
  expect(a.data.when).not.toBe(b.data.when)
  expect(a.data.label).toBe('x')
})

test('data that is not a plain tree (shared objects) is still copied as structuredClone does', () => {
  const shared = { n: 1 }
  const { instances } = mountList({ ...item, data: { one: shared, two: shared, label: '' } })
  const data = instances[0]!.data
  expect(data.one).toEqual({ n: 1 })
  expect(data.one).toBe(data.two)
  expect(data.one).not.toBe(shared)
})

test('class names map into the component scope alike for every instance', () => {
  const { dom } = mountList(item)
  const rows = [...dom.window.document.querySelectorAll('wx-view')]
  expect(rows.map((r) => r.getAttribute('class'))).toEqual([
    'citem--row citem--a',
    'citem--row citem--a',
    'citem--row citem--a',
  ])
  expect(rows.map((r) => r.textContent)).toEqual(['x', 'y', 'z'])
})

test('instances report the page as parent, with their ids, in one message', () => {
  const { sent } = mountList(item)
  const reports = sent.filter((m) => m.type === 'instances') as Extract<
    ViewToHost,
    { type: 'instances' }
  >[]
  expect(reports).toHaveLength(1)
  expect(reports[0]!.created.map((c) => [c.id, c.ownerId, c.parentId, c.templateParentId])).toEqual(
    [
      ['ix', 0, 0, null],
      ['iy', 0, 0, null],
      ['iz', 0, 0, null],
    ],
  )
})
