// npm packages mounted as the devtools' "build npm" lays them out (developers.weixin.qq.com/
// miniprogram/dev/devtools/npm.html): a package.json's `dependencies` are built; a mini-program
// package's build folder (`miniprogram_dist`, or its `miniprogram` field) becomes
// `miniprogram_npm/<pkg>/`; a pure-JS package becomes `miniprogram_npm/<pkg>/index.js` bundled
// from its entry; packages are found in node_modules from the package.json's folder upward.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { buildProject } from '../../compiler/index.ts'
import type { BuildResult } from '../../compiler/index.ts'

let dirs: string[] = []
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  dirs = []
})

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mpsim-npm-'))
  dirs.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

const json = (v: unknown) => JSON.stringify(v)

/** A mini-program package with one component `card/index`, its build folder named `dist`. */
const cardPackage = (at: string, dist = 'miniprogram_dist', field?: string) => ({
  [`${at}/package.json`]: json({
    name: 'x',
    version: '1.0.0',
    ...(field ? { miniprogram: field } : {}),
  }),
  [`${at}/${dist}/card/index.json`]: json({ component: true }),
  [`${at}/${dist}/card/index.js`]: 'Component({})',
  [`${at}/${dist}/card/index.wxml`]: '<view class="card"><slot/></view>',
  [`${at}/src/card/index.js`]: 'not built',
})

const app = (using: Record<string, string>, js = 'Page({})') => ({
  'app.json': json({ pages: ['pages/index/index'] }),
  'app.js': 'App({})',
  'pages/index/index.json': json({ usingComponents: using }),
  'pages/index/index.js': js,
  'pages/index/index.wxml': '<view/>',
})

const errorsOf = (r: BuildResult) => r.errors.filter((e) => e.severity === 'error')
const logicOf = (r: BuildResult) => String(r.output.find((f) => f.path === 'logic.js')!.content)
const manifestSources = (r: BuildResult): string[] =>
  (
    JSON.parse(String(r.output.find((f) => f.path === 'manifest.json')!.content)) as {
      sources: Array<{ path: string }>
    }
  ).sources.map((s) => s.path)

test('a mini-program package: its miniprogram_dist files appear under miniprogram_npm/<pkg>/', async () => {
  const root = tree({
    ...app({ 'x-card': 'card-lib/card/index' }),
    'package.json': json({ dependencies: { 'card-lib': '1' } }),
    ...cardPackage('node_modules/card-lib'),
  })
  const result = await buildProject(root)
  expect(errorsOf(result)).toEqual([])
  expect(result.components).toEqual(['miniprogram_npm/card-lib/card/index'])
  expect(logicOf(result)).toContain('define("miniprogram_npm/card-lib/card/index.js"')
  expect(logicOf(result)).not.toContain('not built')
  expect(manifestSources(result)).toContain('miniprogram_npm/card-lib/card/index.wxml')
})

test('the package.json "miniprogram" field names the build folder', async () => {
  const root = tree({
    ...app({ 'x-card': '@acme/ui/card/index' }),
    'package.json': json({ dependencies: { '@acme/ui': '1' } }),
    ...cardPackage('node_modules/@acme/ui', 'lib', 'lib'),
  })
  const result = await buildProject(root)
  expect(errorsOf(result)).toEqual([])
  expect(result.components).toEqual(['miniprogram_npm/@acme/ui/card/index'])
})

test('a pure JS package is bundled from its main into miniprogram_npm/<pkg>/index.js', async () => {
  const root = tree({
    ...app({}, "const { double } = require('plain'); Page({ data: { n: double(21) } })"),
    'package.json': json({ dependencies: { plain: '1' } }),
    'node_modules/plain/package.json': json({ name: 'plain', main: 'lib/main' }),
    'node_modules/plain/lib/main.js': "const h = require('./helper'); exports.double = h.twice",
    'node_modules/plain/lib/helper.js': 'exports.twice = (n) => n * 2',
  })
  const result = await buildProject(root)
  expect(errorsOf(result)).toEqual([])
  // Run the bundle's module of the package: one module holds the entry and what it requires.
  const factories = new Map<string, (...args: unknown[]) => void>()
  const define = (id: string, f: (...args: unknown[]) => void) => factories.set(id, f)
  new Function('define', 'require', logicOf(result))(define, () => null)
  const factory = factories.get('miniprogram_npm/plain/index.js')
  expect(factory).toBeDefined()
  const mod = { exports: {} as { double?: (n: number) => number } }
  factory!(() => null, mod, mod.exports)
  expect(mod.exports.double?.(21)).toBe(42)
})

test('devDependencies are not built', async () => {
  const root = tree({
    ...app({ 'x-card': 'card-lib/card/index' }),
    'package.json': json({ devDependencies: { 'card-lib': '1' } }),
    ...cardPackage('node_modules/card-lib'),
  })
  const result = await buildProject(root)
  expect(result.errors.map((e) => e.code)).toContain('COMPONENT_NOT_FOUND')
})

test('packages are found in node_modules of the folders above (Node lookup)', async () => {
  const outer = tree({
    ...cardPackage('node_modules/card-lib'),
    ...Object.fromEntries(
      Object.entries({
        ...app({ 'x-card': 'card-lib/card/index' }),
        'package.json': json({ dependencies: { 'card-lib': '1' } }),
      }).map(([k, v]) => [`apps/one/${k}`, v]),
    ),
  })
  const result = await buildProject(join(outer, 'apps/one'))
  expect(errorsOf(result)).toEqual([])
  expect(result.components).toEqual(['miniprogram_npm/card-lib/card/index'])
})

test('a real miniprogram_npm/<pkg> folder in the project wins over the mount', async () => {
  const root = tree({
    ...app({ 'x-card': 'card-lib/card/index' }),
    'package.json': json({ dependencies: { 'card-lib': '1' } }),
    ...cardPackage('node_modules/card-lib'),
    'miniprogram_npm/card-lib/card/index.json': json({ component: true }),
    'miniprogram_npm/card-lib/card/index.js': 'Component({ data: { built: "by hand" } })',
    'miniprogram_npm/card-lib/card/index.wxml': '<view/>',
  })
  const result = await buildProject(root)
  expect(errorsOf(result)).toEqual([])
  expect(logicOf(result)).toContain('by hand')
  expect(manifestSources(result).filter((p) => p.startsWith('miniprogram_npm/'))).toEqual([
    'miniprogram_npm/card-lib/card/index.js',
    'miniprogram_npm/card-lib/card/index.json',
    'miniprogram_npm/card-lib/card/index.wxml',
  ])
})

test("with miniprogramRoot, the project folder's package.json serves the root", async () => {
  const root = tree({
    'project.config.json': json({ miniprogramRoot: 'miniprogram/' }),
    'package.json': json({ dependencies: { 'card-lib': '1' } }),
    ...cardPackage('node_modules/card-lib'),
    ...Object.fromEntries(
      Object.entries(app({ 'x-card': 'card-lib/card/index' })).map(([k, v]) => [
        `miniprogram/${k}`,
        v,
      ]),
    ),
  })
  const result = await buildProject(root)
  expect(errorsOf(result)).toEqual([])
  expect(result.components).toEqual(['miniprogram_npm/card-lib/card/index'])
})

test('packNpmManually + packNpmRelationList say where miniprogram_npm goes', async () => {
  const root = tree({
    'project.config.json': json({
      setting: {
        packNpmManually: true,
        packNpmRelationList: [
          { packageJsonPath: './deps/package.json', miniprogramNpmDistDir: './shared/' },
        ],
      },
    }),
    'deps/package.json': json({ dependencies: { 'card-lib': '1' } }),
    ...cardPackage('deps/node_modules/card-lib'),
    ...app({ 'x-card': '/shared/miniprogram_npm/card-lib/card/index' }),
  })
  const result = await buildProject(root)
  expect(errorsOf(result)).toEqual([])
  expect(result.components).toEqual(['shared/miniprogram_npm/card-lib/card/index'])
})

test('a package.json in a subfolder builds a miniprogram_npm beside it', async () => {
  const root = tree({
    ...app({}),
    'sub/package.json': json({ dependencies: { 'card-lib': '1' } }),
    ...cardPackage('sub/node_modules/card-lib'),
    'sub/pages/a.json': json({ usingComponents: { 'x-card': 'card-lib/card/index' } }),
    'sub/pages/a.js': 'Page({})',
    'sub/pages/a.wxml': '<x-card/>',
    'app.json': json({ pages: ['pages/index/index', 'sub/pages/a'] }),
  })
  const result = await buildProject(root)
  expect(errorsOf(result)).toEqual([])
  expect(result.components).toEqual(['sub/miniprogram_npm/card-lib/card/index'])
})

test('a dependency that is not installed is a warning that names it', async () => {
  const root = tree({ ...app({}), 'package.json': json({ dependencies: { missing: '1' } }) })
  const result = await buildProject(root)
  expect(errorsOf(result)).toEqual([])
  const warning = result.errors.find((e) => e.message.includes('"missing"'))
  expect(warning).toMatchObject({ severity: 'warning', loc: { file: 'package.json', line: 1 } })
})

test('samples/components finds its three libraries in the repository node_modules', async () => {
  const result = await buildProject('samples/components')
  expect(errorsOf(result)).toEqual([])
  const npm = manifestSources(result).filter((p) => p.startsWith('miniprogram_npm/'))
  for (const pkg of ['@vant/weapp', 'tdesign-miniprogram', 'weui-miniprogram'])
    expect(
      npm.some((p) => p.startsWith(`miniprogram_npm/${pkg}/`)),
      pkg,
    ).toBe(true)
  // @vant/weapp says `"miniprogram": "lib"`: its lib/ is mounted, not dist/.
  expect(npm).toContain('miniprogram_npm/@vant/weapp/button/index.js')
}, 60_000)

test('npm modules nothing reaches stay out of the logic bundle; the app’s own modules stay in', async () => {
  const root = tree({
    ...app({ 'x-card': 'card-lib/card/index' }),
    'utils/unused.js': 'module.exports = "own module"',
    'package.json': json({ dependencies: { 'card-lib': '1', dyn: '1' } }),
    ...cardPackage('node_modules/card-lib'),
    'node_modules/card-lib/miniprogram_dist/card/index.js':
      "import { pad } from '../common/pad'; import './helper'; Component({ data: { p: pad() } })",
    'node_modules/card-lib/miniprogram_dist/common/pad.js': "exports.pad = () => 'padded'",
    'node_modules/card-lib/miniprogram_dist/other/index.js': "module.exports = 'unused other'",
    // A package inside the package (as tdesign ships dayjs): a computed require there keeps
    // that inner package whole, not the outer one.
    'node_modules/card-lib/miniprogram_dist/card/helper.js': "require('inner')('en')",
    'node_modules/card-lib/miniprogram_dist/miniprogram_npm/inner/index.js':
      "module.exports = (n) => require('./lang/' + n)",
    'node_modules/card-lib/miniprogram_dist/miniprogram_npm/inner/lang/en.js':
      "module.exports = 'inner english'",
    // A computed require: what it loads cannot be known, so its package stays whole.
    'node_modules/dyn/package.json': json({ name: 'dyn', miniprogram: 'dist' }),
    'node_modules/dyn/dist/index.js': "module.exports = (n) => require('./locale/' + n)",
    'node_modules/dyn/dist/locale/en.js': "module.exports = 'english'",
    'pages/index/index.js': "require('dyn'); Page({})",
  })
  const result = await buildProject(root)
  expect(errorsOf(result)).toEqual([])
  const logic = logicOf(result)
  expect(logic).toContain('define("miniprogram_npm/card-lib/card/index.js"')
  expect(logic).toContain('define("miniprogram_npm/card-lib/common/pad.js"')
  expect(logic).not.toContain('unused other')
  expect(logic).toContain('define("miniprogram_npm/card-lib/miniprogram_npm/inner/lang/en.js"')
  expect(logic).toContain('define("utils/unused.js"')
  expect(logic).toContain('define("miniprogram_npm/dyn/locale/en.js"')
  // The files are still the project's (listed in the manifest), only not bundled.
  expect(manifestSources(result)).toContain('miniprogram_npm/card-lib/other/index.js')
})
