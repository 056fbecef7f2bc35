// triggerEvent and taps across shadow trees: bubbles, composed, capturePhase, catch, and what
// the handler sees (type, detail, target and currentTarget ids, dataset).
import type { ComponentCase } from '../types.ts'
import { comp, page, tc } from './make.ts'

const t = (name: string, parts: Omit<ComponentCase, 'name'>) => tc('events', name, parts)

/** A handler that logs what it sees under `tag`. */
const h = (tag: string) =>
  `${tag}(e) { log('${tag}', e.type, e.detail, e.target.id, e.currentTarget.id, e.currentTarget.dataset) }`
const HANDLERS = `{ ${['onPage', 'onWrap', 'onHost', 'onCapture', 'onTap'].map(h).join(', ')} }`
/** The emitter: `fire(options)` triggers `ping` with a detail. */
const emitter = comp(
  '<view id="inner" bindtap="onTap">e</view>',
  `{ methods: { fire(options) { this.triggerEvent('ping', { n: 1 }, options) }, ${h('onTap')} } }`,
)
/** A middle component whose template holds the emitter inside a view that listens too. */
const middle = comp(
  '<view id="mwrap" bind:ping="onWrap"><emitter id="em" bind:ping="onHost"/></view>',
  `{ methods: ${HANDLERS} }`,
  { emitter: 'comp/emitter' },
)
const flat = (wxml: string) => page(wxml, { emitter: 'comp/emitter' }, '{}', HANDLERS)
const nested = (wxml: string) => page(wxml, { middle: 'comp/middle' }, '{}', HANDLERS)
const fire = (options: Record<string, boolean>, on = ['#em']) => ({
  call: 'fire',
  on,
  args: [options],
})
/** j-component keeps one handler per event name on an element: `capture-bind:ping` next to
 *  `bind:ping` replaces it. */
const CAPTURE_AND_BIND =
  'j-component drops bind:ping on an element that also has capture-bind:ping (it keeps one handler per event name); glass-easel keeps both, as the docs on event capture show with capture-bind:touchstart next to bindtouchstart'
const ALL = { 'comp/emitter': emitter, 'comp/middle': middle }
const THROUGH = ['#mid', '#em']

export const eventCases: ComponentCase[] = [
  t('triggerEvent reaches the host binding', {
    page: flat('<emitter id="em" data-k="v" bind:ping="onHost"/>'),
    components: ALL,
    steps: [fire({})],
  }),
  t('without bubbles the wrapping view hears nothing', {
    page: flat('<view id="wrap" bind:ping="onWrap"><emitter id="em" bind:ping="onHost"/></view>'),
    components: ALL,
    steps: [fire({})],
  }),
  t('bubbles reaches the wrapping view', {
    page: flat(
      '<view id="wrap" data-w="1" bind:ping="onWrap"><emitter id="em" bind:ping="onHost"/></view>',
    ),
    components: ALL,
    steps: [fire({ bubbles: true })],
  }),
  t('catch stops bubbling', {
    page: flat('<view id="wrap" bind:ping="onWrap"><emitter id="em" catch:ping="onHost"/></view>'),
    components: ALL,
    steps: [fire({ bubbles: true })],
  }),
  t('capture phase with capturePhase', {
    page: flat(
      '<view id="wrap" capture-bind:ping="onCapture" bind:ping="onWrap"><emitter id="em" bind:ping="onHost"/></view>',
    ),
    components: ALL,
    steps: [fire({ bubbles: true, capturePhase: true })],
    follow: 'glass-easel',
    why: CAPTURE_AND_BIND,
  }),
  t('no capture phase without capturePhase', {
    page: flat(
      '<view id="wrap" capture-bind:ping="onCapture" bind:ping="onWrap"><emitter id="em" bind:ping="onHost"/></view>',
    ),
    components: ALL,
    steps: [fire({ bubbles: true })],
    follow: 'glass-easel',
    why: CAPTURE_AND_BIND,
  }),
  t('not composed: stays in the middle component', {
    page: nested(
      '<view id="pwrap" bind:ping="onPage"><middle id="mid" bind:ping="onPage"/></view>',
    ),
    components: ALL,
    steps: [fire({ bubbles: true }, THROUGH)],
  }),
  t('composed and bubbling: crosses into the page', {
    page: nested(
      '<view id="pwrap" bind:ping="onPage"><middle id="mid" bind:ping="onHost"/></view>',
    ),
    components: ALL,
    steps: [fire({ bubbles: true, composed: true }, THROUGH)],
  }),
  t('composed without bubbles: each host hears it', {
    page: nested(
      '<view id="pwrap" bind:ping="onPage"><middle id="mid" bind:ping="onHost"/></view>',
    ),
    components: ALL,
    steps: [fire({ composed: true }, THROUGH)],
  }),
  t('composed capture from the page down', {
    page: nested(
      '<view id="pwrap" capture-bind:ping="onCapture"><middle id="mid" capture-bind:ping="onCapture" bind:ping="onHost"/></view>',
    ),
    components: ALL,
    steps: [fire({ bubbles: true, composed: true, capturePhase: true }, THROUGH)],
    follow: 'glass-easel',
    why: CAPTURE_AND_BIND,
  }),
  t('tap inside a component bubbles to its host in the page', {
    page: flat('<view id="wrap" bindtap="onWrap"><emitter id="em" bindtap="onHost"/></view>'),
    components: ALL,
    steps: [{ tap: ['#em', '#inner'] }],
  }),
  t('catchtap inside the component stops the tap', {
    page: flat('<view id="wrap" bindtap="onWrap"><emitter id="em"/></view>'),
    components: {
      'comp/emitter': comp(
        '<view id="outer" bindtap="onTap"><view id="inner" catchtap="onTap">e</view></view>',
        `{ methods: { ${h('onTap')} } }`,
      ),
    },
    steps: [{ tap: ['#em', '#inner'] }],
  }),
  t('tap on slot content: target and currentTarget', {
    glassEaselDiffers:
      'for a listener inside the component, glass-easel retargets a tap on slotted content to the <slot> (target id ""); exparser, which the WebView renderer runs, gives the slotted node, as mpsim does',
    page: flat(
      '<view id="wrap" bindtap="onWrap"><emitter id="em" bindtap="onHost"><view id="slotted" data-s="1" bindtap="onTap">s</view></emitter></view>',
    ),
    components: {
      'comp/emitter': comp(
        '<view id="box" bindtap="onTap"><slot/></view>',
        `{ methods: { ${h('onTap')} } }`,
      ),
    },
    steps: [{ tap: ['#slotted'] }],
  }),
  t('a handler in the page updates a child property', {
    page: page(
      '<emitter id="em" count="{{count}}" bind:ping="inc"/>',
      { emitter: 'comp/emitter' },
      '{ count: 0 }',
      `{ inc(e) { this.setData({ count: this.data.count + e.detail.n }) } }`,
    ),
    components: {
      'comp/emitter': comp(
        '<text>{{count}}</text>',
        `{ properties: { count: Number }, methods: { fire() { this.triggerEvent('ping', { n: 2 }) } } }`,
      ),
    },
    steps: [
      { call: 'fire', on: ['#em'] },
      { call: 'fire', on: ['#em'] },
    ],
  }),
  t('an event name with capitals and dashes', {
    page: page(
      '<emitter id="em" bind:myEvent="onA" bind:my-event="onB"/>',
      { emitter: 'comp/emitter' },
      '{}',
      `{ onA(e) { log('A', e.type) }, onB(e) { log('B', e.type) } }`,
    ),
    components: {
      'comp/emitter': comp(
        '<text>e</text>',
        `{ methods: { fire(name) { this.triggerEvent(name, {}) } } }`,
      ),
    },
    steps: [
      { call: 'fire', on: ['#em'], args: ['myEvent'] },
      { call: 'fire', on: ['#em'], args: ['my-event'] },
    ],
  }),
]
