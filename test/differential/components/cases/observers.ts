// `observers`: one field, several fields, sub-paths, array items, `**` wildcards; what they see
// and when they run (also for unchanged values, and for properties set by the parent).
import type { ComponentCase } from '../types.ts'
import { comp, page, tc } from './make.ts'

const t = (name: string, parts: Omit<ComponentCase, 'name'>) => tc('observers', name, parts)
const USING = { child: 'comp/child' }
const child = (wxml: string, def: string) => ({ 'comp/child': comp(wxml, def) })
const P = page('<child id="c"/>', USING)
const on = (setData: Record<string, unknown>) => ({ setData, on: ['#c'] })

export const observerCases: ComponentCase[] = [
  t('one field', {
    page: P,
    components: child(
      '<view>{{a}}</view>',
      `{ data: { a: 1, b: 1 }, observers: { a(v) { log('a', v) } } }`,
    ),
    steps: [on({ a: 2 }), on({ b: 2 }), on({ a: 2 })],
  }),
  t('several fields run once per setData', {
    page: P,
    components: child(
      '<view>{{a}}+{{b}}={{sum}}</view>',
      `{ data: { a: 1, b: 2, sum: 3 },
         observers: { 'a, b'(a, b) { log('a,b', a, b); this.setData({ sum: a + b }) } } }`,
    ),
    steps: [on({ a: 10 }), on({ a: 20, b: 30 }), on({ sum: 0 })],
  }),
  t('sub-path field', {
    page: P,
    components: child(
      '<view>{{o.x}}</view>',
      `{ data: { o: { x: 1, y: 1 } }, observers: { 'o.x'(x) { log('o.x', x) } } }`,
    ),
    steps: [on({ 'o.x': 2 }), on({ 'o.y': 2 }), on({ o: { x: 3, y: 3 } })],
  }),
  t('array item field', {
    page: P,
    components: child(
      '<view>{{list[1]}}</view>',
      `{ data: { list: [0, 1, 2] }, observers: { 'list[1]'(v) { log('list[1]', v) } } }`,
    ),
    steps: [on({ 'list[1]': 5 }), on({ 'list[0]': 5 }), on({ list: [7, 8] })],
  }),
  t('sub-tree wildcard', {
    page: P,
    components: child(
      '<view>{{o.p.q}}</view>',
      `{ data: { o: { p: { q: 1 } }, z: 0 }, observers: { 'o.**'(o) { log('o.**', o) } } }`,
    ),
    steps: [on({ 'o.p.q': 2 }), on({ 'o.p': { q: 3 } }), on({ z: 1 })],
  }),
  t('everything wildcard', {
    page: P,
    components: child(
      '<view>{{a}}</view>',
      `{ data: { a: 1, b: { c: 1 } }, observers: { '**'(all) { log('**', Object.keys(all).sort().filter((k) => k === 'a' || k === 'b')) } } }`,
    ),
    steps: [on({ a: 2 }), on({ 'b.c': 2 })],
  }),
  t('a parent field when a deeper path is set', {
    page: P,
    components: child(
      '<view>{{o.x.y}}</view>',
      `{ data: { o: { x: { y: 1 } } }, observers: { o(o) { log('o', o) }, 'o.x'(x) { log('o.x', x) } } }`,
    ),
    steps: [on({ 'o.x.y': 2 })],
  }),
  t('on properties set by the parent', {
    page: page('<child a="{{a}}" b="{{b}}"/>', USING, '{ a: 1, b: 1 }'),
    components: child(
      '<view>{{a}}/{{b}}</view>',
      `{ properties: { a: Number, b: Number }, observers: { 'a, b'(a, b) { log('a,b', a, b) } } }`,
    ),
    steps: [{ setData: { a: 2 } }, { setData: { a: 3, b: 3 } }],
  }),
  t('run for an unchanged value too', {
    page: P,
    components: child(
      '<view>{{a}}</view>',
      `{ data: { a: 'same' }, observers: { a(v) { log('a', v) } } }`,
    ),
    steps: [on({ a: 'same' }), on({ a: 'same' })],
  }),
  t('order between observers and property observer', {
    page: page('<child id="c" v="{{v}}"/>', USING, `{ v: 'x' }`),
    components: child(
      '<view>{{v}}</view>',
      `{ properties: { v: { type: String, observer(n, o) { log('observer', n, o) } } },
         observers: { v(v) { log('observers', v) } } }`,
    ),
    steps: [{ setData: { v: 'y' } }, on({ v: 'z' })],
  }),
  t('observer setData renders with the same update', {
    page: page('<child v="{{v}}"/>', USING, `{ v: 2 }`),
    components: child(
      '<view>{{v}} doubled is {{double}}</view>',
      `{ properties: { v: Number }, data: { double: 0 },
         observers: { v(v) { this.setData({ double: v * 2 }) } } }`,
    ),
    steps: [{ setData: { v: 21 } }],
  }),
]
