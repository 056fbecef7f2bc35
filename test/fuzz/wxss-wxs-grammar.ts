// Random WXSS (selectors of every kind the compiler rewrites, rpx values, at-rules, @import)
// and random WXS (the ES5 subset with require, getRegExp and getDate).

import type { Rng } from './prng.ts'

const SIMPLE = ['view', 'text', '.a', '.van-button', '#id', '*', 'page', ':host', '::after',
  ':not(.x)', '[data-x="1"]', '.a.b', 'wx-view', 'my-comp', ':host(.on)', '>>> .deep', '::v-deep',
  ':nth-child(2n+1)', '.中文', '.a\\:b'] // prettier-ignore
const COMBINATORS = [' ', ' > ', ' + ', ' ~ ', ', ']
const PROPS = ['width', 'height', 'margin', 'color', 'font-size', 'transform', '--van-x', 'border']
const VALUES = ['10rpx', '-0.5rpx', '750rpx', '1.5rpx', '0rpx', '100%', 'calc(100% - 20rpx)',
  'red', 'var(--van-x, 12rpx)', 'translate(10rpx, -3rpx)', '1px solid #fff', 'url("a.png")',
  '"rpx"', '10RPX', '1e2rpx', '.5rpx', 'rpx', 'attr(x)', '!important', '\\31 0rpx'] // prettier-ignore
export const WXSS_IMPORTS = ['"./other.wxss"', "'/styles/base.wxss'", '"missing.wxss"',
  'url("./other.wxss")', '"./index.wxss"', '""'] // prettier-ignore

function selector(rng: Rng): string {
  let out = rng.pick(SIMPLE)
  for (let n = rng.int(3); n > 0; n--) out += rng.pick(COMBINATORS) + rng.pick(SIMPLE)
  return out
}

function declarations(rng: Rng): string {
  const out: string[] = []
  for (let n = rng.int(4); n > 0; n--) out.push(`${rng.pick(PROPS)}: ${rng.pick(VALUES)}`)
  return out.join('; ') + (rng.chance(0.5) ? ';' : '')
}

function rule(rng: Rng, depth: number): string {
  switch (depth > 1 ? 0 : rng.int(8)) {
    case 1:
      return `@import ${rng.pick(WXSS_IMPORTS)};`
    case 2:
      return `@media (min-width: ${rng.pick(['300px', '600rpx'])}) { ${rule(rng, depth + 1)} }`
    case 3:
      return `@keyframes k { from { ${declarations(rng)} } 50% { ${declarations(rng)} } }`
    case 4:
      return `/* ${rng.pick(['c', '*/', '{'])} */`
    case 5:
      return `@font-face { font-family: f; src: url(x.ttf) }`
    default:
      return `${selector(rng)} { ${declarations(rng)} }`
  }
}

export function wxssFile(rng: Rng): string {
  const out: string[] = []
  for (let n = rng.range(1, 6); n > 0; n--) out.push(rule(rng, 0))
  return out.join(rng.pick(['\n', ' ', '\r\n', '']))
}

const WXS_STATEMENTS = [
  'var a = 1;',
  "var fmt = require('./fmt.wxs');",
  "var x = require('/utils/fmt.wxs');",
  "var m = require('./missing.wxs');",
  'var r = require(name);',
  "var re = getRegExp('a+', 'g');",
  'var d = getDate(2020, 1, 1);',
  'function f(x) { return x > 1 ? x * 2 : -x }',
  'module.exports = { f: f, n: 1 };',
  'module.exports.g = function (s) { return s.split(",").join("-") };',
  "if (a) { a++ } else { a = 'b' }",
  'for (var i = 0; i < 3; i++) { a += i }',
  'var o = { "k": [1, 2, 3], n: null };',
  'var s = "\\u4e2d" + \'x\';',
  'var t = typeof window;',
  "'use strict';",
  'return 1',
  'var let = 1;',
  'var a = /re/g;',
  'const b = () => 1;',
] // prettier-ignore

export function wxsFile(rng: Rng): string {
  const out: string[] = []
  for (let n = rng.range(1, 6); n > 0; n--) out.push(rng.pick(WXS_STATEMENTS))
  return out.join(rng.pick(['\n', ' ', '\r\n', '\n\n  ']))
}
