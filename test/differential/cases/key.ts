// wx:key with reorders, inserts, removals and replacements. The rendered result must not depend
// on the keys, only the reuse of nodes does: these cases pin that the result is right.
import type { DiffCase } from '../types.ts'
import { single } from './make.ts'

const ids = (...n: number[]) => n.map((id) => ({ id, name: `n${id}` }))
const byId = '<view wx:for="{{list}}" wx:key="id" class="k{{item.id}}">{{item.name}}</view>'
const byThis = '<view wx:for="{{list}}" wx:key="*this">{{item}}</view>'
const t = (
  name: string,
  wxml: string,
  data: Record<string, unknown>,
  patches: DiffCase['patches'],
) => single('key', name, wxml, data, patches)

export const keyCases: DiffCase[] = [
  {
    ...t('property: reverse', byId, { list: ids(1, 2, 3) }, [{ list: ids(3, 2, 1) }]),
    follow: 'glass-easel',
    why: 'j-component puts keyed items in the wrong order on this reorder (its diff); wcc re-rendered from data and glass-easel agree',
  },
  t('property: insert front', byId, { list: ids(1, 2) }, [{ list: ids(0, 1, 2) }]),
  t('property: insert middle', byId, { list: ids(1, 3) }, [{ list: ids(1, 2, 3) }]),
  t('property: remove middle', byId, { list: ids(1, 2, 3) }, [{ list: ids(1, 3) }]),
  t('property: replace all', byId, { list: ids(1, 2) }, [{ list: ids(5, 6, 7) }]),
  t('property: move first to last', byId, { list: ids(1, 2, 3, 4) }, [{ list: ids(2, 3, 4, 1) }]),
  {
    ...t('property: swap two', byId, { list: ids(1, 2, 3, 4) }, [{ list: ids(1, 4, 3, 2) }]),
    follow: 'glass-easel',
    why: 'j-component puts keyed items in the wrong order on this reorder (its diff); wcc re-rendered from data and glass-easel agree',
  },
  t('property: change name keeps key', byId, { list: ids(1, 2) }, [{ 'list[1].name': 'renamed' }]),
  t(
    'property: duplicate keys',
    byId,
    {
      list: [
        { id: 1, name: 'a' },
        { id: 1, name: 'b' },
      ],
    },
    [{ list: [{ id: 1, name: 'b' }] }],
  ),
  t('property: missing key field', byId, { list: [{ name: 'a' }, { name: 'b' }] }, [
    { list: [{ name: 'b' }] },
  ]),
  t('property: sequence of edits', byId, { list: ids(1, 2, 3) }, [
    { list: ids(3, 1) },
    { list: ids(4, 3, 1, 2) },
    { list: [] },
    { list: ids(2) },
  ]),
  {
    ...t('*this: reverse', byThis, { list: ['a', 'b', 'c'] }, [{ list: ['c', 'b', 'a'] }]),
    follow: 'glass-easel',
    why: 'j-component puts keyed items in the wrong order on this reorder (its diff); wcc re-rendered from data and glass-easel agree',
  },
  t('*this: insert and remove', byThis, { list: ['a', 'b', 'c'] }, [
    { list: ['x', 'a', 'c'] },
    { list: ['c'] },
  ]),
  t('*this: numbers', byThis, { list: [1, 2, 3] }, [{ list: [3, 1, 2, 4] }]),
  t('*this: duplicates', byThis, { list: ['a', 'a', 'b'] }, [{ list: ['b', 'a', 'a'] }]),
  t(
    'key with index text',
    '<view wx:for="{{list}}" wx:key="id">{{index}}:{{item.name}}</view>',
    { list: ids(1, 2, 3) },
    [{ list: ids(3, 1, 2) }],
  ),
  t(
    'keyed block with two children',
    '<block wx:for="{{list}}" wx:key="id"><view>{{item.id}}</view><text>{{item.name}}</text></block>',
    { list: ids(1, 2) },
    [{ list: ids(2, 1, 3) }],
  ),
  t(
    'key with mustache form',
    '<view wx:for="{{list}}" wx:key="{{item.id}}">{{item.name}}</view>',
    { list: ids(1, 2) },
    [{ list: ids(2, 1) }],
  ),
]
