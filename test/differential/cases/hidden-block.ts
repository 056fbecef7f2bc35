// <block>, hidden, and the shapes that wrap nothing.
import type { DiffCase } from '../types.ts'
import { single } from './make.ts'

const t = (
  name: string,
  wxml: string,
  data?: Record<string, unknown>,
  patches?: DiffCase['patches'],
) => single('block', name, wxml, data, patches)

export const hiddenBlockCases: DiffCase[] = [
  t('block renders children only', '<block><view>a</view><view>b</view></block>'),
  t(
    'block with if',
    '<block wx:if="{{on}}"><view>a</view><text>b</text></block><block wx:else><view>c</view></block>',
    { on: true },
    [{ on: false }],
  ),
  t('nested blocks', '<block><block><view>x</view></block>text</block>'),
  t('block class ignored', '<block class="nope"><view>x</view></block>'),
  t(
    'hidden keeps node',
    '<view hidden="{{h}}">h</view><view wx:if="{{!h}}">i</view>',
    { h: false },
    [{ h: true }],
  ),
  t(
    'hidden on for items',
    '<view wx:for="{{list}}" hidden="{{item.h}}">{{item.v}}</view>',
    {
      list: [
        { h: false, v: 1 },
        { h: true, v: 2 },
      ],
    },
    [{ 'list[0].h': true }],
  ),
  t(
    'hidden with class and style',
    '<view hidden="{{h}}" class="c" style="color: red">x</view>',
    { h: true },
    [{ h: false }],
  ),
  t('hidden on button', '<button hidden="{{h}}">b</button>', { h: true }),
  t('empty view', '<view></view>'),
  t('self-closing view', '<view/><text/>'),
  t('empty block', '<block></block><view>after</view>'),
  t('deep nesting', '<view><view><view><text>{{v}}</text></view></view></view>', { v: 'deep' }, [
    { v: 'er' },
  ]),
  t(
    'built-in leaves',
    '<view><input value="{{v}}" class="i"/><image src="a.png" class="m"/><switch checked/></view>',
    { v: 'x' },
  ),
  t(
    'other built-ins',
    '<scroll-view class="s"><swiper><swiper-item>1</swiper-item></swiper></scroll-view><navigator url="/a">go</navigator><label>l</label>',
  ),
  t(
    'checkbox and radio text',
    '<checkbox-group><checkbox value="a">A</checkbox></checkbox-group><radio-group><radio value="b">B</radio></radio-group>',
  ),
]
