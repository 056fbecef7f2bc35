import { describe, expect, it } from 'vitest'
import { ErrorList } from '../errors.ts'
import {
  loadProjectGraph,
  memoryFiles,
  parseJson,
  reachableFrom,
  resolveComponent,
} from './index.ts'

const comp = (extra = {}) => JSON.stringify({ component: true, ...extra })

describe('parseJson', () => {
  it('reports a syntax error at its line and column', () => {
    const errors = new ErrorList()
    const doc = parseJson('app.json', '{\n  "pages": [\n    "a",\n  ]\n}', errors.onError)
    expect(doc).toBeNull()
    expect(errors.items[0]).toMatchObject({
      code: 'JSON_SYNTAX',
      loc: { file: 'app.json', line: 4, column: 3 },
    })
    expect(errors.items[0]?.frame).toContain('>')
  })

  it('reports a missing comma and end of input', () => {
    const errors = new ErrorList()
    parseJson('a.json', '{"a": 1 "b": 2}', errors.onError)
    parseJson('b.json', '{"a": ', errors.onError)
    expect(errors.items.map((e) => [e.loc.line, e.loc.column])).toEqual([
      [1, 9],
      [1, 7],
    ])
  })

  it('parses like JSON.parse and locates values by key path', () => {
    const src = '\uFEFF{\n "x": [1, {"y": "z"}],\n "n": -1.5e3, "t": true, "u": "\\u00e9"\n}'
    const doc = parseJson('p.json', src, () => {})
    expect(doc?.value).toEqual(JSON.parse(src.slice(1)))
    expect(doc?.loc(['x', '1', 'y'])).toMatchObject({ line: 2, column: 17 })
    // a missing key falls back to its parent (the root, just after the BOM)
    expect(doc?.loc(['missing'])).toMatchObject({ line: 1, column: 2 })
  })
})

describe('resolveComponent', () => {
  const files = memoryFiles({
    'components/card/card.json': '{}',
    'components/list/index.json': '{}',
    'pages/a/a.json': '{}',
    'pages/a/local.json': '{}',
    'miniprogram_npm/@vant/weapp/button/index.json': '{}',
    'miniprogram_npm/lib/index.json': '{}',
    'pages/miniprogram_npm/deep/index.wxml': '',
  })
  it.each([
    ['./local', 'pages/a/local'],
    ['../../components/card/card', 'components/card/card'],
    ['/components/card/card', 'components/card/card'],
    ['/components/list', 'components/list/index'],
    ['@vant/weapp/button/index', 'miniprogram_npm/@vant/weapp/button/index'],
    ['lib', 'miniprogram_npm/lib/index'],
    ['deep', 'pages/miniprogram_npm/deep/index'],
    ['local', 'pages/a/local'],
    ['./nope', null],
    ['/../outside', null],
  ])('%s from pages/a/a.json → %s', (req, id) => {
    expect(resolveComponent(files, 'pages/a/a.json', req)).toBe(id)
  })
})

describe('loadProjectGraph', () => {
  const base = {
    'app.json': JSON.stringify({
      pages: ['pages/index/index'],
      subPackages: [{ root: 'sub/', pages: ['p/p'], independent: true }],
      usingComponents: { 'g-icon': '/components/icon/icon' },
      window: { navigationBarTitleText: 'T' },
      preloadRule: { 'pages/index/index': { packages: ['sub'], network: 'all' } },
    }),
    'pages/index/index.wxml': '',
    'pages/index/index.js': '',
    'pages/index/index.json': JSON.stringify({
      usingComponents: { card: '../../components/card/card' },
      navigationBarTitleText: 'Home',
    }),
    'sub/p/p.wxml': '',
    'sub/p/p.js': '',
    'components/card/card.json': comp({
      usingComponents: { inner: './inner' },
      componentGenerics: { cell: { default: './inner' }, free: true },
      styleIsolation: 'apply-shared',
    }),
    'components/card/card.wxml': '',
    'components/card/card.js': '',
    'components/card/inner.json': comp(),
    'components/card/inner.wxml': '',
    'components/card/inner.js': '',
    'components/icon/icon.json': comp(),
    'components/icon/icon.wxml': '',
    'components/icon/icon.js': '',
  }

  it('collects pages and reachable components once, with globals and generics', () => {
    const errors = new ErrorList()
    const g = loadProjectGraph(memoryFiles(base), errors.onError)
    expect(errors.items).toEqual([])
    expect(g?.pages).toEqual(['pages/index/index', 'sub/p/p'])
    expect(g?.app.subpackages).toEqual([{ root: 'sub', pages: ['p/p'], independent: true }])
    const card = g?.nodes.get('components/card/card')
    expect(card).toMatchObject({
      usingComponents: { 'g-icon': 'components/icon/icon', inner: 'components/card/inner' },
      generics: { cell: 'components/card/inner', free: null },
      styleIsolation: 'apply-shared',
      files: {
        wxml: 'components/card/card.wxml',
        js: 'components/card/card.js',
        json: 'components/card/card.json',
      },
    })
    expect(g?.nodes.get('pages/index/index')).toMatchObject({
      styleIsolation: 'shared',
      json: { window: { navigationBarTitleText: 'Home' } },
    })
    expect(reachableFrom(g!, 'pages/index/index').sort()).toEqual([
      'components/card/card',
      'components/card/inner',
      'components/icon/icon',
      'pages/index/index',
    ])
    expect(reachableFrom(g!, 'sub/p/p')).toEqual(['sub/p/p', 'components/icon/icon'])
  })

  it('reports a missing component at its usingComponents entry', () => {
    const errors = new ErrorList()
    const files = {
      ...base,
      'pages/index/index.json': '{\n  "usingComponents": {\n    "x": "./missing"\n  }\n}',
    }
    const g = loadProjectGraph(memoryFiles(files), errors.onError)
    expect(g?.pages).toContain('pages/index/index')
    expect(errors.items).toMatchObject([
      {
        code: 'COMPONENT_NOT_FOUND',
        message: 'component "x" not found at "./missing"',
        loc: { file: 'pages/index/index.json', line: 3, column: 10 },
      },
    ])
  })

  it('records plugin components with a warning, and checks values', () => {
    const errors = new ErrorList()
    const files = {
      ...base,
      'app.json': JSON.stringify({
        pages: ['pages/index/index', 'pages/gone/gone'],
        bogus: 1,
        window: 3,
      }),
      'pages/index/index.json': JSON.stringify({
        usingComponents: { p: 'plugin://myPlugin/comp' },
        styleIsolation: 'weird',
      }),
    }
    const g = loadProjectGraph(memoryFiles(files), errors.onError)
    expect(g?.plugins).toEqual([
      { from: 'pages/index/index.json', tag: 'p', path: 'plugin://myPlugin/comp' },
    ])
    expect(g?.pages).toEqual(['pages/index/index'])
    expect(errors.items.map((e) => [e.code, e.severity, e.message])).toEqual([
      ['JSON_INVALID', 'warning', 'invalid config: unknown app.json field "bogus"'],
      ['JSON_INVALID', 'error', 'invalid config: "window" must be an object'],
      [
        'FILE_NOT_FOUND',
        'warning',
        'file not found: pages/gone/gone.wxml (the page is left out; a route to it fails as to an unknown page)',
      ],
      [
        'FILE_NOT_FOUND',
        'warning',
        'file not found: pages/gone/gone.js (the page is left out; a route to it fails as to an unknown page)',
      ],
      ['JSON_INVALID', 'error', 'invalid config: unknown styleIsolation "weird"'],
      ['JSON_INVALID', 'warning', expect.stringContaining('plugin component "p"')],
    ])
  })

  it('reports a component without its template or script at its JSON file', () => {
    const errors = new ErrorList()
    const files: Record<string, string> = { ...base }
    delete files['components/icon/icon.js']
    delete files['components/icon/icon.wxml']
    loadProjectGraph(memoryFiles(files), errors.onError)
    expect(errors.items.map((e) => [e.code, e.message, e.loc.file])).toEqual([
      ['FILE_NOT_FOUND', 'file not found: components/icon/icon.wxml', 'components/icon/icon.json'],
      ['FILE_NOT_FOUND', 'file not found: components/icon/icon.js', 'components/icon/icon.json'],
    ])
  })

  it('checks the tabBar list against the main package pages', () => {
    const errors = new ErrorList()
    const tabBar = {
      color: '#000',
      selectedColor: '#f00',
      backgroundColor: '#fff',
      list: [
        { pagePath: 'pages/index/index', text: 'Home' },
        { pagePath: 'sub/p/p', text: 'Sub' },
        { text: 'x' },
      ],
    }
    const app = JSON.parse(base['app.json'])
    loadProjectGraph(
      memoryFiles({ ...base, 'app.json': JSON.stringify({ ...app, tabBar }) }),
      errors.onError,
    )
    expect(errors.items.map((e) => e.message)).toEqual([
      'invalid config: tabBar page "sub/p/p" is not a page of the main package',
      'invalid config: tabBar.list[2] needs a "pagePath"',
    ])
    errors.items.length = 0
    loadProjectGraph(
      memoryFiles({ ...base, 'app.json': JSON.stringify({ ...app, tabBar: { list: [] } }) }),
      errors.onError,
    )
    expect(errors.items.map((e) => [e.severity, e.message])).toEqual([
      ['warning', 'invalid config: tabBar.color should be a color'],
      ['warning', 'invalid config: tabBar.selectedColor should be a color'],
      ['warning', 'invalid config: tabBar.backgroundColor should be a color'],
      ['error', 'invalid config: tabBar.list must have 2 to 5 items'],
    ])
  })

  it('checks preloadRule pages and packages', () => {
    const errors = new ErrorList()
    const app = JSON.parse(base['app.json'])
    const preloadRule = {
      'pages/index/index': { packages: ['sub', 'nope'] },
      'pages/x/x': { packages: [] },
    }
    loadProjectGraph(
      memoryFiles({ ...base, 'app.json': JSON.stringify({ ...app, preloadRule }) }),
      errors.onError,
    )
    expect(errors.items.map((e) => e.message)).toEqual([
      'invalid config: preloadRule package "nope" is not a subpackage name or root',
      'invalid config: preloadRule page "pages/x/x" is not a page',
    ])
  })

  it('reports a missing app.json and a broken one', () => {
    const errors = new ErrorList()
    expect(loadProjectGraph(memoryFiles({}), errors.onError)).toBeNull()
    expect(loadProjectGraph(memoryFiles({ 'app.json': '{pages: []}' }), errors.onError)).toBeNull()
    expect(errors.items.map((e) => e.code)).toEqual(['FILE_NOT_FOUND', 'JSON_SYNTAX'])
  })
})
