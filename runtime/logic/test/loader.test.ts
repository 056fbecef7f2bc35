import { describe, expect, it } from 'vitest'
import { ModuleLoader, type ModuleFactory } from '../loader.ts'
import { StackMapper } from '../stack.ts'
import { launchApp } from './fake-host.ts'

/** A loader whose modules are given as `(require, module, exports) => …` functions. */
function loaderOf(modules: Record<string, ModuleFactory>, npmMains?: Record<string, string>) {
  const loader = new ModuleLoader(npmMains)
  for (const [id, f] of Object.entries(modules)) loader.define(id, f)
  return loader
}

const value =
  (v: unknown): ModuleFactory =>
  (_r, module) =>
    void (module.exports = v)
const reexport =
  (request: string): ModuleFactory =>
  (require, module) =>
    void (module.exports = require(request))

describe('require resolution', () => {
  it('resolves relative, parent, extensionless, folder index and absolute paths', () => {
    const loader = loaderOf({
      'pages/a/a.js': (require, module) =>
        void (module.exports = [
          require('./b'),
          require('../../utils/c.js'),
          require('../../lib'),
          require('/utils/c'),
          require('utils/c'),
        ]),
      'pages/a/b.js': value('b'),
      'utils/c.js': value('c'),
      'lib/index.js': value('lib'),
      'pages/a/utils/c.js': value('local c'),
    })
    // a bare path is first looked for next to the requiring file
    expect(loader.require('pages/a/a.js', null)).toEqual(['b', 'c', 'lib', 'c', 'local c'])
  })

  it('finds npm packages in miniprogram_npm searched upward, main from package.json or index.js', () => {
    const loader = loaderOf(
      {
        'pages/a/a.js': (require, module) =>
          void (module.exports = [
            require('dayjs'),
            require('near'),
            require('@scope/pkg'),
            require('dayjs/plugin/utc'),
          ]),
        'miniprogram_npm/dayjs/dayjs.min.js': value('dayjs main'),
        'miniprogram_npm/dayjs/plugin/utc.js': value('utc'),
        'pages/miniprogram_npm/near/index.js': value('near'),
        'miniprogram_npm/near/index.js': value('far'),
        'miniprogram_npm/@scope/pkg/index.js': value('scoped'),
      },
      { 'miniprogram_npm/dayjs': 'dayjs.min.js' },
    )
    expect(loader.require('pages/a/a.js', null)).toEqual(['dayjs main', 'near', 'scoped', 'utc'])
  })

  it('runs each module once and gives cycles the partial exports, as CommonJS', () => {
    const order: string[] = []
    const loader = loaderOf({
      'a.js': (require, _m, exports) => {
        order.push('a start')
        ;(exports as Record<string, unknown>).early = 'a-early'
        const b = require('./b') as { sawA: unknown }
        ;(exports as Record<string, unknown>).sawB = b.sawA
        order.push('a end')
      },
      'b.js': (require, _m, exports) => {
        order.push('b')
        ;(exports as Record<string, unknown>).sawA = { ...(require('./a') as object) }
      },
    })
    expect(loader.require('a.js', null)).toEqual({ early: 'a-early', sawB: { early: 'a-early' } })
    loader.require('b.js', null)
    expect(order).toEqual(['a start', 'b', 'a end'])
  })

  it('names the missing module and the request the way the platform does', () => {
    const loader = loaderOf({ 'utils/btls/ble.js': reexport('../server') })
    // WeChat: "module 'utils/server.js' is not defined, require args is '../server'"
    expect(() => loader.require('utils/btls/ble.js', null)).toThrow(
      "module 'utils/server.js' is not defined, require args is '../server'",
    )
    expect(() => loader.require('../up', 'a.js')).toThrow("require args is '../up'")
  })

  it('knows which entry module is executing (Page() registers under its route)', () => {
    const seen: Array<string | undefined> = []
    const loader = loaderOf({
      'pages/x/x.js': (require) => {
        require('../../u.js')
        seen.push(loader.entryModule())
      },
      'u.js': () => void seen.push(loader.entryModule()),
    })
    loader.require('pages/x/x.js', null)
    expect(seen).toEqual(['pages/x/x.js', 'pages/x/x.js'])
    expect(loader.entryModule()).toBeUndefined()
  })
})

describe('errors in app code', () => {
  it('reports stacks mapped through the source map to the original file, line and column', async () => {
    const host = await launchApp({
      'app.js': `App({})`,
      'utils/fail.js': `// a comment\n\nexports.fail = function () {\n  throw new Error('deep')\n}\n`,
      'utils/esm.ts': `import { fail } from './fail.js'\n\nexport const go = (): void => {\n  fail()\n}\n`,
      'pages/index/index.js': `const { go } = require('../../utils/esm.js')\nPage({ run() { go() } })`,
    })
    host.createPage(1, 'pages/index/index')
    host.tap(1, 'run')
    const stack = host.of('error')[0]!.error.stack!
    expect(stack).toContain('utils/fail.js:4:9')
    expect(stack).toMatch(/utils\/esm\.ts:4:\d+/)
    expect(stack).toContain('pages/index/index.js:2:')
    expect(stack).not.toMatch(/logic\.js:\d+/)
  })

  it('gives the host the top app frame as location: file, line and column in the source', async () => {
    const host = await launchApp({
      'app.js': `App({})`,
      'utils/fail.js': `// a comment\n\nexports.fail = function () {\n  throw new Error('deep')\n}\n`,
      'pages/index/index.js': [
        `const { fail } = require('../../utils/fail.js')`,
        `Page({`,
        `  run() { fail() },`,
        `  big() { this.setData({ s: 'x'.repeat(2000000) }) },`,
        `  str() { throw 'no stack' },`,
        `})`,
      ].join('\n'),
    })
    host.createPage(1, 'pages/index/index')
    host.tap(1, 'run')
    host.tap(1, 'big') // raised by the runtime: the location is the app's setData call
    host.tap(1, 'str')
    expect(host.of('error').map((m) => m.location)).toEqual([
      { file: 'utils/fail.js', line: 4, column: 9 },
      { file: 'pages/index/index.js', line: 4, column: expect.any(Number) },
      undefined,
    ])
  })

  it('without a source map the location is the bundle position, header lines removed', () => {
    const mapper = new StackMapper('logic.js', null, 2)
    const stack = 'Error: x\n    at inner (runtime.ts:1:1)\n    at run (logic.js:7:15)'
    expect(mapper.firstLocation(stack)).toEqual({ file: 'logic.js', line: 5, column: 15 })
    expect(mapper.firstLocation('Error: x\n    at f (other.js:1:1)')).toBeNull()
  })

  it('an entry that throws while loading is reported and the next entries still load', async () => {
    const host = await launchApp({
      'app.js': `App({ globalData: { n: 1 } })`,
      'pages/bad/bad.js': `require('./nothere')\nPage({})`,
      'pages/good/good.js': `Page({ data: { ok: true } })`,
    })
    expect(host.of('error').map((m) => [m.error.message, m.where])).toEqual([
      [
        "module 'pages/bad/nothere.js' is not defined, require args is './nothere'",
        'at module "pages/bad/bad.js"',
      ],
    ])
    host.createPage(2, 'pages/good/good')
    expect(host.of('pageData')[0]!.data).toEqual({ ok: true })
  })
})
