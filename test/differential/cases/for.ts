// wx:for over arrays, objects, numbers and strings; custom names; nesting.
import type { DiffCase } from '../types.ts'
import { single } from './make.ts'

const t = (
  name: string,
  wxml: string,
  data?: Record<string, unknown>,
  patches?: DiffCase['patches'],
  extra?: Partial<DiffCase>,
) => single('for', name, wxml, data, patches, extra)

export const forCases: DiffCase[] = [
  t('array', '<view wx:for="{{list}}">{{index}}:{{item}}</view>', { list: ['a', 'b', 'c'] }),
  t('array of objects', '<view wx:for="{{list}}">{{item.name}}</view>', {
    list: [{ name: 'x' }, { name: 'y' }],
  }),
  t('empty array', '<view wx:for="{{list}}">{{item}}</view><view>end</view>', { list: [] }, [
    { list: [1] },
    { list: [] },
  ]),
  t(
    'object',
    '<view wx:for="{{obj}}">{{index}}={{item}}</view>',
    { obj: { a: 1, b: 2 } },
    undefined,
    {
      note: 'over an object, index is the key',
    },
  ),
  t('number', '<view wx:for="{{3}}">{{index}}:{{item}}</view>'),
  t('number from data', '<view wx:for="{{n}}">{{item}}</view>', { n: 2 }, [{ n: 4 }, { n: 0 }]),
  t('string', '<view wx:for="{{s}}">{{item}}</view>', { s: 'abc' }),
  t('static string', '<view wx:for="ab">{{item}}</view>'),
  t('static mixed list', '<view wx:for="{{[1, \'two\', 3]}}">{{item}}</view>'),
  t('null list', '<view wx:for="{{n}}">{{item}}</view><view>end</view>', { n: null }),
  t('missing list', '<view wx:for="{{missing}}">{{item}}</view><view>end</view>'),
  t(
    'custom item and index names',
    '<view wx:for="{{list}}" wx:for-item="row" wx:for-index="i">{{i}}-{{row}}</view>',
    { list: ['p', 'q'] },
  ),
  t(
    'nested for',
    '<view wx:for="{{rows}}" wx:for-item="row" wx:for-index="r"><text wx:for="{{row}}" wx:for-item="cell">{{r}}.{{index}}={{cell}} </text></view>',
    { rows: [[1, 2], [3]] },
    [{ 'rows[1]': [3, 4, 5] }],
  ),
  t(
    'nested for shadowing item',
    '<view wx:for="{{outer}}"><text wx:for="{{item.inner}}">{{item}}</text></view>',
    { outer: [{ inner: ['a', 'b'] }] },
  ),
  t(
    'for on block',
    '<block wx:for="{{list}}"><view>{{item}}</view><text>,</text></block>',
    { list: [1, 2] },
    [{ list: [1, 2, 3] }],
  ),
  t(
    'for with if on same element',
    '<view wx:for="{{list}}" wx:if="{{item > 1}}">{{item}}</view>',
    { list: [1, 2, 3] },
    [{ list: [3, 1] }],
    {
      note: 'wx:for applies first: wx:if is evaluated per item',
    },
  ),
  t(
    'for with if inside',
    '<view wx:for="{{list}}"><text wx:if="{{item.on}}">{{item.v}}</text></view>',
    {
      list: [
        { on: true, v: 1 },
        { on: false, v: 2 },
      ],
    },
    [{ 'list[1].on': true }],
  ),
  t('item outside loop is data', '<view wx:for="{{list}}">{{item}}</view><view>{{item}}</view>', {
    list: [1],
    item: 'outer',
  }),
  t(
    'index in expressions',
    '<view wx:for="{{list}}" class="row-{{index % 2}}">{{index + 1}}. {{item}}</view>',
    { list: ['a', 'b', 'c'] },
  ),
  t('grow list', '<view wx:for="{{list}}">{{item}}</view>', { list: [1, 2] }, [
    { list: [1, 2, 3, 4] },
  ]),
  t('shrink list', '<view wx:for="{{list}}">{{item}}</view>', { list: [1, 2, 3] }, [{ list: [1] }]),
  t(
    'patch one item',
    '<view wx:for="{{list}}">{{item.name}}</view>',
    { list: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }] },
    [{ 'list[3].name': 'D' }, { 'list[0]': { name: 'A' } }],
  ),
  t('patch appends by index', '<view wx:for="{{list}}">{{item}}</view>', { list: ['a'] }, [
    { 'list[1]': 'b' },
  ]),
  t(
    'for over object after patch',
    '<view wx:for="{{obj}}">{{index}}={{item}}</view>',
    { obj: { a: 1 } },
    [{ 'obj.b': 2 }, { obj: { c: 3 } }],
  ),
  t(
    'for in for with outer index',
    '<view wx:for="{{a}}" wx:for-index="i"><view wx:for="{{b}}" wx:for-index="j">{{i * 10 + j}}</view></view>',
    { a: [0, 0], b: [0, 0, 0] },
  ),
  t('wx:for static unbraced list', '<view wx:for="{{[\'x\',\'y\']}}" wx:for-item="v">{{v}}</view>'),
]
