import { describe, expect, it } from 'vitest'
import { ErrorList } from '../errors.ts'
import type { WxsFactory } from '../../runtime/view/bundle.ts'
import { createWxsLoader, getDate, getRegExp } from '../../runtime/view/wxs.ts'
import { memoryFiles, resolveAsset } from '../project/index.ts'
import { compileWxs } from './index.ts'

const files: Record<string, string> = {
  'utils/a.wxs':
    "var b = require('./b.wxs')\nmodule.exports = { twice: function (x) { return b.add(x, x) }, seenB: b.name }",
  'utils/b.wxs':
    "var a = require('./a.wxs')\nmodule.exports.name = 'b'\nmodule.exports.add = function (x, y) { return x + y }\nmodule.exports.aWhileLoading = JSON.stringify(a)",
  'utils/leak.wxs':
    'module.exports = [typeof window, typeof globalThis, typeof document, typeof setTimeout, typeof getRegExp]',
  'pages/index/index.wxml': '<view/>\n<wxs module="m">\nvar x = 1 +;\n</wxs>',
}
const project = memoryFiles(files)
const resolve = (from: string, req: string) => resolveAsset(project, from, req, '.wxs')

function build(ids: string[], errors = new ErrorList()): Record<string, WxsFactory> {
  const out: Record<string, WxsFactory> = {}
  for (const id of ids) {
    const source = files[id] ?? ''
    const result = compileWxs(
      { id, file: id, fileSource: source, code: source },
      resolve,
      errors.onError,
    )
    if (result) out[id] = new Function(`return ${result.code}`)() as WxsFactory
  }
  return out
}

describe('compileWxs', () => {
  it('rewrites require to module ids and runs modules that require each other', () => {
    const errors = new ErrorList()
    const result = compileWxs(
      {
        id: 'utils/a.wxs',
        file: 'utils/a.wxs',
        fileSource: files['utils/a.wxs']!,
        code: files['utils/a.wxs']!,
      },
      resolve,
      errors.onError,
    )
    expect(result?.requires).toEqual(['utils/b.wxs'])
    expect(result?.code).toContain('require("utils/b.wxs")')
    const loader = createWxsLoader(build(['utils/a.wxs', 'utils/b.wxs']))
    const a = loader.load('utils/a.wxs') as { twice(x: number): number; seenB: string }
    expect(a.twice(21)).toBe(42)
    expect(a.seenB).toBe('b')
    // b ran while a was still loading: it saw a's exports as they were then (empty)
    expect((loader.load('utils/b.wxs') as { aWhileLoading: string }).aWhileLoading).toBe('{}')
    expect(loader.load('utils/a.wxs')).toBe(a)
    expect(errors.items).toEqual([])
  })

  it('hides host globals from WXS code', () => {
    const loader = createWxsLoader(build(['utils/leak.wxs']))
    expect(loader.load('utils/leak.wxs')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'function',
    ])
  })

  it('reports a syntax error in a .wxs file with a code frame', () => {
    const errors = new ErrorList()
    const src = 'var a = 1\nvar b = ;\n'
    expect(
      compileWxs(
        { id: 'x.wxs', file: 'x.wxs', fileSource: src, code: src },
        resolve,
        errors.onError,
      ),
    ).toBeNull()
    expect(errors.items[0]).toMatchObject({
      code: 'WXS_SYNTAX',
      loc: { file: 'x.wxs', line: 2, column: 9, offset: 18 },
    })
    expect(errors.items[0]?.frame).toContain('> 2 | var b = ;')
  })

  it('reports a syntax error of an inline block at its place in the .wxml file', () => {
    const errors = new ErrorList()
    const wxml = files['pages/index/index.wxml']!
    const code = '\nvar x = 1 +;\n'
    const src = {
      id: 'pages/index/index.wxml#m',
      file: 'pages/index/index.wxml',
      fileSource: wxml,
      code,
      line: 2,
      column: 19,
    }
    expect(compileWxs(src, resolve, errors.onError)).toBeNull()
    expect(errors.items[0]?.loc).toEqual({
      file: 'pages/index/index.wxml',
      line: 3,
      column: 12,
      offset: 36,
    })
    expect(wxml[36]).toBe(';')
  })

  it('reports a require that does not resolve', () => {
    const errors = new ErrorList()
    const src = "var q = require('./nope.wxs')"
    const result = compileWxs(
      { id: 'utils/q.wxs', file: 'utils/q.wxs', fileSource: src, code: src },
      resolve,
      errors.onError,
    )
    expect(result?.requires).toEqual([])
    expect(errors.items[0]).toMatchObject({
      code: 'IMPORT_NOT_FOUND',
      loc: { line: 1, column: 17 },
    })
  })
})

describe('WXS runtime', () => {
  it('throws for a missing module, and reruns a module whose factory threw', () => {
    let runs = 0
    const loader = createWxsLoader({
      bad: () => {
        runs++
        throw new Error('boom')
      },
    })
    expect(() => loader.load('nope')).toThrow('WXS module not found: nope')
    expect(() => loader.load('bad')).toThrow('boom')
    expect(() => loader.load('bad')).toThrow('boom')
    expect(runs).toBe(2)
  })

  it('getRegExp builds a RegExp from a string and g/i/m flags', () => {
    const re = getRegExp('\\d+', 'gi')
    expect('a1b22'.replace(re, '#')).toBe('a#b#')
    expect(re.flags).toBe('gi')
    expect(getRegExp('x').flags).toBe('')
    expect(getRegExp(/a.b/, 'm').source).toBe('a.b')
    expect(() => getRegExp('x', 'y')).toThrow(/invalid flags/)
  })

  it('getDate takes nothing, milliseconds, a date string or date parts', () => {
    const before = Date.now()
    const now = getDate().getTime()
    expect(now).toBeGreaterThanOrEqual(before)
    expect(getDate(1500000000000).toISOString()).toBe('2017-07-14T02:40:00.000Z')
    expect(getDate('2017-07-14T02:40:00.000Z').getTime()).toBe(1500000000000)
    const parts = getDate(2018, 11, 12, 10, 30)
    expect([
      parts.getFullYear(),
      parts.getMonth(),
      parts.getDate(),
      parts.getHours(),
      parts.getMinutes(),
    ]).toEqual([2018, 11, 12, 10, 30])
  })
})
