// Lifetime order for a tree: created, attached, ready of nested and sibling components, components
// added later by `wx:if` and `wx:for`, and detached when `wx:if` removes a subtree.
import type { ComponentCase } from '../types.ts'
import { comp, page, tc } from './make.ts'

const t = (name: string, parts: Omit<ComponentCase, 'name'>) => tc('lifetimes', name, parts)
/** A component that logs each lifetime with its `name` property. */
const logged = (wxml: string, using?: Record<string, string>, extra = '') =>
  comp(
    wxml,
    `{ properties: { name: String }, ${extra}
      lifetimes: {
        created() { log('created') },
        attached() { log('attached', this.data.name) },
        ready() { log('ready', this.data.name) },
        detached() { log('detached', this.data.name) },
      } }`,
    using,
  )
const TREE = {
  'comp/a': logged('<view>a:<b name="{{name}}.b1"/><b name="{{name}}.b2"/></view>', {
    b: 'comp/b',
  }),
  'comp/b': logged('<view>b:<c name="{{name}}.c"/></view>', { c: 'comp/c' }),
  'comp/c': logged('<text>c</text>'),
}

/** Cases where components attach after the first render: j-component triggers `ready` only when
 *  its root attaches (`dfsExparserTree` in `attach`), glass-easel leaves `ready` to the host. */
const LATE_READY = {
  follow: 'docs' as const,
  why: "ready runs for every instance once its layout is done (docs: Component lifetimes), also for one added later; j-component only runs it when its root attaches. Expected: j-component's steps plus ready in j-component's own order for a tree (children first)",
}

export const lifetimeCases: ComponentCase[] = [
  t('one component', {
    page: page('<c name="only"/>', { c: 'comp/c' }),
    components: { 'comp/c': logged('<text>c</text>') },
  }),
  t('siblings', {
    page: page('<c name="1"/><c name="2"/><c name="3"/>', { c: 'comp/c' }),
    components: { 'comp/c': logged('<text>c</text>') },
  }),
  t('nested tree', {
    page: page('<a name="a"/>', { a: 'comp/a' }),
    components: TREE,
  }),
  t('a tree added by wx:if', {
    page: page('<view wx:if="{{on}}"><a name="a"/></view>', { a: 'comp/a' }, '{ on: false }'),
    components: TREE,
    steps: [{ setData: { on: true } }],
    ...LATE_READY,
    expected: [
      { tree: '', log: [] },
      {
        tree: '<view><a><view>"a:"<b><view>"b:"<c><text>"c"</text></c></view></b><b><view>"b:"<c><text>"c"</text></c></view></b></view></a></view>',
        log: [
          ...Array<string>(5).fill('created'),
          ...['a', 'a.b1', 'a.b1.c', 'a.b2', 'a.b2.c'].map((n) => `attached ${n}`),
          ...['a.b1.c', 'a.b1', 'a.b2.c', 'a.b2', 'a'].map((n) => `ready ${n}`),
        ],
      },
    ],
  }),
  t('a tree removed by wx:if', {
    page: page(
      '<a wx:if="{{on}}" name="a"/><c name="stays"/>',
      { a: 'comp/a', c: 'comp/c' },
      '{ on: true }',
    ),
    components: TREE,
    steps: [{ setData: { on: false } }],
  }),
  t('slot content created by the page, placed in the child', {
    page: page('<b name="b"><c name="slotted"/></b>', { b: 'comp/b', c: 'comp/c' }),
    components: {
      'comp/b': logged('<view>b:<slot/></view>'),
      'comp/c': logged('<text>c</text>'),
    },
  }),
  t('wx:for item added', {
    page: page(
      '<c wx:for="{{list}}" wx:key="*this" name="{{item}}"/>',
      { c: 'comp/c' },
      `{ list: ['x', 'y'] }`,
    ),
    components: { 'comp/c': logged('<text>{{name}}</text>') },
    steps: [{ setData: { list: ['x', 'y', 'z'] } }],
    ...LATE_READY,
    expected: [
      {
        tree: '<c><text>"x"</text></c><c><text>"y"</text></c>',
        log: ['created', 'created', 'attached x', 'attached y', 'ready x', 'ready y'],
      },
      {
        tree: '<c><text>"x"</text></c><c><text>"y"</text></c><c><text>"z"</text></c>',
        log: ['created', 'attached z', 'ready z'],
      },
    ],
  }),
  t('wx:for items removed', {
    page: page(
      '<c wx:for="{{list}}" wx:key="*this" name="{{item}}"/>',
      { c: 'comp/c' },
      `{ list: ['x', 'y', 'z'] }`,
    ),
    components: {
      'comp/c': comp(
        '<text>{{name}}</text>',
        `{ properties: { name: String }, lifetimes: { detached() { log('detached', this.data.name) } } }`,
      ),
    },
    steps: [{ setData: { list: ['z'] } }, { setData: { list: [] } }],
    follow: 'glass-easel',
    why: 'j-component detaches removed items last first (y, x); glass-easel detaches them in list order (x, y), as mpsim does',
  }),
  t('a component removed by its parent component', {
    page: page('<b id="b" name="b"/>', { b: 'comp/b' }),
    components: {
      'comp/b': logged(
        '<view>b:<c wx:if="{{keep}}" name="inner"/></view>',
        { c: 'comp/c' },
        'data: { keep: true },',
      ),
      'comp/c': logged('<text>c</text>'),
    },
    steps: [
      { setData: { keep: false }, on: ['#b'] },
      { setData: { keep: true }, on: ['#b'] },
    ],
    ...LATE_READY,
    expected: [
      {
        tree: '<b id="b"><view>"b:"<c><text>"c"</text></c></view></b>',
        log: ['created', 'created', 'attached b', 'attached inner', 'ready inner', 'ready b'],
      },
      { tree: '<b id="b"><view>"b:"</view></b>', log: ['detached inner'] },
      {
        tree: '<b id="b"><view>"b:"<c><text>"c"</text></c></view></b>',
        log: ['created', 'attached inner', 'ready inner'],
      },
    ],
  }),
  t('legacy top-level lifetimes, and lifetimes wins', {
    page: page('<c/>', { c: 'comp/c' }),
    components: {
      'comp/c': comp(
        '<text>c</text>',
        `{ created() { log('top created') }, attached() { log('top attached') },
           lifetimes: { attached() { log('lifetimes attached') } } }`,
      ),
    },
  }),
  t('setData in attached renders', {
    page: page('<c/>', { c: 'comp/c' }),
    components: {
      'comp/c': comp(
        '<text>{{state}}</text>',
        `{ data: { state: 'init' }, lifetimes: { attached() { this.setData({ state: 'attached' }); log(this.data.state) } } }`,
      ),
    },
  }),
]
