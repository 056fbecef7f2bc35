// Properties: types and their defaults, values given by the template, coercion, `observer`
// with new and old values.
import type { ComponentCase } from '../types.ts'
import { comp, page, tc } from './make.ts'

const t = (name: string, parts: Omit<ComponentCase, 'name'>) => tc('properties', name, parts)
const USING = { child: 'comp/child' }
/** Logs each listed property with its type once attached. */
const typed = (names: string[]) =>
  `attached() { log(${names.map((n) => `'${n}', typeof this.data.${n}, this.data.${n}`).join(', ')}) }`

export const propertyCases: ComponentCase[] = [
  t('type defaults', {
    page: page('<child/>', USING),
    glassEaselDiffers:
      'glass-easel renders a null in text as "" where wcc and exparser write "null" (the text cases pin the same: mpsim follows the compiler the page view runs)',
    components: {
      'comp/child': comp(
        '<view>{{s}}|{{n}}|{{b}}|{{a.length}}|{{o}}</view>',
        `{ properties: { s: String, n: Number, b: Boolean, a: Array, o: Object, x: null },
          lifetimes: { ${typed(['s', 'n', 'b', 'a', 'o', 'x'])} } }`,
      ),
    },
  }),
  t('declared values', {
    page: page('<child/>', USING),
    components: {
      'comp/child': comp(
        '<view>{{s}}|{{n}}|{{b}}|{{a[1]}}|{{o.k}}</view>',
        `{ properties: { s: { type: String, value: 'def' }, n: { type: Number, value: 7 },
            b: { type: Boolean, value: true }, a: { type: Array, value: [1, 2] },
            o: { type: Object, value: { k: 'v' } } },
          lifetimes: { ${typed(['s', 'n', 'b', 'a', 'o'])} } }`,
      ),
    },
  }),
]

const ONE = (wxml: string, props: string, extra = '') =>
  comp(wxml, `{ properties: ${props}${extra ? `, ${extra}` : ''} }`)

propertyCases.push(
  t('values from the template, typed', {
    page: page(
      '<child s="{{s}}" n="{{n}}" b="{{b}}" a="{{a}}" o="{{o}}"/>',
      USING,
      `{ s: 'x', n: 3, b: true, a: ['p', 'q'], o: { k: 1 } }`,
    ),
    components: {
      'comp/child': ONE(
        '<view>{{s}}|{{n}}|{{b}}|{{a[1]}}|{{o.k}}</view>',
        '{ s: String, n: Number, b: Boolean, a: Array, o: Object }',
        `lifetimes: { ${typed(['s', 'n', 'b', 'a', 'o'])} }`,
      ),
    },
  }),
  t('static attribute strings coerced by type', {
    page: page('<child s="text" n="42" b="yes" x="raw"/>', USING),
    components: {
      'comp/child': ONE(
        '<view>{{s}}|{{n + 1}}|{{b}}|{{x}}</view>',
        '{ s: String, n: Number, b: Boolean, x: null }',
        `lifetimes: { ${typed(['s', 'n', 'b', 'x'])} }`,
      ),
    },
  }),
  t('numbers and booleans given to a String property', {
    page: page('<child a="{{1.5}}" b="{{false}}"/>', USING),
    components: {
      'comp/child': ONE(
        '<view>{{a}}|{{b}}</view>',
        '{ a: String, b: String }',
        `lifetimes: { ${typed(['a', 'b'])} }`,
      ),
    },
  }),
  t('non-numeric string given to a Number property', {
    page: page('<child n="{{v}}"/>', USING, `{ v: '12' }`),
    components: {
      'comp/child': ONE('<view>{{n}}</view>', '{ n: Number }', `lifetimes: { ${typed(['n'])} }`),
    },
    steps: [{ setData: { v: '7' } }],
  }),
  t('dashed attribute names reach camelCase properties', {
    page: page('<child my-label="{{v}}" other-prop="s"/>', USING, `{ v: 'dash' }`),
    components: {
      'comp/child': ONE(
        '<view>{{myLabel}}/{{otherProp}}</view>',
        '{ myLabel: String, otherProp: String }',
      ),
    },
    steps: [{ setData: { v: 'changed' } }],
  }),
  t('observer gets the new and the old value', {
    page: page('<child v="{{v}}"/>', USING, `{ v: 1 }`),
    components: {
      'comp/child': ONE(
        '<view>{{v}}</view>',
        `{ v: { type: Number, value: 0, observer(n, o) { log('observer', n, o) } } }`,
      ),
    },
    steps: [{ setData: { v: 2 } }, { setData: { v: 5 } }],
  }),
  t('observer runs when the parent sets the same value again', {
    page: page('<child v="{{v}}"/><view>{{other}}</view>', USING, `{ v: 'a', other: 0 }`),
    components: {
      'comp/child': ONE(
        '<view>{{v}}</view>',
        `{ v: { type: String, observer(n, o) { log('observer', n, o) } } }`,
      ),
    },
    steps: [{ setData: { v: 'a' } }, { setData: { other: 1 } }],
  }),
  t('observer by method name', {
    page: page('<child v="{{v}}"/>', USING, `{ v: 'x' }`),
    components: {
      'comp/child': ONE(
        '<view>{{v}}</view>',
        `{ v: { type: String, observer: 'onV' } }`,
        `methods: { onV(n, o) { log('onV', n, o, this.data.v) } }`,
      ),
    },
    steps: [{ setData: { v: 'y' } }],
  }),
  t('child setData on its own property, then the parent sets it', {
    page: page('<child id="c" v="{{v}}"/>', USING, `{ v: 'parent' }`),
    components: {
      'comp/child': ONE(
        '<view>{{v}}</view>',
        `{ v: { type: String, observer(n, o) { log('observer', n, o) } } }`,
      ),
    },
    steps: [{ setData: { v: 'own' }, on: ['#c'] }, { setData: { v: 'parent again' } }],
  }),
  t('optionalTypes keep a value of another listed type', {
    page: page('<child v="{{v}}"/>', USING, `{ v: 3 }`),
    components: {
      'comp/child': ONE(
        '<view>{{v}}</view>',
        `{ v: { type: String, optionalTypes: [Number], value: '' } }`,
        `lifetimes: { ${typed(['v'])} }, observers: { v(x) { log('v', typeof x, x) } }`,
      ),
    },
    steps: [{ setData: { v: 'str' } }],
    follow: 'glass-easel',
    why: 'the exparser in j-component predates optionalTypes and makes 3 the string "3"; the docs (Component properties: optionalTypes) and glass-easel keep the number',
  }),
  t('an object property updated by a sub-path setData of the parent', {
    page: page('<child o="{{o}}"/>', USING, `{ o: { a: 1, b: { c: 2 } } }`),
    components: {
      'comp/child': ONE(
        '<view>{{o.a}}-{{o.b.c}}</view>',
        `{ o: { type: Object, observer(n, old) { log('observer', n, old) } } }`,
      ),
    },
    steps: [{ setData: { 'o.b.c': 3 } }, { setData: { o: { a: 9, b: { c: 0 } } } }],
  }),
  t('an array property and its length', {
    page: page('<child list="{{list}}"/>', USING, `{ list: ['a'] }`),
    components: {
      'comp/child': ONE(
        '<view wx:for="{{list}}" wx:key="*this">{{index}}:{{item}}</view><text>{{list.length}}</text>',
        `{ list: { type: Array, observer(n) { log('len', n.length) } } }`,
      ),
    },
    steps: [
      { setData: { list: ['a', 'b', 'c'] } },
      { setData: { 'list[1]': 'B' } },
      { setData: { list: [] } },
    ],
  }),
  t('properties read in created, attached and ready', {
    page: page('<child v="{{v}}"/>', USING, `{ v: 'given' }`),
    components: {
      'comp/child': ONE(
        '<view>{{v}}</view>',
        `{ v: { type: String, value: 'default' } }`,
        `lifetimes: { created() { log('created', this.data.v) }, attached() { log('attached', this.data.v) }, ready() { log('ready', this.properties.v) } }`,
      ),
    },
  }),
)
