// What flows into a child from the page: classes on the host, externalClasses, style, data
// bound into properties of a list of children, and the child's own setData staying its own.
import type { ComponentCase } from '../types.ts'
import { comp, page, tc } from './make.ts'

const t = (name: string, parts: Omit<ComponentCase, 'name'>) =>
  tc('classes and binding', name, parts)
const USING = { child: 'comp/child' }

export const classBindingCases: ComponentCase[] = [
  t('class and style on the host', {
    page: page(
      '<child class="host {{c}}" style="color: {{color}}"/>',
      USING,
      `{ c: 'on', color: 'red' }`,
    ),
    components: { 'comp/child': comp('<view class="inner">x</view>', '{}') },
    steps: [{ setData: { c: 'off', color: 'blue' } }],
  }),
  t('externalClasses given by the page', {
    page: page('<child my-class="big {{extra}}" title-class="bold"/>', USING, `{ extra: 'red' }`),
    components: {
      'comp/child': comp(
        '<view class="base my-class">a</view><text class="title-class">t</text>',
        `{ externalClasses: ['my-class', 'title-class'] }`,
      ),
    },
    steps: [{ setData: { extra: 'green' } }],
    follow: 'docs',
    why: 'j-component leaves the external class names as written; the docs (Component style: external classes) replace them with the classes the page gives',
    expected: [
      {
        tree: '<child><view class="base big red">"a"</view><text class="bold">"t"</text></child>',
        log: [],
      },
      {
        tree: '<child><view class="base big green">"a"</view><text class="bold">"t"</text></child>',
        log: [],
      },
    ],
  }),
  t('externalClasses not given', {
    glassEaselDiffers:
      'glass-easel drops an external class the page does not give; exparser keeps the name as a class of the component, as mpsim does',
    page: page('<child/>', USING),
    components: {
      'comp/child': comp(
        '<view class="base my-class">a</view>',
        `{ externalClasses: ['my-class'] }`,
      ),
    },
  }),
  t('a list of children bound to page data', {
    page: page(
      '<child wx:for="{{rows}}" wx:key="id" label="{{item.label}}" index="{{index}}"/>',
      USING,
      `{ rows: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }`,
    ),
    components: {
      'comp/child': comp(
        '<view>{{index}}={{label}}</view>',
        '{ properties: { label: String, index: Number } }',
      ),
    },
    steps: [
      { setData: { 'rows[1].label': 'B2' } },
      {
        setData: {
          rows: [
            { id: 'b', label: 'B3' },
            { id: 'a', label: 'A' },
          ],
        },
      },
    ],
  }),
  t('child setData does not reach the page', {
    page: page('<child id="c" v="{{v}}"/><text>{{v}}</text>', USING, `{ v: 'page' }`),
    components: {
      'comp/child': comp(
        '<view>{{v}}|{{own}}</view>',
        `{ properties: { v: String }, data: { own: 1 } }`,
      ),
    },
    steps: [{ setData: { v: 'child', own: 2 }, on: ['#c'] }, { setData: { v: 'page2' } }],
  }),
  t('a property bound through two levels', {
    page: page('<outer v="{{v}}"/>', { outer: 'comp/outer' }, `{ v: 1 }`),
    components: {
      'comp/outer': comp('<inner w="{{v * 10}}"/>', '{ properties: { v: Number } }', {
        inner: 'comp/inner',
      }),
      'comp/inner': comp(
        '<text>{{w}}</text>',
        `{ properties: { w: { type: Number, observer(n, o) { log('w', n, o) } } } }`,
      ),
    },
    steps: [{ setData: { v: 2 } }],
  }),
  t('component with wx:if on the host', {
    page: page(
      '<child wx:if="{{on}}" label="{{label}}"/><text>after</text>',
      USING,
      `{ on: true, label: 'L' }`,
    ),
    components: {
      'comp/child': comp('<view>{{label}}</view>', '{ properties: { label: String } }'),
    },
    steps: [{ setData: { on: false } }, { setData: { on: true, label: 'M' } }],
  }),
  t('hidden attribute on a component host', {
    page: page('<child hidden="{{h}}"/>', USING, '{ h: true }'),
    components: { 'comp/child': comp('<view>x</view>', '{}') },
    steps: [{ setData: { h: false } }],
  }),
]
