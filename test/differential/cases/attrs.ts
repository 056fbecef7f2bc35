// Attributes: typed single mustaches, mixed strings, class and style bindings, id.
import type { DiffCase } from '../types.ts'
import { single } from './make.ts'

const t = (
  name: string,
  wxml: string,
  data?: Record<string, unknown>,
  patches?: DiffCase['patches'],
  extra?: Partial<DiffCase>,
) => single('attrs', name, wxml, data, patches, extra)

export const attrCases: DiffCase[] = [
  t('static class', '<view class="a  b c">x</view>'),
  t('class mustache', '<view class="{{c}}">x</view>', { c: 'red' }, [{ c: 'blue' }, { c: '' }]),
  t('class mixed', "<view class=\"item {{active ? 'on' : ''}} tail\">x</view>", { active: true }, [
    { active: false },
  ]),
  t('class number', '<view class="{{n}}">x</view>', { n: 3 }),
  t('class boolean', '<view class="{{b}}">x</view>', { b: true }, [{ b: false }], {
    follow: 'glass-easel',
    why: 'j-component drops a class of false; wcc and glass-easel both give the text "false"',
  }),
  t('class array', '<view class="{{arr}}">x</view>', { arr: ['a', 'b'] }, undefined, {
    follow: 'glass-easel',
    why: 'the platform reads class names as the runs between whitespace, "," and "." (glass-easel class_list.ts), so the array gives two classes; wcc only stringifies it ("a,b") and leaves the splitting to the engine. tdesign relies on it (chat-actionbar class="{{[classPrefix, placement]}}")',
  }),
  t('class undefined', '<view class="{{missing}}">x</view>'),
  t('class undefined in mixed', '<view class="a {{missing}}">x</view>'),
  t('class null', '<view class="{{n}}">x</view>', { n: null }),
  t('class with two mustaches', '<view class="{{a}}-{{b}}">x</view>', { a: 'p', b: 'q' }, [
    { b: 'r' },
  ]),
  t('static style', '<view style="color: red; width: 10px">x</view>'),
  t('style mustache', '<view style="color:{{c}};">x</view>', { c: 'red' }, [{ c: 'blue' }]),
  t('style whole', '<view style="{{s}}">x</view>', { s: 'height: 2px' }, [{ s: '' }]),
  t('style object', '<view style="{{s}}">x</view>', { s: { color: 'red' } }, undefined, {
    follow: 'glass-easel',
    why: 'j-component throws on a non-string style; wcc and glass-easel agree',
  }),
  t('style undefined', '<view style="color:{{missing}}">x</view>'),
  t('id static', '<view id="main">x</view>'),
  t('id mustache', '<view id="item-{{i}}">x</view>', { i: 3 }, [{ i: 4 }]),
  t('id number', '<view id="{{i}}">x</view>', { i: 7 }),
  t('hidden static bare', '<view hidden>x</view>'),
  t('hidden true', '<view hidden="{{h}}">x</view>', { h: true }, [{ h: false }, { h: true }]),
  t('hidden zero', '<view hidden="{{h}}">x</view>', { h: 0 }, [{ h: 1 }]),
  t('hidden empty string', '<view hidden="{{h}}">x</view>', { h: '' }, [{ h: 'yes' }]),
  t('hidden static "false"', '<view hidden="false">x</view>', {}, undefined, {
    note: 'docs: a static "false" is a non-empty string, which converts to true for a Boolean property',
  }),
  t('hidden {{false}}', '<view hidden="{{false}}">x</view>'),
  t('hidden mixed string', '<view hidden="{{h}} ">x</view>', { h: false }, undefined, {
    note: 'a mustache with text around it is a string: "false " is truthy',
  }),
  t('hidden on text', '<text hidden="{{h}}">x</text>', { h: true }),
  t('hidden undefined', '<view hidden="{{missing}}">x</view>'),
  t('other quotes inside attribute', `<view class='{{"a" + "b"}}'>x</view>`),
  t('single-quoted attribute', `<view class='{{c}}'>x</view>`, { c: 'q' }),
  t('attribute without quotes in mustache spaces', '<view class="{{ c }}">x</view>', { c: 'sp' }),
  t(
    'class and style on many',
    '<view class="a" style="color: red"><text class="b" style="font-size: 1px">t</text></view>',
  ),
  t('unknown attribute ignored', '<view foo="bar" class="k">x</view>'),
  t('data attributes not rendered', '<view data-a="1" data-b="{{b}}" class="d">x</view>', { b: 2 }),
  t('event bindings not rendered', '<view bindtap="onTap" catch:touchstart="x" class="e">x</view>'),
]
