// The fuzz checks themselves: each must catch what it is there to catch, or a clean fuzz run
// would prove nothing.

import { describe, expect, it } from 'vitest'
import { createError, locationAt } from '../../compiler/errors.ts'
import { checkErrors, checkWxsCode, evaluateTemplate } from './invariants.ts'
import { inputSeed, mulberry32 } from './prng.ts'

const SOURCE = '<view>\n  {{a}}\n</view>'
const at = (offset: number) =>
  createError('WXML_SYNTAX', locationAt('a.wxml', SOURCE, offset), SOURCE, ['x'])

describe('checkErrors', () => {
  it('accepts errors located in the input, with a frame', () => {
    expect(checkErrors([at(0), at(9), at(SOURCE.length)], 'a.wxml', SOURCE)).toEqual([])
  })

  it('flags a line or column outside the input, a wrong offset, a missing frame or file', () => {
    const e = at(9)
    const cases = [
      { ...e, loc: { ...e.loc, line: 9 } },
      { ...e, loc: { ...e.loc, column: 0 } },
      { ...e, loc: { ...e.loc, column: 40 } },
      { ...e, loc: { ...e.loc, offset: 2 } },
      { ...e, frame: '' },
      { ...e, loc: { ...e.loc, file: 'b.wxml' } },
    ]
    for (const c of cases) expect(checkErrors([c], 'a.wxml', SOURCE)).toHaveLength(1)
  })

  it('reads the files an error may point into through readOther', () => {
    const other = createError('WXML_SYNTAX', locationAt('b.wxml', 'xy', 1), 'xy', ['x'])
    expect(
      checkErrors([other], 'a.wxml', SOURCE, (f) => (f === 'b.wxml' ? 'xy' : undefined)),
    ).toEqual([])
  })
})

describe('evaluateTemplate', () => {
  it('runs a factory and every closure in its tree', () => {
    const code =
      'function (R) { return { root: [{ k: 0, v: (s) => R.t([R.v(s, "a"), 1]) }], templates: {} } }'
    expect(evaluateTemplate(code)).toBeNull()
  })

  it('reports invalid JavaScript, a throwing factory and a throwing expression', () => {
    expect(evaluateTemplate('function (R) { return [ }')).toMatch(/not valid JavaScript/)
    expect(evaluateTemplate('function (R) { throw 1 }')).toMatch(/factory threw/)
    const throwing = 'function (R) { return { root: [{ v: (s) => null.x }], templates: {} } }'
    expect(evaluateTemplate(throwing)).toMatch(/expression threw/)
    expect(evaluateTemplate('function (R) { return {} }')).toMatch(/lacks root/)
  })

  it('checks WXS factories parse', () => {
    expect(checkWxsCode('function (module) { module.exports = 1 }')).toBeNull()
    expect(checkWxsCode('function (module) { module.exports = }')).toMatch(/not valid/)
  })
})

describe('prng', () => {
  it('gives the same numbers for the same seed, and differs across inputs', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const xs = [a.next(), a.next(), a.int(1000)]
    expect([b.next(), b.next(), b.int(1000)]).toEqual(xs)
    expect(xs[0]).toBeGreaterThanOrEqual(0)
    expect(xs[0]).toBeLessThan(1)
    expect(inputSeed(1, 0, 0)).not.toBe(inputSeed(1, 0, 1))
    expect(inputSeed(1, 0, 0)).not.toBe(inputSeed(1, 1, 0))
  })
})
