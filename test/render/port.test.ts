// A view driven only by bridge messages: mount, setData with its acknowledgement, events out,
// selector queries answered in the component's own class names.

import { expect, test } from 'vitest'
import { startTestView } from '../support/view-port.ts'

function setup() {
  return startTestView(
    {
      'index.wxml': `<view id="top" class="title" data-k="v" bindtap="onTap">{{title}}</view><card id="c1" title="{{title}}"/>`,
      'card.wxml': `<view class="box">{{title}}</view>`,
    },
    { card: 'card.wxml' },
  )
}

test('mount, setData and its acknowledgement', () => {
  const { sent, deliver, dom } = setup()
  expect(sent[0]).toEqual({ type: 'viewReady' })
  deliver({
    type: 'mount',
    webviewId: 1,
    route: 'index',
    instanceId: 0,
    data: { title: 'A' },
    windowWidth: 375,
  })
  // The card component instance is reported before the first render.
  expect(sent[1]).toMatchObject({ type: 'instances', created: [{ componentId: 'card' }] })
  expect(sent[2]).toEqual({ type: 'firstRender', instanceId: 0 })
  deliver({ type: 'setData', instanceId: 0, patch: { title: 'B' }, callId: 7 })
  // The card's title property follows, and is reported before the acknowledgement.
  expect(sent[3]).toEqual({
    type: 'properties',
    changes: [{ instanceId: 1, values: { title: 'B' } }],
  })
  expect(sent[4]).toEqual({ type: 'setDataDone', callId: 7 })
  expect(dom.window.document.querySelector('#top')!.textContent).toBe('B')
})

test('a tap becomes an event message for the page instance', () => {
  const { sent, deliver, dom } = setup()
  deliver({
    type: 'mount',
    webviewId: 1,
    route: 'index',
    instanceId: 0,
    data: { title: 'A' },
    windowWidth: 375,
  })
  dom.window.document
    .querySelector('#top')!
    .dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }))
  const event = sent.find((m) => m.type === 'event')
  expect(event).toMatchObject({
    instanceId: 0,
    handler: 'onTap',
    event: { type: 'tap', currentTarget: { id: 'top', dataset: { k: 'v' } } },
  })
})

test('selector queries: page scope, component scope with its class prefix, >>> crossing', () => {
  const { sent, deliver, view } = setup()
  deliver({
    type: 'mount',
    webviewId: 1,
    route: 'index',
    instanceId: 0,
    data: { title: 'A' },
    windowWidth: 375,
  })
  const card = [...view()!.instances.values()].find((i) => i.def.id === 'card')!
  deliver({
    type: 'selectorQuery',
    queryId: 1,
    requests: [
      { instanceId: null, selector: '.title', all: false, fields: { id: true, dataset: true } },
      { instanceId: null, selector: '.box', all: true, fields: { id: true } },
      { instanceId: card.id, selector: '.box', all: false, fields: { size: true } },
      { instanceId: null, selector: '#c1 >>> .box', all: true, fields: { id: true } },
    ],
  })
  const result = sent.find((m) => m.type === 'selectorQueryResult')
  expect(result).toMatchObject({
    queryId: 1,
    results: [{ id: 'top', dataset: { k: 'v' } }, [], { width: 0, height: 0 }, [{ id: '' }]],
  })
})
