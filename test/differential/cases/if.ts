// wx:if / wx:elif / wx:else chains and their updates.
import type { DiffCase } from '../types.ts'
import { single } from './make.ts'

const t = (
  name: string,
  wxml: string,
  data?: Record<string, unknown>,
  patches?: DiffCase['patches'],
) => single('if', name, wxml, data, patches)

const chain =
  '<view wx:if="{{n > 2}}">big</view><view wx:elif="{{n > 0}}">small</view><view wx:else>none</view>'

export const ifCases: DiffCase[] = [
  t('if true', '<view wx:if="{{c}}">yes</view>', { c: true }),
  t('if false', '<view wx:if="{{c}}">yes</view><view>after</view>', { c: false }),
  t('if toggles', '<view wx:if="{{c}}">yes</view><view>after</view>', { c: false }, [
    { c: true },
    { c: false },
    { c: 1 },
  ]),
  t('if else', '<view wx:if="{{c}}">a</view><view wx:else>b</view>', { c: true }, [
    { c: false },
    { c: true },
  ]),
  t('if elif else chain', chain, { n: 5 }, [{ n: 1 }, { n: 0 }, { n: 3 }, { n: -1 }]),
  t('truthiness of values', '<view wx:if="{{v}}">t</view><view wx:else>f</view>', { v: '' }, [
    { v: '0' },
    { v: 0 },
    { v: [] },
    { v: {} },
    { v: null },
    { v: 'x' },
  ]),
  t('if on missing data', '<view wx:if="{{missing}}">t</view><view wx:else>f</view>'),
  t('if static string', '<view wx:if="false">static false string</view>'),
  t('if with mixed string', '<view wx:if="{{f}} ">mixed</view>', { f: false }),
  t(
    'two independent ifs',
    '<view wx:if="{{a}}">a</view><view wx:if="{{b}}">b</view><view wx:else>not b</view>',
    { a: true, b: false },
    [{ a: false, b: true }],
  ),
  t(
    'nested ifs',
    '<view wx:if="{{a}}">A<view wx:if="{{b}}">B</view><view wx:else>notB</view></view>',
    { a: true, b: true },
    [{ b: false }, { a: false }, { a: true, b: true }],
  ),
  t('if on text tag', '<text wx:if="{{a}}">x</text><text wx:else>y</text>', { a: 1 }, [{ a: 0 }]),
  t(
    'if keeps siblings order',
    '<view>1</view><view wx:if="{{a}}">2</view><view>3</view>',
    { a: false },
    [{ a: true }],
  ),
  t(
    'if content updates while shown',
    '<view wx:if="{{a}}">{{msg}}</view>',
    { a: true, msg: 'm1' },
    [{ msg: 'm2' }, { a: false, msg: 'm3' }, { a: true }],
  ),
  t(
    'if with class binding',
    '<view wx:if="{{a}}" class="{{cls}}">x</view>',
    { a: true, cls: 'c1' },
    [{ cls: 'c2' }],
  ),
  t(
    'elif without else none match',
    '<view wx:if="{{n === 1}}">one</view><view wx:elif="{{n === 2}}">two</view>',
    { n: 3 },
    [{ n: 2 }, { n: 1 }],
  ),
  t(
    'if on expression',
    '<view wx:if="{{list.length > 1}}">many</view><view wx:else>few</view>',
    { list: [1] },
    [{ list: [1, 2] }],
  ),
]
