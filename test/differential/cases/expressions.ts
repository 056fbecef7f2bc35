// Expression operators and literals inside mustaches.
import type { DiffCase } from '../types.ts'
import { single } from './make.ts'

const D = {
  a: 7,
  b: 2,
  s: 'str',
  t: true,
  f: false,
  z: 0,
  n: null,
  arr: [1, 2, 3],
  o: { k: 'v', n: { d: 4 } },
}
const e = (
  name: string,
  expr: string,
  data: Record<string, unknown> = D,
  patches?: DiffCase['patches'],
) => single('expr', name, `<view>{{${expr}}}</view>`, data, patches)

export const expressionCases: DiffCase[] = [
  e('addition', 'a + b'),
  e('string concatenation', "s + '-' + a"),
  e('subtraction and unary minus', 'a - b - -1'),
  e('multiply divide modulo', 'a * b + a / b + a % b'),
  e('precedence', 'a + b * 3 - (a - b) * 2'),
  e('comparison', "(a > b) + ',' + (a < b) + ',' + (a >= 7) + ',' + (a <= 6)"),
  e('equality', "(a == '7') + ',' + (a === '7') + ',' + (a != 7) + ',' + (a !== 7)"),
  e('logical and or', "(t && 'yes') + ',' + (f || 'no') + ',' + (z || 'zero') + ',' + (s && z)"),
  e('not', "!t + ',' + !!s + ',' + !z"),
  e('ternary', "a > b ? 'big' : 'small'", D, [{ a: 1 }]),
  e('nested ternary', "z ? 'a' : t ? 'b' : 'c'"),
  e('member access', 'o.k + o.n.d'),
  e('computed member', "o['k'] + arr[1] + arr[a - 6]"),
  e('length', 'arr.length + s.length'),
  e('index out of range', "arr[9] + ''"),
  e('missing deep path', 'o.x.y'),
  e('array literal', '[a, b, 3]'),
  e('null arithmetic', 'n + 1'),
  e('string times number', "'3' * '4'"),
  e('string minus', 's - 1'),
  e('typeof-like via ternary on undefined', "missing === undefined ? 'u' : 'd'"),
  e('number literals', '1.5 + .5 + 10'),
  {
    ...e('string escapes', "'a\\'b'"),
    follow: 'glass-easel',
    why: 'wcc (2020 binary) keeps the escape as the text `\\x27`: a compiler quirk, not documented; glass-easel unescapes as JavaScript does',
  },
  e('parentheses', '((a))'),
  e('bitwise absent, comparison chain', 'a > b > z'),
  e('patched operand', 'a * 2', { a: 1 }, [{ a: 5 }, { a: -3 }]),
  e('boolean literal', 'true + "" + false'),
  {
    ...e('unary plus', "+'3' + 1"),
    follow: 'glass-easel',
    why: 'wcc (2020) rejects unary plus at compile time; glass-easel accepts it as JavaScript does, and mpsim follows the newer compiler',
  },
]
