// <import> (templates only, not transitive) and <include> (everything but templates).
import type { DiffCase } from '../types.ts'

const c = (
  name: string,
  files: Record<string, string>,
  data: Record<string, unknown> = {},
  patches?: DiffCase['patches'],
  note?: string,
  extra: Partial<DiffCase> = {},
): DiffCase => ({
  name: `import-include: ${name}`,
  files,
  data,
  ...(patches ? { patches } : {}),
  ...(note ? { note } : {}),
  ...extra,
})

export const importIncludeCases: DiffCase[] = [
  c(
    'import a template',
    {
      'index.wxml': '<import src="item.wxml"/><template is="item" data="{{text}}"/>',
      'item.wxml': '<template name="item"><view>{{text}}</view></template>',
    },
    { text: 'imported' },
    [{ text: 'changed' }],
  ),
  c('import relative path in folder', {
    'index.wxml': '<import src="./tpl/a.wxml"/><template is="a"/>',
    'tpl/a.wxml': '<template name="a"><text>from tpl</text></template>',
  }),
  c('import absolute path', {
    'index.wxml': '<import src="/tpl/a.wxml"/><template is="a"/>',
    'tpl/a.wxml': '<template name="a"><text>abs</text></template>',
  }),
  c('import ignores non-template content', {
    'index.wxml': '<import src="a.wxml"/><template is="a"/>',
    'a.wxml': '<view>not rendered</view><template name="a"><view>T</view></template>',
  }),
  c(
    'import is not transitive',
    {
      'index.wxml': '<import src="a.wxml"/><template is="A"/><template is="C"/><view>end</view>',
      'a.wxml': '<import src="c.wxml"/><template name="A"><view>A</view></template>',
      'c.wxml': '<template name="C"><view>C</view></template>',
    },
    {},
    undefined,
    'docs: C imported by a.wxml is not visible to index.wxml',
  ),
  c('imported template uses its own import', {
    'index.wxml': '<import src="a.wxml"/><template is="A"/>',
    'a.wxml':
      '<import src="c.wxml"/><template name="A"><view>A<template is="C"/></view></template>',
    'c.wxml': '<template name="C"><text>C</text></template>',
  }),
  c('local template wins over imported', {
    'index.wxml':
      '<import src="a.wxml"/><template name="x"><view>local</view></template><template is="x"/>',
    'a.wxml': '<template name="x"><view>imported</view></template>',
  }),
  c(
    'dynamic is over imported templates',
    {
      'index.wxml': '<import src="a.wxml"/><template is="{{t}}"/>',
      'a.wxml':
        '<template name="one"><view>1</view></template><template name="two"><view>2</view></template>',
    },
    { t: 'one' },
    [{ t: 'two' }],
  ),
  c(
    'include renders content',
    {
      'index.wxml': '<view>before</view><include src="part.wxml"/><view>after</view>',
      'part.wxml': '<text>part {{v}}</text>',
    },
    { v: 1 },
    [{ v: 2 }],
  ),
  c(
    'include sees page data',
    {
      'index.wxml': '<include src="part.wxml"/>',
      'part.wxml': '<view wx:for="{{list}}">{{item}}</view>',
    },
    { list: ['a', 'b'] },
    [{ list: ['c'] }],
  ),
  c('include drops templates and imports', {
    'index.wxml': '<include src="part.wxml"/><template is="p"/><view>end</view>',
    'part.wxml': '<template name="p"><view>P</view></template><view>body</view>',
  }),
  c('include nested', {
    'index.wxml': '<include src="a.wxml"/>',
    'a.wxml': '<view>a<include src="b.wxml"/></view>',
    'b.wxml': '<text>b</text>',
  }),
  c(
    'include inside for',
    {
      'index.wxml': '<block wx:for="{{list}}"><include src="row.wxml"/></block>',
      'row.wxml': '<view>{{index}}:{{item}}</view>',
    },
    { list: ['x', 'y'] },
    undefined,
    undefined,
    {
      follow: 'wcc',
      why: 'docs: include is as if the file were copied in place, so it sees item and index; glass-easel gives the included file only the page data',
    },
  ),
  c(
    'include under if',
    {
      'index.wxml': '<include wx:if="{{on}}" src="a.wxml"/><view>end</view>',
      'a.wxml': '<view>A</view>',
    },
    { on: false },
    [{ on: true }],
  ),
  c(
    'include of missing file',
    { 'index.wxml': '<view>x</view><include src="none.wxml"/>' },
    {},
    undefined,
    'wcc warns "Included path `none.wxml` not found" and renders the rest, as glass-easel does',
    { expectErrors: true },
  ),
]
