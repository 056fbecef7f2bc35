// Relations: parent/child and ancestor/descendant pairs, the order of `linked` and `unlinked`
// around attached/detached, `getRelationNodes`, ends placed through a slot.
import type { ComponentCase } from '../types.ts'
import { comp, page, tc } from './make.ts'

const t = (name: string, parts: Omit<ComponentCase, 'name'>) => tc('relations', name, parts)
const USING = { group: 'comp/group', item: 'comp/item' }

/** An end of a relation that logs its lifetimes and relation callbacks with its `name`. */
const end = (wxml: string, relations: string, methods = '{}') =>
  comp(
    wxml,
    `{ properties: { name: String },
       relations: ${relations},
       lifetimes: {
         attached() { log('attached', this.data.name) },
         detached() { log('detached', this.data.name) },
       },
       methods: ${methods} }`,
  )
const rel = (path: string, type: string) => `{ '${path}': { type: '${type}',
  linked(t) { log(this.data.name, 'linked', t.data.name) },
  unlinked(t) { log(this.data.name, 'unlinked', t.data.name) } } }`
const NODES = `{ names() { log('nodes', this.getRelationNodes('./item').map((n) => n.data.name)) } }`

const parentChild = {
  'comp/group': end('<view class="g"><slot/></view>', rel('./item', 'child'), NODES),
  'comp/item': end('<text>{{name}}</text>', rel('./group', 'parent')),
}
const ancestorDescendant = {
  'comp/group': end('<view class="g"><slot/></view>', rel('./item', 'descendant'), NODES),
  'comp/item': end('<text>{{name}}</text>', rel('./group', 'ancestor')),
}

export const relationCases: ComponentCase[] = [
  t('parent and child linked', {
    page: page('<group name="g"><item name="i1"/><item name="i2"/></group>', USING),
    components: parentChild,
  }),
  t('child behind a view is not linked as child', {
    page: page('<group name="g"><view><item name="deep"/></view></group>', USING),
    components: parentChild,
  }),
  t('ancestor and descendant through views', {
    page: page(
      '<group name="g"><view><view><item name="deep"/></view></view><item name="near"/></group>',
      USING,
    ),
    components: ancestorDescendant,
  }),
  t('child added and removed by wx:if', {
    page: page(
      '<group id="g" name="g"><item name="i1"/><item wx:if="{{more}}" name="i2"/></group>',
      USING,
      '{ more: false }',
    ),
    components: parentChild,
    steps: [
      { setData: { more: true } },
      { call: 'names', on: ['#g'] },
      { setData: { more: false } },
      { call: 'names', on: ['#g'] },
    ],
  }),
  t('the whole group removed', {
    page: page(
      '<group wx:if="{{on}}" name="g"><item name="i1"/><item name="i2"/></group>',
      USING,
      '{ on: true }',
    ),
    components: parentChild,
    steps: [{ setData: { on: false } }],
  }),
  t('getRelationNodes in tree order', {
    page: page(
      '<group id="g" name="g"><item wx:for="{{list}}" wx:key="*this" name="{{item}}"/></group>',
      USING,
      `{ list: ['a', 'b'] }`,
    ),
    components: parentChild,
    steps: [
      { call: 'names', on: ['#g'] },
      { setData: { list: ['a', 'b', 'c'] } },
      { call: 'names', on: ['#g'] },
    ],
  }),
  t('one-sided relation does not link', {
    page: page('<group name="g"><item name="i"/></group>', USING),
    components: {
      'comp/group': end('<view><slot/></view>', rel('./item', 'child')),
      'comp/item': end('<text>{{name}}</text>', '{}'),
    },
  }),
  t('child in the group template, not through a slot', {
    page: page('<group name="g"/>', { group: 'comp/group' }),
    components: {
      'comp/group': comp(
        '<item name="own1"/><block wx:if="{{true}}"><item name="own2"/></block>',
        `{ properties: { name: String }, relations: ${rel('./item', 'child')} }`,
        { item: 'comp/item' },
      ),
      'comp/item': end('<text>{{name}}</text>', rel('./group', 'parent')),
    },
  }),
  t('descendant in the group template', {
    page: page('<group name="g"/>', { group: 'comp/group' }),
    components: {
      'comp/group': comp(
        '<view><view><item name="own"/></view></view>',
        `{ properties: { name: String }, relations: ${rel('./item', 'descendant')} }`,
        { item: 'comp/item' },
      ),
      'comp/item': end('<text>{{name}}</text>', rel('./group', 'ancestor')),
    },
  }),
  t('nearest ancestor wins', {
    page: page('<group name="outer"><group name="inner"><item name="i"/></group></group>', USING),
    components: ancestorDescendant,
  }),
]
