import { mkdtemp, readFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ViewBundle } from '../../runtime/view/bundle.ts'
import { ErrorList } from '../errors.ts'
import { loadProjectGraph, memoryFiles } from '../project/index.ts'
import {
  createManifest,
  renderViewBundle,
  resolveAppConfig,
  stylePrefixOf,
  writeOutput,
} from './index.ts'

describe('stylePrefixOf', () => {
  it('is short, class-safe, stable and distinct per id', () => {
    const a = stylePrefixOf('components/card/card')
    expect(a).toMatch(/^c[0-9a-f]{6}$/)
    expect(stylePrefixOf('components/card/card')).toBe(a)
    expect(stylePrefixOf('components/card/index')).not.toBe(a)
  })
})

describe('renderViewBundle', () => {
  it('emits one __mpsimView call with factories as functions and the rest as data', () => {
    const code = renderViewBundle({
      page: 'p/p',
      templates: { 'p/p': 'function (R) { return { path: "p/p", n: R.n } }' },
      wxs: { 'u.wxs': 'function (module) { module.exports = 7 }' },
      components: {},
      styles: { app: ['a{width:', 375, 'px}'] },
    })
    let got: ViewBundle | undefined
    new Function('__mpsimView', code)((b: ViewBundle) => (got = b))
    expect(got?.page).toBe('p/p')
    expect(got?.templates['p/p']?.({ n: 1 } as never)).toEqual({ path: 'p/p', n: 1 })
    const m = { exports: {} as unknown }
    got?.wxs['u.wxs']?.(
      m,
      m.exports,
      () => null,
      () => /x/,
      () => new Date(),
    )
    expect(m.exports).toBe(7)
    expect(got?.styles).toEqual({ app: ['a{width:', 375, 'px}'] })
  })
})

describe('resolveAppConfig', () => {
  it('lists main pages, subpackage routes, and merges each page window over the app window', () => {
    const tabBar = {
      color: '#000',
      selectedColor: '#f00',
      backgroundColor: '#fff',
      list: [
        { pagePath: 'a/a', text: 'A' },
        { pagePath: 'c/c', text: 'C' },
      ],
    }
    const files = memoryFiles({
      'app.json': JSON.stringify({
        pages: ['a/a', 'c/c'],
        window: { navigationBarTitleText: 'App', backgroundColor: '#fff' },
        subpackages: [{ root: 'pkg', name: 'p1', pages: ['b/b'] }],
        preloadRule: { 'a/a': { packages: ['p1'] } },
        tabBar,
        lazyCodeLoading: 'requiredComponents',
      }),
      'a/a.wxml': '',
      'a/a.js': '',
      'c/c.wxml': '',
      'c/c.js': '',
      'a/a.json': JSON.stringify({ navigationBarTitleText: 'A', usingComponents: {} }),
      'pkg/b/b.wxml': '',
      'pkg/b/b.js': '',
    })
    const errors = new ErrorList()
    const config = resolveAppConfig(loadProjectGraph(files, errors.onError)!)
    expect(errors.items).toEqual([])
    expect(config).toEqual({
      lazyCodeLoading: 'requiredComponents',
      pages: ['a/a', 'c/c'],
      entryPagePath: 'a/a',
      window: { navigationBarTitleText: 'App', backgroundColor: '#fff' },
      tabBar,
      subpackages: [{ root: 'pkg', name: 'p1', pages: ['pkg/b/b'], independent: false }],
      preloadRule: { 'a/a': { packages: ['p1'] } },
      page: {
        'a/a': {
          window: { navigationBarTitleText: 'A', backgroundColor: '#fff' },
          subpackage: null,
        },
        'c/c': {
          window: { navigationBarTitleText: 'App', backgroundColor: '#fff' },
          subpackage: null,
        },
        'pkg/b/b': {
          window: { navigationBarTitleText: 'App', backgroundColor: '#fff' },
          subpackage: 'pkg',
        },
      },
    })
  })
})

describe('writeOutput and createManifest', () => {
  it('writes nested files without leaving temporary files, and hashes them', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mpsim-out-'))
    const files = [
      { path: 'a.txt', content: 'hello' },
      { path: 'views/deep/b.js', content: 'ünïcode' },
    ]
    await writeOutput(out, files)
    await writeOutput(out, files) // overwriting is fine
    expect((await readdir(out, { recursive: true })).sort()).toEqual([
      'a.txt',
      'views',
      'views/deep',
      'views/deep/b.js',
    ])
    expect(await readFile(join(out, 'views/deep/b.js'), 'utf8')).toBe('ünïcode')
    const manifest = createManifest(files, [{ path: 'src.js', size: 3 }])
    expect(manifest.files).toEqual([
      {
        path: 'a.txt',
        size: 5,
        sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
      },
      { path: 'views/deep/b.js', size: 9, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ])
    expect(manifest.sources).toEqual([{ path: 'src.js', size: 3 }])
  })
})
