// What the view reports of each instance's place: `ownerId` is whose template wrote it,
// `parentId` the nearest component in the composed tree (slot content's parent is the component
// that places it), `templateParentId` the component it sits directly in (for `parent`/`child`
// relations), `classes` the host's class names as written (before isolation prefixes).

import { expect, test } from 'vitest'
import type { InstanceCreated } from '../../bridge/protocol.ts'
import { startTestView } from '../support/view-port.ts'

function setup() {
  const { sent, deliver, mount } = startTestView(
    {
      'index.wxml': `<group id="g" class="grp {{c}}"><view><item id="i1" class="it"/></view><item wx:if="{{more}}" id="i4"/></group><item id="i2"/>`,
      'group.wxml': `<view class="inner"><slot/><item id="i3"/></view>`,
      'item.wxml': `<text>i</text>`,
    },
    { group: 'group.wxml', item: 'item.wxml' },
  )
  mount({ c: 'x', more: false })
  const created = () =>
    sent.flatMap((m) => (m.type === 'instances' ? m.created : ([] as InstanceCreated[])))
  const byId = (id: string) => created().find((c) => c.id === id)!
  return { deliver, created, byId }
}

test('slot content has the placing component as parent and the page as owner', () => {
  const { byId } = setup()
  const g = byId('g').instanceId
  expect(byId('g')).toMatchObject({ ownerId: 0, parentId: 0, classes: ['grp', 'x'] })
  expect(byId('i1')).toMatchObject({ ownerId: 0, parentId: g, classes: ['it'] })
  expect(byId('i3')).toMatchObject({ ownerId: g, parentId: g, classes: [] })
  expect(byId('i2')).toMatchObject({ ownerId: 0, parentId: 0 })
})

test('an instance created later in a slot also gets the composed parent', () => {
  const { deliver, byId } = setup()
  deliver({ type: 'setData', instanceId: 0, patch: { more: true }, callId: 1 })
  expect(byId('i4')).toMatchObject({ ownerId: 0, parentId: byId('g').instanceId })
})

test('templateParentId: the component a host sits directly in, in the template that wrote it', () => {
  const { deliver, byId } = setup()
  deliver({ type: 'setData', instanceId: 0, patch: { more: true }, callId: 1 })
  const g = byId('g').instanceId
  expect(byId('i4').templateParentId).toBe(g) // wx:if aside, the group's shadow tree passed
  expect(byId('i1').templateParentId).toBe(null) // a <view> of the page between
  expect(byId('i3').templateParentId).toBe(null) // a <view> of the group's template between
  expect(byId('i2').templateParentId).toBe(null) // the page
  expect(byId('g').templateParentId).toBe(null)
})

test('instances are listed parents first', () => {
  const { created } = setup()
  expect(created().map((c) => c.id)).toEqual(['g', 'i1', 'i3', 'i2'])
})
