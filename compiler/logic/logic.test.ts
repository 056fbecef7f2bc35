import { posix } from 'node:path'
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping'
import { describe, expect, it } from 'vitest'
import { ErrorList } from '../errors.ts'
import { buildLogicBundle } from './index.ts'

/** Runs a bundle with a tiny CommonJS `define`/`require` (relative ids resolved). */
function run(code: string): Record<string, unknown> {
  const factories: Record<string, (...a: unknown[]) => void> = {}
  const cache: Record<string, { exports: unknown }> = {}
  const require = (id: string): unknown => {
    if (cache[id]) return cache[id].exports
    const module = (cache[id] = { exports: {} })
    const local = (req: string) =>
      require(req.startsWith('.') ? posix.join(posix.dirname(id), req) : req)
    factories[id]!(local, module, module.exports)
    return module.exports
  }
  const define = (id: string, f: (...a: unknown[]) => void) => (factories[id] = f)
  new Function('define', 'require', code)(define, require)
  return Object.fromEntries(Object.entries(cache).map(([k, v]) => [k, v.exports]))
}

/** Generated 1-based line and 0-based column of `needle` in `code`. */
function position(code: string, needle: string) {
  const at = code.indexOf(needle)
  const before = code.slice(0, at).split('\n')
  return { line: before.length, column: before.at(-1)!.length }
}

const sources = [
  { file: 'app.js', source: "const u = require('utils/util.js')\nApp = u.tag('app')\n" },
  {
    file: 'utils/util.js',
    source:
      "exports.tag = (x) => 'tag:' + x\n\n  exports.boom = () => { throw new Error('util boom') }\n",
  },
  {
    file: 'utils/esm.js',
    source:
      "import { tag } from './util.js'\n\nexport const hello = () => tag('hi')\nexport function fail() {\n  throw new Error('esm boom')\n}\n",
  },
  {
    file: 'utils/typed.ts',
    source: 'interface P { n: number }\nexport const double = (p: P): number => p.n * 2\n',
  },
  { file: 'pages/index/index.js', source: "require('utils/esm.js')\nexports.page = 1\n" },
]

describe('buildLogicBundle', () => {
  it('wraps every module, converts ESM and TS, and requires entries in order', async () => {
    const errors = new ErrorList()
    const b = await buildLogicBundle(
      sources,
      ['app.js', 'pages/index/index.js', 'pages/missing.js'],
      errors.onError,
    )
    expect(errors.items).toEqual([])
    expect(b.modules).toEqual([
      'app.js',
      'utils/util.js',
      'utils/esm.js',
      'utils/typed.js',
      'pages/index/index.js',
    ])
    expect(b.code).toMatch(
      /^define\("app\.js", \(function \(window, document, .*\) \{ return function \(require, module, exports\) \{$/m,
    )
    expect(b.code).toContain(
      'require("app.js");\nrequire("pages/index/index.js");\n//# sourceMappingURL=logic.js.map',
    )
    expect(b.code).not.toContain('pages/missing.js')
    expect(b.code).toContain("exports.tag = (x) => 'tag:' + x") // a plain script is kept as written
    const loaded = run(b.code.replace("App = u.tag('app')", "var App = u.tag('app')"))
    // app.js first, then each page (each starts before its dependencies finish)
    expect(Object.keys(loaded)).toEqual([
      'app.js',
      'utils/util.js',
      'pages/index/index.js',
      'utils/esm.js',
    ])
    const esm = loaded['utils/esm.js'] as { hello(): string }
    expect(esm.hello()).toBe('tag:hi')
  })

  it('maps bundle positions back to the original file, line and column', async () => {
    const b = await buildLogicBundle(sources, [], () => {})
    const map = new TraceMap(b.map as never)
    const plain = originalPositionFor(map, position(b.code, "throw new Error('util boom')"))
    expect(plain).toMatchObject({ source: 'utils/util.js', line: 3, column: 25 })
    // esbuild rewrites the ESM file (quotes, helpers) but its map keeps the original place
    const esm = originalPositionFor(map, position(b.code, 'throw new Error("esm boom")'))
    expect(esm).toMatchObject({ source: 'utils/esm.js', line: 5, column: 2 })
    const ts = originalPositionFor(map, position(b.code, 'p.n * 2'))
    expect(ts).toMatchObject({ source: 'utils/typed.ts', line: 2 })
    expect(b.map.sourcesContent?.[b.map.sources.indexOf('utils/esm.js')]).toBe(sources[2]!.source)
  })

  it('replaces a module with a syntax error by one that throws, and goes on', async () => {
    const errors = new ErrorList()
    const broken = [
      { file: 'bad.js', source: 'const a = 1\nconst b = (;\n' },
      { file: 'bad-esm.js', source: "import x from './y'\nexport default {\n" },
      { file: 'ok.js', source: 'exports.ok = true\n' },
    ]
    const b = await buildLogicBundle(broken, ['ok.js'], errors.onError)
    expect(errors.items.map((e) => [e.code, e.loc.file, e.loc.line, e.loc.column])).toEqual([
      ['JS_SYNTAX', 'bad.js', 2, 12],
      ['JS_SYNTAX', 'bad-esm.js', 3, 1],
    ])
    expect(errors.items[0]?.frame).toContain('> 2 | const b = (;')
    expect(run(b.code)['ok.js']).toEqual({ ok: true })
    const factories: Record<string, (...a: unknown[]) => void> = {}
    new Function('define', 'require', b.code)(
      (id: string, f: () => void) => (factories[id] = f),
      () => {},
    )
    expect(() => factories['bad.js']!({}, {}, {})).toThrow(
      /JavaScript syntax error: .*\(bad\.js:2:12\)/,
    )
  })
})

describe('hidden globals', () => {
  it('are undefined in modules, which may still declare them at their top level', async () => {
    const b = await buildLogicBundle(
      [
        // webpack output in WeChat's demo app starts like this
        {
          file: 'a.js',
          source: 'const globalThis = this; const\n  self = this\nmodule.exports = 1',
        },
        {
          file: 'b.js',
          source: 'module.exports = [typeof window, typeof self, require("./a.js")]',
        },
      ],
      [],
      () => {},
    )
    const code = b.code + '\nrequire("b.js")'
    expect(run(code)['b.js']).toEqual(['undefined', 'undefined', 1])
  })
})
