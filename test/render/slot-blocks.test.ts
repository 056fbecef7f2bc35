// Slot content under wx:if or wx:for goes to the slot its element names, as on the platform
// (found in the browser simulator: weui's checkbox passes `<view slot="icon" wx:if="{{multi}}">`
// to its cell, and the icon landed in the default slot, above the label).

import { expect, test } from 'vitest'
import type { ComponentDefinition } from '../../bridge/protocol.ts'
import { startTestView } from '../support/view-port.ts'

const card: ComponentDefinition = {
  id: 'card',
  data: {},
  properties: {},
  externalClasses: [],
  options: { multipleSlots: true },
}

test('an element with slot="…" and wx:if or wx:for goes to its named slot', () => {
  const { deliver, mount, dom } = startTestView(
    {
      'index.wxml':
        '<card><view slot="head" wx:if="{{on}}">H</view><view wx:else slot="head">h</view>' +
        '<view slot="head" wx:for="{{list}}" wx:key="*this">{{item}}</view><view>body</view></card>',
      'card.wxml': '<view id="head"><slot name="head"/></view><view id="body"><slot/></view>',
    },
    { card: 'card.wxml' },
  )
  deliver({ type: 'defineComponents', definitions: [card] })
  mount({ on: true, list: [1, 2] })
  const doc = dom.window.document
  expect(doc.querySelector('#head')!.textContent).toBe('H12')
  expect(doc.querySelector('#body')!.textContent).toBe('body')
  deliver({ type: 'setData', instanceId: 0, patch: { on: false }, callId: 1 })
  expect(doc.querySelector('#head')!.textContent).toBe('h12')
})
