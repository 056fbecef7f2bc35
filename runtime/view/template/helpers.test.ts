import { describe, expect, it } from 'vitest'
import { c, f, m, t, toText } from './helpers.ts'

describe('toText', () => {
  it.each<[unknown, string]>([
    [null, 'null'],
    [undefined, ''],
    ['', ''],
    ['a b', 'a b'],
    [0, '0'],
    [1.5, '1.5'],
    [NaN, 'NaN'],
    [true, 'true'],
    [false, 'false'],
    [[1, 2, 3], '1,2,3'],
    [[1, [2, 3], null], '1,2,3,'],
    [{ a: 1 }, '[object Object]'],
    [Object.create(null), '[object Object]'],
  ])('%j shows as %j', (value, text) => {
    expect(toText(value)).toBe(text)
  })
})

describe('t', () => {
  it('joins parts as text', () => {
    expect(t(['n = ', 3, ' ', null, undefined, [1, 2], '!'])).toBe('n = 3 null1,2!')
    expect(t([])).toBe('')
  })
})

describe('m', () => {
  const obj = { a: 1, nested: { b: 2 }, list: [5, 6] }

  it('reads own properties and indexes', () => {
    expect(m(obj, 'a')).toBe(1)
    expect(m(obj.list, 1)).toBe(6)
    expect(m(obj.list, '0')).toBe(5)
    expect(m('abc', 1)).toBe('b')
    expect(m({ 1: 'one' }, 1)).toBe('one')
    expect(m({ null: 'n' }, null)).toBe('n')
  })

  it('reads length of strings and arrays', () => {
    expect(m('abcd', 'length')).toBe(4)
    expect(m([1, 2], 'length')).toBe(2)
    expect(m({ length: 7 }, 'length')).toBe(7)
  })

  it('gives undefined for missing links and inherited members', () => {
    expect(m(null, 'a')).toBeUndefined()
    expect(m(undefined, 'a')).toBeUndefined()
    expect(m(obj, 'missing')).toBeUndefined()
    expect(m(obj, 'toString')).toBeUndefined()
    expect(m(obj, 'hasOwnProperty')).toBeUndefined()
    expect(m([], 'map')).toBeUndefined()
    expect(m('x', 'toUpperCase')).toBeUndefined()
    expect(m(5, 'toFixed')).toBeUndefined()
    expect(m(true, 'valueOf')).toBeUndefined()
  })

  it.each(['constructor', '__proto__', 'prototype'])('refuses %s', (key) => {
    const own = { [key]: 'own' }
    Object.defineProperty(own, key, { value: 'own', enumerable: true })
    expect(m(own, key)).toBeUndefined()
    expect(m({}, key)).toBeUndefined()
    expect(m(function named() {}, key)).toBeUndefined()
    expect(m('x', key)).toBeUndefined()
  })

  it('refuses caller and arguments of functions, and non-primitive keys', () => {
    const sloppy = new Function('return 1')
    expect(m(sloppy, 'caller')).toBeUndefined()
    expect(m(sloppy, 'arguments')).toBeUndefined()
    expect(m({ caller: 1 }, 'caller')).toBe(1)
    expect(m({ '[object Object]': 1 }, {})).toBeUndefined()
    expect(m({ a: 1 }, Symbol.iterator)).toBeUndefined()
  })
})

describe('c', () => {
  it('calls WXS exports with this = the module', () => {
    const mod = {
      twice: (x: number) => x * 2,
      self(this: unknown) {
        return this
      },
    }
    expect(c(mod, 'twice', [4])).toBe(8)
    expect(c(mod, 'self', [])).toBe(mod)
    expect(c(Object.assign(Object.create(null), { one: () => 1 }), 'one', [])).toBe(1)
  })

  it('calls allowed methods of strings, numbers, booleans, arrays and objects', () => {
    expect(c(3.14159, 'toFixed', [2])).toBe('3.14')
    expect(c('a,b', 'split', [','])).toEqual(['a', 'b'])
    expect(c('Abc', 'toLowerCase', [])).toBe('abc')
    expect(c([1, 2, 3], 'indexOf', [2])).toBe(1)
    expect(c([1, 2, 3], 'map', [(x: number) => x + 1])).toEqual([2, 3, 4])
    expect(c(true, 'toString', [])).toBe('true')
    expect(c({ a: 1 }, 'hasOwnProperty', ['a'])).toBe(true)
    expect(c(new Date(0), 'getTime', [])).toBe(0)
    expect(c(/a/, 'test', ['cat'])).toBe(true)
  })

  it('refuses everything else with undefined', () => {
    const list = [3, 1, 2]
    expect(c(list, 'sort', [])).toBeUndefined()
    expect(c(list, 'push', [4])).toBeUndefined()
    expect(c(list, 'splice', [0])).toBeUndefined()
    expect(list).toEqual([3, 1, 2])
    expect(c('x', 'constructor', [])).toBeUndefined()
    expect(c({}, 'constructor', [])).toBeUndefined()
    expect(c({ constructor: () => 1 }, 'constructor', [])).toBeUndefined()
    expect(c({}, '__defineGetter__', ['a', () => 1])).toBeUndefined()
    expect(c({}, 'isPrototypeOf', [{}])).toBeUndefined()
    expect(c(() => 1, 'call', [])).toBeUndefined()
    expect(c(() => 1, 'apply', [])).toBeUndefined()
    expect(c(() => 1, 'bind', [])).toBeUndefined()
    expect(c({ a: 1 }, 'a', [])).toBeUndefined()
    expect(c(null, 'toString', [])).toBeUndefined()
    expect(c(undefined, 'x', [])).toBeUndefined()
    // A class instance is not a WXS export: its own function properties are not called.
    class Box {
      run = () => 'ran'
    }
    expect(c(new Box(), 'run', [])).toBeUndefined()
  })
})

describe('f', () => {
  it('calls functions and ignores anything else', () => {
    expect(f((a: number, b: number) => a + b, [1, 2])).toBe(3)
    expect(f(undefined, [])).toBeUndefined()
    expect(f('alert', [1])).toBeUndefined()
    expect(f({ call: () => 1 }, [])).toBeUndefined()
  })
})
