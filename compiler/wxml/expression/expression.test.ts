import { describe, expect, it } from 'vitest'
import { compileExpression, parseExpression } from './index.ts'
import { evaluate, freeIdentifiers } from './testing.ts'

const data = {
  a: 1,
  b: 2,
  c: 3,
  s: 'hello',
  zero: 0,
  empty: '',
  nil: null,
  t: true,
  price: 3.14159,
  list: [10, 20, 30],
  csv: 'x,y,z',
  k: 'key',
  i: 1,
  obj: { key: { d: 'deep' }, n: 5, list: [{ d: 'in list' }] },
  rows: [{ name: 'r0' }, { name: 'r1' }],
  block: 'B',
  round: true,
  extra: { p: 1, q: 2 },
}

const wxs = {
  m: {
    fmt: (x: unknown) => `<${String(x)}>`,
    add: (x: number, y: number) => x + y,
    sub: { twice: (x: number) => x * 2 },
    self(this: unknown) {
      return this === wxs.m
    },
  },
  g: (x: number) => x + 100,
}

const cases: Array<[string, unknown]> = [
  // literals
  ['42', 42],
  ['1.5', 1.5],
  ['.5', 0.5],
  ['1e3', 1000],
  ['2.5E-1', 0.25],
  ['0x1F', 31],
  ['0XfF', 255],
  ['08', 8],
  ["'single'", 'single'],
  ['"dou\\"ble"', 'dou"ble'],
  ["'it\\'s'", "it's"],
  ['"\\u0041\\x42\\u{43}\\n\\t\\\\"', 'ABC\n\t\\'],
  ['"\\q"', 'q'],
  ['true', true],
  ['false', false],
  ['null', null],
  ['undefined', undefined],
  // precedence and associativity
  ['1 + 2 * 3', 7],
  ['(1 + 2) * 3', 9],
  ['10 - 4 - 3', 3],
  ['2 * 3 % 4', 2],
  ['100 / 10 / 5', 2],
  ['7 % 3', 1],
  ['-a + b', 1],
  ['- -a', 1],
  ['1 - -1', 2],
  ['+"3" + 1', 4],
  ['!a', false],
  ['!!empty', false],
  ['~a', -2],
  ['1 << 3 >> 1', 4],
  ['-16 >>> 28', 15],
  ['6 & 3 | 8 ^ 1', 11],
  ['a < b == true', true],
  ['a + 1 === b', true],
  ['a == "1"', true],
  ['a === "1"', false],
  ['a !== "1"', true],
  ['a != 1', false],
  ['b >= 2 && c <= 3', true],
  ['zero || empty || "fallback"', 'fallback'],
  ['zero ?? 5', 0],
  ['nil ?? missing ?? 5', 5],
  ['zero || nil ?? 7', 7],
  ['a && b || c', 2],
  ['a || b && c', 1],
  // ternary
  ['a ? "y" : "n"', 'y'],
  ['zero ? 1 : b ? 2 : 3', 2],
  ['zero ? 1 : nil ? 2 : 3', 3],
  ['a ? b ? "ab" : "a" : "none"', 'ab'],
  ['a > 0 ? "Number: " + a : "Zero"', 'Number: 1'],
  // typeof, void, instanceof
  ['typeof a', 'number'],
  ['typeof missing', 'undefined'],
  ['typeof s === "string"', true],
  ['void a', undefined],
  ['list instanceof a', false],
  // strings
  ['"a" + b + c', 'a23'],
  ['s + " " + a', 'hello 1'],
  // paths
  ['obj.key.d', 'deep'],
  ['obj[k].d', 'deep'],
  ['obj["key"]["d"]', 'deep'],
  ["obj['key'].d", 'deep'],
  ['list[0]', 10],
  ['list[i + 1]', 30],
  ['list.length', 3],
  ['s.length', 5],
  ['obj.list[0].d', 'in list'],
  ['rows[i].name', 'r1'],
  ['missing.deep.path', undefined],
  ['this', undefined],
  // member access on computed values
  ['(nil || obj).n', 5],
  ['[1, 2, 3][1]', 2],
  ['({a: 9}).a', 9],
  ['"abc"[1]', 'b'],
  ['"abc".length', 3],
  ['list.slice(1)[0]', 20],
  // methods of values
  ['price.toFixed(2)', '3.14'],
  ['list.indexOf(20)', 1],
  ['list.includes(30)', true],
  ['list.join("-")', '10-20-30'],
  ['csv.split(",")', ['x', 'y', 'z']],
  ['csv.split(",").length', 3],
  ['s.toUpperCase()', 'HELLO'],
  ['s.slice(1, 3)', 'el'],
  ['obj.hasOwnProperty("n")', true],
  // WXS
  ['m.fmt(a)', '<1>'],
  ['m.add(a, b * 10)', 21],
  ['m.sub.twice(c)', 6],
  ['m["fmt"](s)', '<hello>'],
  ['m.self()', true],
  ['g(1)', 101],
  ['list.map(g)', [110, 120, 130]],
  ['m.fmt(m.add(1, 2))', '<3>'],
  // object and array literals
  ['{ block, round }', { block: 'B', round: true }],
  ['{ ...extra, b: 1 }', { p: 1, q: 2, b: 1 }],
  ['{ b: 1, ...extra, p: 9 }', { b: 1, p: 9, q: 2 }],
  ['{ "quoted key": a, 2: b, for: c }', { 'quoted key': 1, 2: 2, for: 3 }],
  ['{ a: 1, }', { a: 1 }],
  ['{}', {}],
  ['{ x: { y: [a] } }', { x: { y: [1] } }],
  ['a: 1, b', { a: 1, b: 2 }],
  ['...extra, z: 0', { p: 1, q: 2, z: 0 }],
  ['[]', []],
  ['[a, b, c]', [1, 2, 3]],
  ['[a, b,]', [1, 2]],
  ['[...list, 40]', [10, 20, 30, 40]],
  ['[0, ...list, ...list]', [0, 10, 20, 30, 10, 20, 30]],
]

describe('expression evaluation', () => {
  it.each(cases)('%s', (src, expected) => {
    expect(evaluate(src, data, wxs)).toEqual(expected)
  })

  it('keeps holes in array literals', () => {
    const value = evaluate('[1, , 2]', data) as unknown[]
    expect(value).toHaveLength(3)
    expect(1 in value).toBe(false)
  })

  it('makes `__proto__` an own key, never a prototype', () => {
    const value = evaluate('{ __proto__: extra }', data) as object
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value)).toEqual(['__proto__'])
  })

  it('compiles paths into one R.v call and methods into R.c', () => {
    const code = (src: string) => {
      const r = compileExpression(src, new Set(['m']))
      return r.ok ? r.code : r.error.message
    }
    expect(code('a.b[c].d')).toBe('R.v(s,"a","b",R.v(s,"c"),"d")')
    expect(code('a.b.toFixed(2)')).toBe('R.c(R.v(s,"a","b"),"toFixed",[2])')
    expect(code('m.fmt(x)')).toBe('R.c(R.x(s,"m"),"fmt",[R.v(s,"x")])')
    expect(code('m.a.b(x)')).toBe('R.c(R.m(R.x(s,"m"),"a"),"b",[R.v(s,"x")])')
    expect(code('(a || b).c')).toBe('R.m((R.v(s,"a")||R.v(s,"b")),"c")')
    expect(code('f(1)')).toBe('R.f(R.v(s,"f"),[1])')
    expect(code('list[0]')).toBe('R.v(s,"list",0)')
  })

  it('never names a free identifier other than s and R', () => {
    const sources = [...cases.map(([src]) => src), 'window', 'globalThis.process', 'a instanceof b']
    for (const src of sources) {
      const r = compileExpression(src, new Set(['m', 'g']))
      if (!r.ok) throw new Error(src)
      for (const name of freeIdentifiers(r.code)) expect(['s', 'R'], src).toContain(name)
    }
  })
})

describe('security', () => {
  const host = [
    'constructor',
    '__proto__',
    'window',
    'globalThis',
    'process',
    'require',
    'Function',
  ]
  it.each(host)('%s is just a data name', (name) => {
    expect(evaluate(name, data)).toBeUndefined()
  })

  it.each([
    'constructor.constructor',
    'a.constructor',
    "'x'.constructor",
    "'x'['constructor']",
    'list.constructor',
    'list["__proto__"]',
    '[].map',
    '[].map.constructor',
    'obj.__proto__',
    'obj.prototype',
    '(obj).constructor',
    'm.fmt.constructor',
    'm.fmt.call',
    'g.caller',
    'list.push(1)',
    'list.sort()',
    'obj.toString.call(list)',
    "a.constructor.constructor('return process')()",
    "'x'.constructor.constructor('return process')()",
    "[].map.constructor('return process')()",
    "m.fmt.constructor('return process')()",
    "m['constructor']['constructor']('return process')()",
    "m.fmt['__proto__']",
    "list.map['constructor']('return 1')()",
  ])('%s gives undefined', (src) => {
    // A sloppy-mode function has own `caller` and `arguments`.
    const g = new Function('return 1')
    expect(evaluate(src, data, { m: { fmt: () => 'f' }, g })).toBeUndefined()
    expect(data.list).toEqual([10, 20, 30])
  })

  it.each([
    'new Function("x")',
    'a = 1',
    'a += 1',
    'a++',
    '(() => 1)',
    'function f() {}',
    '/x/.test(a)',
  ])('%s is a compile error', (src) => {
    expect(compileExpression(src, new Set()).ok).toBe(false)
  })
})

describe('syntax errors', () => {
  const err = (src: string) => {
    const r = parseExpression(src)
    return r.ok ? null : r.error
  }

  it.each<[string, number, RegExp]>([
    ['a = 1', 2, /assignment/],
    ['a == = 1', 5, /assignment/],
    ['new A()', 4, /unexpected "A"/],
    ['a in b', 2, /"in"/],
    ['a ** 2', 2, /\*\*/],
    ['a?.b', 1, /optional chaining/],
    ['`x`', 0, /template literals/],
    ['/x/', 0, /regular expressions/],
    ['x => 1', 2, /functions/],
    ['a b', 2, /unexpected "b"/],
    ['a +', 3, /unexpected end/],
    ['(a', 2, /expected "\)"/],
    ['[1, 2', 5, /expected "\]"/],
    ['{a: 1', 5, /expected "," or "}"/],
    ['{a b}', 3, /unexpected "b", expected "," or "}"/],
    ['{[k]: 1}', 1, /property name/],
    ['{true}', 5, /expected ":"/],
    ['a.', 2, /property name/],
    ['a.0', 1, /unexpected "\.0"/],
    ['"abc', 0, /unterminated string/],
    ["'\\x4'", 1, /invalid escape/],
    ['10n', 2, /invalid number/],
    ['1_000', 1, /invalid number/],
    ['0b11', 1, /invalid number/],
    ['1e', 2, /exponent/],
    ['a ? b', 5, /expected ":"/],
    ['f(...a)', 2, /unexpected "\.\.\."/],
    ['a;b', 1, /unexpected character ";"/],
    ['a # b', 2, /unexpected character "#"/],
    ['', 0, /unexpected end/],
  ])('%s fails at offset %i', (src, offset, message) => {
    const e = err(src)
    expect(e?.message).toMatch(message)
    expect(e?.offset).toBe(offset)
  })

  it('reports offsets within the larger text it was given', () => {
    const text = 'xx{{ a + }}yy'
    const r = parseExpression(text, 4, 9)
    expect(r.ok ? null : r.error).toEqual({ offset: 9, message: 'unexpected end of expression' })
  })
})

describe('speed', () => {
  it('compiles 10,000 small expressions quickly', () => {
    const srcs = ['item.price.toFixed(2)', 'a + b * c > 10 ? "big" : "small"', '{ ...item, index }']
    const names = new Set(['m'])
    const round = () => {
      const t0 = performance.now()
      for (let n = 0; n < 10_000; n++) compileExpression(srcs[n % 3]!, names)
      return (performance.now() - t0).toFixed(1)
    }
    // Timing depends on the machine and its load: printed, not asserted.
    console.log(`compiled 10,000 expressions: cold ${round()} ms, warm ${round()} ms`)
    expect(compileExpression(srcs[0]!, names).ok).toBe(true)
  })
})

describe('keywords as data names', () => {
  it.each(['for', 'class', 'if', 'new', 'default', 'function', 'return', 'let'])(
    '{{%s}} reads data (tdesign writes for="{{for}}")',
    (name) => {
      const r = parseExpression(name)
      expect(r.ok).toBe(true)
    },
  )
})

describe('nesting limit', () => {
  it('reports an expression nested past the limit instead of generating code that cannot load', () => {
    const deep = '{a: '.repeat(300) + '1' + '}'.repeat(300)
    const r = parseExpression(deep)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.message).toMatch(/nested too deeply/)
    expect(parseExpression('!'.repeat(500) + 'a').ok).toBe(false)
    expect(parseExpression('['.repeat(150) + ']'.repeat(150)).ok).toBe(true)
  })
})
