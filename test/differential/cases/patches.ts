// setData patches: deep paths, new keys, replaced arrays and objects.
import type { DiffCase } from '../types.ts'
import { single } from './make.ts'

const t = (
  name: string,
  wxml: string,
  data: Record<string, unknown>,
  patches: DiffCase['patches'],
) => single('patch', name, wxml, data, patches)

export const patchCases: DiffCase[] = [
  t(
    'deep path a.b[2].c',
    '<view wx:for="{{a.b}}">{{item.c}}</view>',
    { a: { b: [{ c: 1 }, { c: 2 }, { c: 3 }] } },
    [{ 'a.b[2].c': 30 }, { 'a.b[0].c': 10, 'a.b[1].c': 20 }],
  ),
  t(
    'list[3].name',
    '<view wx:for="{{list}}">{{item.name}}</view>',
    { list: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }] },
    [{ 'list[3].name': 'z' }],
  ),
  t('new top-level key', '<view>[{{fresh}}]</view>', {}, [{ fresh: 'new' }]),
  t('new nested key', '<view>[{{o.k}}]</view>', { o: {} }, [{ 'o.k': 'nk' }]),
  t('new key under missing parent', '<view>[{{p.q}}]</view>', {}, [{ 'p.q': 'created' }]),
  t('replace array', '<view wx:for="{{list}}">{{item}}</view>', { list: [1, 2, 3] }, [
    { list: ['x'] },
    { list: [4, 5, 6, 7] },
  ]),
  t('replace object', '<view>{{o.a}}-{{o.b}}</view>', { o: { a: 1, b: 2 } }, [{ o: { a: 3 } }]),
  {
    ...t('set to null', '<view>[{{v}}]</view><view wx:if="{{v}}">on</view>', { v: 'x' }, [
      { v: null },
      { v: 'y' },
    ]),
    follow: 'wcc',
    why: 'null in text, as in text: null',
  },
  t('several keys in one patch', '<view>{{a}}{{b}}{{c}}</view>', { a: 1, b: 2, c: 3 }, [
    { a: 'x', c: 'z' },
  ]),
  t(
    'index into array of arrays',
    '<view wx:for="{{m}}">{{item[0]}}{{item[1]}}</view>',
    {
      m: [
        [1, 2],
        [3, 4],
      ],
    },
    [{ 'm[1][0]': 9 }],
  ),
  t('patch array length grows by index', '<view>{{list.length}}</view>', { list: [1] }, [
    { 'list[3]': 4 },
  ]),
  t(
    'patch string key with dot-bracket mix',
    '<view>{{o.arr[1].x.y}}</view>',
    { o: { arr: [{}, { x: { y: 1 } }] } },
    [{ 'o.arr[1].x.y': 2 }],
  ),
  t('same value again', '<view class="{{c}}">{{c}}</view>', { c: 'same' }, [{ c: 'same' }]),
  t('type changes', '<view>{{v}}</view>', { v: 1 }, [{ v: 'str' }, { v: [1, 2] }, { v: true }]),
  t(
    'patch data used by template',
    '<template name="t"><view>{{x.y}}</view></template><template is="t" data="{{x}}"/>',
    { x: { y: 1 } },
    [{ 'x.y': 2 }],
  ),
]
