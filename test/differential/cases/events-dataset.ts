// Event bindings and data-* attributes: neither shows in the normal form, and neither may break
// rendering, typed values included.
import type { DiffCase } from '../types.ts'
import { single } from './make.ts'

const t = (
  name: string,
  wxml: string,
  data?: Record<string, unknown>,
  patches?: DiffCase['patches'],
) => single('events', name, wxml, data, patches)

export const eventCases: DiffCase[] = [
  t(
    'bind forms',
    '<view bindtap="a" bind:tap="b" catchtap="c" catch:longpress="d" capture-bind:tap="e" capture-catch:touchstart="f" mut-bind:tap="g">x</view>',
  ),
  t('dynamic handler name', '<view bindtap="{{h}}">x</view>', { h: 'onTap' }, [{ h: 'other' }]),
  t(
    'dataset typed values',
    '<view data-n="{{1}}" data-o="{{o}}" data-camel-case="c" class="d">{{o.k}}</view>',
    { o: { k: 'v' } },
    [{ 'o.k': 'w' }],
  ),
  t(
    'dataset in for',
    '<view wx:for="{{list}}" data-index="{{index}}" data-item="{{item}}" bindtap="pick">{{item}}</view>',
    { list: ['a', 'b'] },
  ),
  t(
    'event on block-level template',
    '<template name="t"><view bindtap="x">{{v}}</view></template><template is="t" data="{{v}}"/>',
    { v: 1 },
  ),
  t(
    'model binding value',
    '<input model:value="{{v}}" class="in"/><view>{{v}}</view>',
    { v: 'mv' },
    [{ v: 'nv' }],
  ),
]
