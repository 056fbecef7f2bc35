import { describe, expect, it } from 'vitest'
import { parseDataPath } from '../../../shared/data-path.ts'
import { compileObservers, touchedObservers } from '../observers.ts'

// docs "数据监听器": a field runs when it or an ancestor is set; `x.**` also for anything below
// x; `**` on every setData; one call per setData however many of its fields were touched.
const data = { a: { b: 1, c: 2 }, list: [10, 20], n: 5 }
const run = (spec: string, ...keys: string[]) =>
  touchedObservers(
    compileObservers([[spec, spec]], () => {}),
    keys.map(parseDataPath),
    data,
  )

describe('observer field matching', () => {
  it('a plain field: itself or an ancestor set', () => {
    expect(run('a.b', 'a.b')).toEqual([{ fn: 'a.b', args: [1] }])
    expect(run('a.b', 'a')).toHaveLength(1)
    expect(run('a.b', 'a.c')).toHaveLength(0)
    expect(run('a', 'a.b')).toHaveLength(0) // a sub-field set does not touch the plain parent field
  })

  it('array items: list[0] by itself or by list', () => {
    expect(run('list[0]', 'list[0]')).toEqual([{ fn: 'list[0]', args: [10] }])
    expect(run('list[0]', 'list')).toHaveLength(1)
    expect(run('list[0]', 'list[1]')).toHaveLength(0)
  })

  it('wildcards: x.** for x and anything below, ** for everything', () => {
    expect(run('a.**', 'a.b')).toEqual([{ fn: 'a.**', args: [{ b: 1, c: 2 }] }])
    expect(run('a.**', 'a')).toHaveLength(1)
    expect(run('a.**', 'n')).toHaveLength(0)
    expect(run('**', 'n')).toEqual([{ fn: '**', args: [data] }])
  })

  it('several fields: one call with every field value when any is touched', () => {
    expect(run('n, a.b', 'a.b', 'n')).toEqual([{ fn: 'n, a.b', args: [5, 1] }])
    expect(run('n, a.b', 'list')).toHaveLength(0)
  })
})
