// Slots: the default slot, named slots with `multipleSlots`, a slot inside the child's `wx:if`
// and `wx:for`, slot content that changes with the page's data, slots passed down a level.
import type { ComponentCase } from '../types.ts'
import { comp, page, tc } from './make.ts'

const t = (name: string, parts: Omit<ComponentCase, 'name'>) => tc('slots', name, parts)
const USING = { child: 'comp/child' }
const MULTI = `{ options: { multipleSlots: true } }`

export const slotCases: ComponentCase[] = [
  t('default slot', {
    page: page('<child><text>a</text>b</child>', USING),
    components: { 'comp/child': comp('<view class="box">[<slot/>]</view>', '{}') },
  }),
  t('empty default slot', {
    page: page('<child/>', USING),
    components: { 'comp/child': comp('<view class="box">[<slot/>]</view>', '{}') },
  }),
  t('named slots with multipleSlots', {
    page: page(
      '<child><view slot="footer">F</view><view slot="header">H</view><view>body</view></child>',
      USING,
    ),
    components: {
      'comp/child': comp(
        '<view class="h"><slot name="header"/></view><view class="b"><slot/></view><view class="f"><slot name="footer"/></view>',
        MULTI,
      ),
    },
  }),
  t('content for a named slot the child does not have', {
    page: page('<child><view slot="nowhere">N</view><view>kept</view></child>', USING),
    components: { 'comp/child': comp('<view class="b"><slot/></view>', MULTI) },
  }),
  t('slot content follows the page data', {
    page: page(
      '<child><text wx:if="{{show}}">{{msg}}</text><view wx:for="{{list}}" wx:key="*this">{{item}}</view></child>',
      USING,
      `{ show: true, msg: 'hi', list: ['x'] }`,
    ),
    components: { 'comp/child': comp('<view class="box"><slot/></view>', '{}') },
    steps: [
      { setData: { msg: 'hello' } },
      { setData: { list: ['x', 'y', 'z'] } },
      { setData: { show: false, list: ['z'] } },
    ],
  }),
  t('slot inside the child wx:if', {
    page: page('<child id="c"><text>content</text></child>', USING),
    components: {
      'comp/child': comp(
        '<view class="box"><block wx:if="{{open}}"><slot/></block><text wx:else>closed</text></view>',
        `{ data: { open: false } }`,
      ),
    },
    steps: [
      { setData: { open: true }, on: ['#c'] },
      { setData: { open: false }, on: ['#c'] },
      { setData: { open: true }, on: ['#c'] },
    ],
  }),
  t('named slot inside the child wx:if', {
    page: page('<child id="c"><text slot="a">A</text><text slot="b">B</text></child>', USING),
    components: {
      'comp/child': comp(
        '<view wx:if="{{which === 1}}"><slot name="a"/></view><view wx:else><slot name="b"/></view>',
        `{ options: { multipleSlots: true }, data: { which: 1 } }`,
      ),
    },
    steps: [
      { setData: { which: 2 }, on: ['#c'] },
      { setData: { which: 1 }, on: ['#c'] },
    ],
    follow: 'glass-easel',
    why: 'j-component reuses the wx:if branch view and keeps slot "a" in it, showing A after the switch; glass-easel (and the template: wx:else holds slot "b") shows B',
  }),
  t('slot inside the child wx:for', {
    page: page('<child id="c"><text>S</text></child>', USING),
    components: {
      'comp/child': comp(
        '<view wx:for="{{rows}}" wx:key="*this" class="row">{{item}}<slot/></view>',
        `{ data: { rows: ['r1'] } }`,
      ),
    },
    steps: [
      { setData: { rows: ['r0', 'r1'] }, on: ['#c'] },
      { setData: { rows: [] }, on: ['#c'] },
    ],
  }),
  t('slot passed down to a grandchild', {
    page: page('<outer><text>deep {{n}}</text></outer>', { outer: 'comp/outer' }, '{ n: 1 }'),
    components: {
      'comp/outer': comp('<view class="o"><inner><slot/></inner></view>', '{}', {
        inner: 'comp/inner',
      }),
      'comp/inner': comp('<view class="i"><slot/></view>', '{}'),
    },
    steps: [{ setData: { n: 2 } }],
  }),
  t('component inside a slot', {
    page: page('<child><child>nested</child></child>', USING),
    components: { 'comp/child': comp('<view class="box">(<slot/>)</view>', '{}') },
  }),
  t('slot content of a wx:for of components', {
    page: page(
      '<child wx:for="{{list}}" wx:key="id"><text>{{item.t}}</text></child>',
      USING,
      `{ list: [{ id: 1, t: 'one' }, { id: 2, t: 'two' }] }`,
    ),
    components: { 'comp/child': comp('<view class="box"><slot/></view>', '{}') },
    steps: [
      {
        setData: {
          list: [
            { id: 2, t: 'two!' },
            { id: 3, t: 'three' },
            { id: 1, t: 'one' },
          ],
        },
      },
    ],
  }),
]
