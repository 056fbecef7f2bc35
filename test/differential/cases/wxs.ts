// WXS modules, inline and from files, with require.
import type { DiffCase } from '../types.ts'

const c = (
  name: string,
  files: Record<string, string>,
  data: Record<string, unknown> = {},
  patches?: DiffCase['patches'],
  extra: Partial<DiffCase> = {},
): DiffCase => ({
  name: `wxs: ${name}`,
  files,
  data,
  ...(patches ? { patches } : {}),
  ...extra,
})

const GLOBALS = {
  follow: 'wcc',
  why: 'docs: getDate and getRegExp are WXS globals; glass-easel core leaves them to the platform adapter',
} as const

const inline = (body: string, view: string) => `<wxs module="m">\n${body}\n</wxs>\n${view}`

export const wxsCases: DiffCase[] = [
  c(
    'inline function',
    {
      'index.wxml': inline(
        'module.exports.double = function (x) { return x * 2 }',
        '<view>{{m.double(n)}}</view>',
      ),
    },
    { n: 3 },
    [{ n: 10 }],
  ),
  c('inline value', {
    'index.wxml': inline('module.exports.name = "wxs"', '<view>{{m.name}}</view>'),
  }),
  c(
    'exports object',
    {
      'index.wxml': inline(
        'var f = function (a, b) { return a + "-" + b }\nmodule.exports = { f: f }',
        '<view>{{m.f(x, y)}}</view>',
      ),
    },
    { x: 'a', y: 'b' },
  ),
  c(
    'array methods',
    {
      'index.wxml': inline(
        'module.exports.j = function (arr) { return arr.map(function (v) { return v + 1 }).join("|") }',
        '<view>{{m.j(list)}}</view>',
      ),
    },
    { list: [1, 2, 3] },
    [{ list: [5] }],
  ),
  c(
    'string methods',
    {
      'index.wxml': inline(
        'module.exports.up = function (s) { return s.toUpperCase() + s.length }',
        '<view>{{m.up(s)}}</view>',
      ),
    },
    { s: 'abc' },
  ),
  c(
    'returns array for wx:for',
    {
      'index.wxml': inline(
        'module.exports.range = function (n) { var r = []; for (var i = 0; i < n; i++) r.push(i * i); return r }',
        '<view wx:for="{{m.range(n)}}">{{item}}</view>',
      ),
    },
    { n: 3 },
    [{ n: 4 }],
  ),
  c(
    'class from wxs',
    {
      'index.wxml': inline(
        'module.exports.cls = function (on) { return on ? "on" : "off" }',
        '<view class="b {{m.cls(on)}}">x</view>',
      ),
    },
    { on: true },
    [{ on: false }],
  ),
  c(
    'src file',
    {
      'index.wxml': '<wxs src="./utils/fmt.wxs" module="fmt"/><view>{{fmt.money(p)}}</view>',
      'utils/fmt.wxs': 'module.exports.money = function (v) { return "$" + v.toFixed(2) }',
    },
    { p: 3.5 },
    [{ p: 10 }],
  ),
  c(
    'require another wxs',
    {
      'index.wxml': '<wxs src="a.wxs" module="a"/><view>{{a.twice(n)}}</view>',
      'a.wxs':
        'var b = require("./b.wxs")\nmodule.exports.twice = function (n) { return b.inc(b.inc(n)) }',
      'b.wxs': 'module.exports.inc = function (n) { return n + 1 }',
    },
    { n: 1 },
  ),
  c('inline requires file', {
    'index.wxml': inline(
      'var u = require("./u.wxs")\nmodule.exports.g = function (x) { return u.tag + x }',
      '<view>{{m.g(1)}}</view>',
    ),
    'u.wxs': 'module.exports.tag = "U"',
  }),
  c('module state is shared', {
    'index.wxml': inline(
      'var n = 0\nmodule.exports.next = function () { n++; return n }\nmodule.exports.k = 5',
      '<view>{{m.k}}</view>',
    ),
  }),
  c(
    'wxs used in included file',
    {
      'index.wxml': '<include src="part.wxml"/>',
      'part.wxml':
        '<wxs module="p">module.exports.s = function (x) { return "[" + x + "]" }</wxs><view>{{p.s(v)}}</view>',
    },
    { v: 'inc' },
    undefined,
    {
      follow: 'wcc',
      why: 'docs: include brings in everything but <template> and <wxs>, so p is unknown; glass-easel lets the included file use its own wxs',
    },
  ),
  c(
    'wxs in template file via import',
    {
      'index.wxml': '<import src="t.wxml"/><template is="t" data="{{v}}"/>',
      't.wxml':
        '<wxs module="q">module.exports.f = function (x) { return x + "!" }</wxs><template name="t"><view>{{q.f(v)}}</view></template>',
    },
    { v: 'hey' },
  ),
  c(
    'date and regexp absent, getDate',
    {
      'index.wxml': inline(
        'module.exports.y = function () { return getDate(2020, 0, 15).getFullYear() }',
        '<view>{{m.y()}}</view>',
      ),
    },
    {},
    undefined,
    GLOBALS,
  ),
  c(
    'getRegExp',
    {
      'index.wxml': inline(
        'module.exports.r = function (s) { return s.replace(getRegExp("a", "g"), "b") }',
        '<view>{{m.r(s)}}</view>',
      ),
    },
    { s: 'banana' },
    undefined,
    GLOBALS,
  ),
  c(
    'JSON stringify',
    {
      'index.wxml': inline(
        'module.exports.s = function (o) { return JSON.stringify(o) }',
        '<view>{{m.s(o)}}</view>',
      ),
    },
    { o: { a: [1, 'x'] } },
  ),
  c(
    'typeof and constructor',
    {
      'index.wxml': inline(
        'module.exports.t = function (a, o) { return typeof a + "," + a.constructor + "," + o.constructor }',
        '<view>{{m.t(list, obj)}}</view>',
      ),
    },
    { list: [1], obj: {} },
    undefined,
    {
      follow: 'wcc',
      why: 'docs: in WXS, constructor is the string "Array"/"Object"; glass-easel runs WXS as plain JavaScript',
    },
  ),
]
