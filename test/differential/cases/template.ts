// <template name> / <template is>, static and dynamic, with data and spread.
import type { DiffCase } from '../types.ts'
import { single } from './make.ts'

const t = (
  name: string,
  wxml: string,
  data?: Record<string, unknown>,
  patches?: DiffCase['patches'],
  extra?: Partial<DiffCase>,
) => single('template', name, wxml, data, patches, extra)

const two =
  '<template name="a"><view>A {{v}}</view></template><template name="b"><text>B {{v}}</text></template>'

export const templateCases: DiffCase[] = [
  t('static is', '<template name="t"><view>in template</view></template><template is="t"/>'),
  t(
    'template definition alone renders nothing',
    '<template name="t"><view>x</view></template><view>after</view>',
  ),
  t(
    'data object',
    '<template name="t"><view>{{a}}-{{b}}</view></template><template is="t" data="{{a: x, b: 2}}"/>',
    { x: 1 },
    [{ x: 5 }],
  ),
  t(
    'data spread',
    '<template name="t"><view>{{name}}/{{age}}</view></template><template is="t" data="{{...person}}"/>',
    { person: { name: 'n', age: 3 } },
    [{ 'person.age': 4 }],
  ),
  t(
    'data spread and extra',
    '<template name="t"><view>{{name}} {{extra}}</view></template><template is="t" data="{{...person, extra: e}}"/>',
    { person: { name: 'n' }, e: 'E' },
  ),
  t(
    'data shorthand',
    '<template name="t"><view>{{item}} {{index}}</view></template><template is="t" data="{{item, index}}"/>',
    { item: 'i', index: 9 },
  ),
  t(
    'no data gives empty scope',
    '<template name="t"><view>[{{x}}]</view></template><template is="t"/>',
    { x: 'page' },
    undefined,
    {
      note: 'a template sees only its data attribute, not the page data',
    },
  ),
  t('dynamic is', two + '<template is="{{which}}" data="{{v}}"/>', { which: 'a', v: 1 }, [
    { which: 'b' },
    { v: 2 },
  ]),
  t(
    'dynamic is expression',
    two + '<template is="{{n > 0 ? \'a\' : \'b\'}}" data="{{v: n}}"/>',
    { n: 1 },
    [{ n: -1 }],
  ),
  t(
    'dynamic is unknown name',
    two + '<template is="{{which}}" data="{{v}}"/><view>end</view>',
    { which: 'zzz', v: 1 },
    [{ which: 'a' }],
  ),
  t(
    'template in for',
    '<template name="row"><view class="r">{{i}}:{{item}}</view></template><block wx:for="{{list}}"><template is="row" data="{{item, i: index}}"/></block>',
    { list: ['x', 'y'] },
    [{ list: ['y', 'z', 'x'] }],
  ),
  t(
    'template with for inside',
    '<template name="l"><view wx:for="{{items}}">{{item}}</view></template><template is="l" data="{{items: list}}"/>',
    { list: [1, 2] },
    [{ 'list[2]': 3 }],
  ),
  t(
    'template with if',
    '<template name="t"><view wx:if="{{on}}">on</view><view wx:else>off</view></template><template is="t" data="{{on}}"/>',
    { on: true },
    [{ on: false }],
  ),
  t(
    'template on if',
    '<template name="t"><view>{{v}}</view></template><template wx:if="{{show}}" is="t" data="{{v}}"/>',
    { show: false, v: 1 },
    [{ show: true }],
  ),
  t(
    'template calls template',
    '<template name="inner"><text>{{x}}</text></template><template name="outer"><view><template is="inner" data="{{x: y}}"/></view></template><template is="outer" data="{{y}}"/>',
    { y: 'deep' },
  ),
  t(
    'template with several roots',
    '<template name="t"><view>1</view><view>2</view></template><view><template is="t"/></view>',
  ),
  t(
    'template nested object data',
    '<template name="t"><view>{{o.p.q}}</view></template><template is="t" data="{{o}}"/>',
    { o: { p: { q: 'Q' } } },
    [{ 'o.p.q': 'R' }],
  ),
  t(
    'template defined after use',
    '<template is="late"/><template name="late"><view>late</view></template>',
  ),
]
