// Custom components as the view sees them across the bridge: definitions from logic, instances
// reported, properties coerced and reported, triggerEvent delivered to the user's bind:, and
// user events retargeted at component boundaries.

import { expect, test } from 'vitest'
import type { ComponentDefinition, ViewToHost } from '../../bridge/protocol.ts'
import { startTestView } from '../support/view-port.ts'

const card: ComponentDefinition = {
  id: 'card',
  data: { inner: 'in', title: '', count: 0 },
  properties: { title: { type: 'String', value: '' }, count: { type: 'Number', value: 0 } },
  externalClasses: [],
  options: { multipleSlots: true },
}

function setup() {
  const { dom, sent, deliver, mount } = startTestView(
    {
      'index.wxml': `<view id="outer" bindtap="onOuter" bind:pick="onBubbled"><card wx:if="{{show}}" id="c1" data-k="v" title="{{t}}" count="3" other="x" bind:pick="onPick"><text slot="head">H</text></card></view>`,
      'card.wxml': `<view id="inner" bindtap="onInner"><slot name="head"/>{{inner}} {{title}} {{count}} {{other}}</view>`,
    },
    { card: 'card.wxml' },
  )
  deliver({ type: 'defineComponents', definitions: [card] })
  mount({ t: 'T', show: true })
  const cardId = () =>
    (sent.find((m) => m.type === 'instances') as Extract<ViewToHost, { type: 'instances' }>)
      .created[0]!.instanceId
  return { dom, sent, deliver, cardId, doc: dom.window.document }
}

test('instances are reported before the first render, with properties coerced and undeclared attributes ignored', () => {
  const { sent, doc } = setup()
  const i = sent.findIndex((m) => m.type === 'instances')
  expect(i).toBeGreaterThan(-1)
  expect(sent.findIndex((m) => m.type === 'firstRender')).toBeGreaterThan(i)
  expect(sent[i]).toMatchObject({
    created: [
      {
        componentId: 'card',
        ownerId: 0,
        id: 'c1',
        dataset: { k: 'v' },
        properties: { title: 'T', count: 3 },
      },
    ],
    removed: [],
  })
  // data defaults from the definition, the named slot (multipleSlots), no `other` property
  expect(doc.querySelector('#inner')!.textContent).toBe('Hin T 3 ')
})

test('a changed property is coerced, rendered and reported; removal is reported', () => {
  const { sent, deliver, doc, cardId } = setup()
  deliver({ type: 'setData', instanceId: 0, patch: { t: 42 }, callId: 1 })
  expect(sent).toContainEqual({
    type: 'properties',
    changes: [{ instanceId: cardId(), values: { title: '42' } }],
  })
  expect(doc.querySelector('#inner')!.textContent).toBe('Hin 42 3 ')
  deliver({ type: 'setData', instanceId: 0, patch: { show: false }, callId: 2 })
  const last = sent.filter((m) => m.type === 'instances').at(-1)
  expect(last).toEqual({ type: 'instances', created: [], removed: [cardId()] })
  expect(sent.at(-1)).toEqual({ type: 'setDataDone', callId: 2 })
})

test('triggerEvent reaches the bind: on the host; bubbles stays in the user tree unless composed', () => {
  const { sent, deliver, cardId } = setup()
  deliver({
    type: 'triggerEvent',
    instanceId: cardId(),
    name: 'pick',
    detail: { n: 1 },
    options: {},
  })
  let events = sent.filter((m) => m.type === 'event')
  expect(events).toEqual([
    expect.objectContaining({
      instanceId: 0,
      handler: 'onPick',
      event: expect.objectContaining({
        type: 'pick',
        detail: { n: 1 },
        target: { id: 'c1', dataset: { k: 'v' } },
      }),
    }),
  ])
  deliver({
    type: 'triggerEvent',
    instanceId: cardId(),
    name: 'pick',
    detail: {},
    options: { bubbles: true },
  })
  events = sent.filter((m) => m.type === 'event')
  expect(events.slice(1).map((e) => (e as { handler: string }).handler)).toEqual([
    'onPick',
    'onBubbled',
  ])
})

test('a tap inside a component: each tree sees its own target', () => {
  const { sent, doc, dom, cardId } = setup()
  doc.querySelector('#inner')!.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }))
  const events = sent.filter((m) => m.type === 'event') as Array<
    Extract<ViewToHost, { type: 'event' }>
  >
  expect(events.map((e) => [e.instanceId, e.handler, e.event.target.id])).toEqual([
    [cardId(), 'onInner', 'inner'],
    [0, 'onOuter', 'c1'],
  ])
})

test('one update sends all changed properties of all instances in one message, before its answer', () => {
  const { sent, deliver, mount } = startTestView(
    {
      'index.wxml': `<card id="a" title="{{t}}" count="{{n}}"/><card id="b" title="{{t}}"/>`,
      'card.wxml': `<view>{{title}} {{count}}</view>`,
    },
    { card: 'card.wxml' },
  )
  deliver({ type: 'defineComponents', definitions: [card] })
  mount({ t: 'T', n: 1 })
  const [a, b] = (
    sent.find((m) => m.type === 'instances') as Extract<ViewToHost, { type: 'instances' }>
  ).created.map((c) => c.instanceId)
  sent.length = 0
  deliver({ type: 'setData', instanceId: 0, patch: { t: 'U', n: '2' }, callId: 1 })
  expect(sent).toEqual([
    {
      type: 'properties',
      changes: [
        { instanceId: a, values: { title: 'U', count: 2 } },
        { instanceId: b, values: { title: 'U' } },
      ],
    },
    { type: 'setDataDone', callId: 1 },
  ])
})
