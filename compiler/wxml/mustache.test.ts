import { describe, expect, it } from 'vitest'
import { ErrorList, locationAt } from '../errors.ts'
import { fakeHelpers } from './expression/testing.ts'
import {
  compileTemplateData,
  compileValue,
  type CompiledValue,
  type ValueContext,
} from './mustache.ts'

const FILE = 'pages/index/index.wxml'

/** Puts `value` into a small file as an attribute on line 2 and compiles it there. */
function setup(value: string, wxs: string[] = []) {
  const source = `<view>\n  <text a="${value}"/>\n</view>\n`
  const loc = locationAt(FILE, source, source.indexOf('a="') + 3)
  const errors = new ErrorList()
  const ctx: ValueContext = { file: FILE, source, onError: errors.onError, wxsNames: new Set(wxs) }
  return { loc, ctx, errors }
}

function compile(value: string, wxs: string[] = []) {
  const { loc, ctx, errors } = setup(value, wxs)
  return { result: compileValue(value, loc, ctx), errors: errors.items }
}

const data = { a: 1, b: 'B', item: { x: 1, y: 2 }, list: [1, 2] }

function run(v: CompiledValue | null): unknown {
  if (v === null) return null
  if (v.kind === 'static') return v.value
  return new Function('R', 's', `return ${v.code}`)(fakeHelpers({}), data)
}

describe('compileValue', () => {
  it.each<[string, unknown]>([
    ['plain text', 'plain text'],
    ['', ''],
    ['{{a}}', 1],
    ['{{ a }}', 1],
    ['{{\n  a\n}}', 1],
    ['{{1}}', 1],
    ['{{true}}', true],
    ['{{list}}', [1, 2]],
    ['{{ {x: a} }}', { x: 1 }],
    ['{{{x: a}}}', { x: 1 }],
    ['{{ x: a, b }}', { x: 1, b: 'B' }],
    ['{{ ...item }}', { x: 1, y: 2 }],
    // Spaces around a lone mustache make the value a string (WeChat docs, wxml/data).
    [' {{a}} ', ' 1 '],
    ['{{a}} ', '1 '],
    ['p{{a}}q{{b}}', 'p1qB'],
    ['{{a}}{{b}}', '1B'],
    ['{{list}}!', '1,2!'],
    ['{{ {x: 1} }}}', '[object Object]}'],
    ['n: {{nil}}', 'n: '],
    // `}}` inside a string literal does not close the mustache.
    ['{{ "}}" }}', '}}'],
    ["{{ '}}' + a }}x", '}}1x'],
    ['{{ "a\\"}}" }}', 'a"}}'],
    // No escapes: a backslash stays, and a stray `}}` is text.
    ['\\{{a}}', '\\1'],
    ['a }} b', 'a }} b'],
    ['{ {a} }', '{ {a} }'],
    ['{{a}}}', '1}'],
  ])('%j → %j', (value, expected) => {
    const { result, errors } = compile(value)
    expect(errors).toEqual([])
    expect(run(result)).toEqual(expected)
  })

  it('keeps literal text static and types a lone mustache', () => {
    expect(compile('hello').result).toEqual({ kind: 'static', value: 'hello' })
    expect(compile('{{a.b}}').result).toEqual({ kind: 'expr', code: 'R.v(s,"a","b")' })
    expect(compile(' {{a}}').result).toEqual({ kind: 'expr', code: 'R.t([" ",R.v(s,"a")])' })
  })

  it('compiles WXS module names to R.x', () => {
    expect(compile('{{m.fmt(a)}}', ['m']).result).toEqual({
      kind: 'expr',
      code: 'R.c(R.x(s,"m"),"fmt",[R.v(s,"a")])',
    })
  })

  it('warns on an empty mustache and yields an empty string', () => {
    const { result, errors } = compile('x{{ }}y')
    expect(result).toEqual({ kind: 'static', value: 'xy' })
    expect(errors).toMatchObject([
      { code: 'EXPR_SYNTAX', severity: 'warning', loc: { line: 2, column: 13 } },
    ])
    expect(compile('{{}}').result).toEqual({ kind: 'static', value: '' })
  })

  it('reports an unclosed {{ at its position and keeps the rest as text', () => {
    const { result, errors } = compile('ab {{ a')
    expect(result).toEqual({ kind: 'static', value: 'ab {{ a' })
    expect(errors).toMatchObject([
      { code: 'WXML_UNCLOSED_MUSTACHE', loc: { file: FILE, line: 2, column: 15, offset: 21 } },
    ])
  })

  it('treats an unterminated string as an unclosed mustache', () => {
    const { errors } = compile('{{ "abc }}')
    expect(errors).toMatchObject([{ code: 'WXML_UNCLOSED_MUSTACHE', loc: { line: 2, column: 12 } }])
  })

  it('reports syntax errors at the exact character', () => {
    // `  <text a="` is 11 characters, so the value starts at column 12 of line 2.
    const cases: Array<[string, number, RegExp]> = [
      ['{{ a + }}', 19, /unexpected end/],
      ['x {{ a = 1 }}', 19, /assignment/],
      ['{{a}} and {{ b c }}', 27, /unexpected "c"/],
      ['{{ new Date() }}', 19, /unexpected "Date"/],
    ]
    for (const [value, column, message] of cases) {
      const { result, errors } = compile(value)
      expect(errors, value).toHaveLength(1)
      expect(errors[0]).toMatchObject({ code: 'EXPR_SYNTAX', loc: { line: 2, column } })
      expect(errors[0]!.message).toMatch(message)
      expect(errors[0]!.frame).toContain(value)
      expect(result.kind).toBe('expr')
    }
  })

  it('counts lines inside a multi-line value', () => {
    const { errors } = compile('{{ a +\n  * b }}')
    expect(errors).toMatchObject([{ code: 'EXPR_SYNTAX', loc: { line: 3, column: 3 } }])
  })

  it('keeps going after a bad mustache', () => {
    const { result, errors } = compile('{{ a + }}-{{ b }}')
    expect(errors).toHaveLength(1)
    expect(run(result)).toBe('-B')
  })
})

describe('compileTemplateData', () => {
  function data_(value: string) {
    const { loc, ctx, errors } = setup(value)
    return { result: compileTemplateData(value, loc, ctx), errors: errors.items }
  }

  it.each<[string, unknown]>([
    ['{{item}}', { item: { x: 1, y: 2 } }],
    ['{{...item}}', { x: 1, y: 2 }],
    ['{{ ...item, a: 1, b }}', { x: 1, y: 2, a: 1, b: 'B' }],
    ['{{ ...item, x: 9 }}', { x: 9, y: 2 }],
    ['{{ for: a, bar: b }}', { for: 1, bar: 'B' }],
    ['{{ {z: a} }}', { z: 1 }],
    [' {{ a }} ', { a: 1 }],
  ])('%j → %j', (value, expected) => {
    const { result, errors } = data_(value)
    expect(errors).toEqual([])
    expect(run(result)).toEqual(expected)
  })

  it('ignores a value without a mustache, as glass-easel does', () => {
    expect(data_('abc')).toEqual({ result: null, errors: [] })
    expect(data_('{{ }}').result).toBeNull()
  })

  it('rejects text mixed with the mustache', () => {
    const { result, errors } = data_('x {{a}}')
    expect(result).toBeNull()
    expect(errors).toMatchObject([{ code: 'WXML_BAD_ATTR', loc: { line: 2, column: 12 } }])
  })

  it('reports a bad body', () => {
    const { errors } = data_('{{ a + 1 }}')
    expect(errors).toMatchObject([{ code: 'EXPR_SYNTAX', loc: { line: 2, column: 17 } }])
  })
})
