// Random WXML from a grammar of what real templates contain: built-in and custom tags, block,
// template definitions and uses, import/include/wxs/slot, wx:if/elif/else, wx:for with its
// item/index/key, events of every prefix, two-way bindings, mustaches, entities and comments.

import { anyExpression, expression } from './expressions.ts'
import type { Rng } from './prng.ts'

const TAGS = ['view', 'text', 'button', 'image', 'scroll-view', 'my-comp', 'van-cell', 'label']
const VOID_TAGS = ['input', 'image', 'icon', 'my-comp']
const EVENTS = ['bindtap', 'bind:tap', 'catchtap', 'catch:touchstart', 'capture-bind:tap',
  'capture-catch:tap', 'mut-bind:tap', 'bindinput', 'bind:custom-event'] // prettier-ignore
// Each list of choices has a valid half and an invalid half (picked with chance `rng.bad`).
const WORDS = ['hello', 'world', ' ', '  ', '\n', '中文', 'x > y', "it's", '"q"', '{', '}']
const BAD_WORDS = ['a<b', '<', '</', '<!-', '{{', '}}']
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&nbsp;', '&#123;', '&#x41;']
const BAD_ENTITIES = ['&bogus;', '&', '&#;', '&#xZZ;', '&lt', '&#x110000;']
/** Files the fuzz host has besides the input (see wxml-fuzz.test.ts), and some it has not. */
const SRCS = ['./other', './other.wxml', '/pages/index/other', 'other']
const BAD_SRCS = ['./missing', './index', './loop', './broken', 'index.wxml', '../x', '']
const WXS_SRCS = ['./fmt.wxs', '/utils/fmt.wxs', './fmt', '../../utils/fmt.wxs']
const BAD_WXS_SRCS = ['./missing.wxs', '', 'fmt.js']

const INLINE_WXS = ['module.exports = { f: function (x) { return x + 1 } }', 'module.exports = 1;',
  '', 'var f = require("./fmt.wxs"); module.exports = f'] // prettier-ignore

/** `{{ e }}`; sometimes without spaces, unless that would make `{{{` or `}}}`. */
export const mustache = (rng: Rng, e = expression(rng)): string =>
  rng.chance(0.1) && !/^\{|\}$/.test(e) ? `{{${e}}}` : `{{ ${e} }}`

function text(rng: Rng): string {
  let out = ''
  for (let n = rng.range(1, 4); n > 0; n--) {
    const r = rng.int(10)
    if (r < 4) out += rng.either(WORDS, BAD_WORDS)
    else if (r < 6) out += rng.either(ENTITIES, BAD_ENTITIES)
    else if (r < 9) out += mustache(rng)
    else out += `<!-- ${rng.pick(WORDS)} -->`
  }
  return out
}

/** An attribute value: literal, a mustache, or text mixed with mustaches. */
function value(rng: Rng): string {
  const r = rng.int(4)
  if (r === 0) return rng.pick(['x', '', 'a b', 'true', '0', 'color: red;', '中'])
  if (r === 1) return mustache(rng)
  return `${rng.pick(['a ', 'c-', ''])}${mustache(rng)}${rng.pick(['', ' z', '-{{b}}'])}`
}

/** Quotes a value, turning quotes inside it into the other kind, as authors write them. */
function quote(rng: Rng, v: string): string {
  return rng.chance(0.85) ? `"${v.replace(/"/g, "'")}"` : `'${v.replace(/'/g, '"')}'`
}

function attrs(rng: Rng): string {
  const out: string[] = []
  const names = new Set<string>()
  for (let n = rng.int(4); n > 0; n--) {
    const r = rng.int(12)
    const name =
      r < 3 ? rng.pick(['class', 'style', 'id', 'hidden', 'data-x', 'data-item-id', 'slot'])
      : r < 5 ? rng.pick(EVENTS)
      : r < 6 ? rng.either(['model:value', 'mark:m', 'generic:g'], ['wx:key', 'a:b:c', 'wx:bogus'])
      : rng.pick(['name', 'src', 'disabled', 'for', 'value', 'catchtap']) // prettier-ignore
    if (names.has(name) && !rng.chance(rng.bad)) continue
    names.add(name)
    if (rng.chance(0.1)) out.push(name)
    else
      out.push(
        `${name}=${quote(rng, r < 5 && r >= 3 ? rng.either(['onTap', '{{h}}'], ['', '{{']) : value(rng))}`,
      )
  }
  return out.length ? ' ' + out.join(' ') : ''
}

/** wx:if / wx:elif / wx:else on siblings, sometimes misplaced. */
function conditional(rng: Rng, depth: number): string {
  let out = `<view wx:if=${quote(rng, mustache(rng))}>${children(rng, depth + 1)}</view>`
  for (let n = rng.int(3); n > 0; n--) {
    out += `<text wx:elif=${quote(rng, mustache(rng))}>${text(rng)}</text>`
  }
  if (rng.chance(0.6)) out += `<block wx:else>${children(rng, depth + 1)}</block>`
  if (rng.chance(rng.bad / 2)) out += `<view wx:else>${text(rng)}</view>`
  return out
}

function loop(rng: Rng, depth: number): string {
  let a = ` wx:for=${quote(rng, rng.either([mustache(rng), 'abc', '[1,2]'], ['{{}}', '{{a']))}`
  if (rng.chance(0.4)) a += ` wx:for-item="${rng.either(['row', 'item'], ['a.b', '', '{{x}}'])}"`
  if (rng.chance(0.3)) a += ` wx:for-index="${rng.either(['i', 'idx'], ['1x', 'a b'])}"`
  if (rng.chance(0.5)) a += ` wx:key="${rng.either(['id', '*this', 'a.b'], ['{{item.id}}', ''])}"`
  const tag = rng.pick(['view', 'block'])
  const close = rng.either([tag], ['view', 'block'])
  return `<${tag}${a}>${children(rng, depth + 1)}</${close}>`
}

function special(rng: Rng, depth: number): string {
  switch (rng.int(8)) {
    case 0:
      return `<template name="${rng.either(['t1', 't2'], ['', '{{x}}'])}">${children(rng, depth + 1)}</template>`
    case 1: {
      const body = rng.pick(['...item', 'a, b', 'x: 1', expression(rng)])
      const data = rng.chance(0.6) ? ` data=${quote(rng, mustache(rng, body))}` : ''
      return `<template is="${rng.pick(['t1', 't2', 'nope', '{{name}}', "{{a ? 't1' : 't2'}}"])}"${data}/>`
    }
    case 2:
      return `<import src="${rng.either(SRCS, BAD_SRCS)}"/>`
    case 3:
      return `<include src="${rng.either(SRCS, BAD_SRCS)}"${rng.chance(0.2) ? '>' + text(rng) + '</include>' : '/>'}`
    case 4:
      return rng.chance(0.5)
        ? `<wxs module="${rng.either(['m', 'fmt'], ['1bad', ''])}" src="${rng.either(WXS_SRCS, BAD_WXS_SRCS)}"/>`
        : `<wxs module="${rng.pick(['m', 'n'])}">${rng.either(INLINE_WXS, ['var a = <view>', 'var = 1'])}</wxs>`
    case 5:
      return `<slot${rng.chance(0.5) ? ` name="${rng.pick(['', 'header', '{{n}}'])}"` : ''}/>`
    case 6:
      return `<block${attrs(rng)}>${children(rng, depth + 1)}</block>`
    default:
      return `<${rng.pick(VOID_TAGS)}${attrs(rng)}/>`
  }
}

function element(rng: Rng, depth: number): string {
  const r = rng.int(10)
  if (r < 2) return conditional(rng, depth)
  if (r < 3) return loop(rng, depth)
  if (r < 5) return special(rng, depth)
  const tag = rng.pick(TAGS)
  return `<${tag}${attrs(rng)}>${children(rng, depth + 1)}</${tag}>`
}

function children(rng: Rng, depth: number): string {
  if (depth > 3) return text(rng)
  let out = ''
  for (let n = rng.int(depth === 0 ? 5 : 3); n >= 0; n--) {
    out += rng.chance(0.35) ? text(rng) : element(rng, depth)
    if (rng.chance(0.3)) out += rng.pick(['\n', '\n  ', ' ', '\r\n', '\t'])
  }
  return out
}

/** A whole random .wxml file: half of them from valid choices only. */
export function wxmlFile(rng: Rng): string {
  rng.bad = rng.chance(0.5) ? 0 : 0.2
  return children(rng, 0)
}

/** An expression placed where a template reads one: text, attributes, directives, data. */
export function expressionInWxml(rng: Rng): string {
  const e = anyExpression(rng)
  switch (rng.int(7)) {
    case 0:
      return `<view>{{${e}}}</view>`
    case 1:
      return `<view class="a {{${e}}} b" data-x="{{${e}}}"/>`
    case 2:
      return `<view wx:if="{{${e}}}">x</view><view wx:else/>`
    case 3:
      return `<view wx:for="{{${e}}}" wx:key="id">{{item}}</view>`
    case 4:
      return `<template name="t"><text>{{a}}</text></template><template is="t" data="{{${e}}}"/>`
    case 5:
      return `<view bindtap="{{${e}}}" style='{{${e}}}'>t {{${e}}} t</view>`
    default:
      return `<view>{{${e}</view>`
  }
}

/** One construct nested deep: elements, wx:if, blocks in wx:for, arrays, objects, parentheses,
 *  member chains. Real templates nest a few dozen levels; generated ones can go much deeper. */
export function deepWxml(rng: Rng): string {
  const d = rng.range(50, 1000)
  const nest = (open: string, close: string, inner: string) =>
    open.repeat(d) + inner + close.repeat(d)
  switch (rng.int(7)) {
    case 0:
      return nest('<view>', '</view>', 'x')
    case 1:
      return nest('<view wx:if="{{a}}">', '</view>', '{{a}}')
    case 2:
      return nest('<block wx:for="{{item}}">', '</block>', '{{item}}')
    case 3:
      return `<view>{{${nest('[', ']', 'a')}}}</view>`
    case 4:
      return `<view>{{${nest('{a: ', '}', '1')}}}</view>`
    case 5:
      return `<view>{{${nest('(', ')', 'a')} + ${nest('!', '', 'b')}}}</view>`
    default:
      return `<view>{{a${'.b'.repeat(d)}}}</view>`
  }
}
