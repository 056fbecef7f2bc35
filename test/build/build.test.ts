import { createHash } from 'node:crypto'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildProject, formatError } from '../../compiler/index.ts'
import type { ViewBundle } from '../../runtime/view/bundle.ts'
import type { RenderHelpers, TemplateModule } from '../../runtime/view/template/ir.ts'
import { createWxsLoader } from '../../runtime/view/wxs.ts'

const SAMPLE = join(import.meta.dirname, '../../samples/todo')

/** Loads a `<page>.view.js` the way the view runtime does: one `__mpsimView` call. */
function loadView(code: string): ViewBundle {
  let bundle: ViewBundle | undefined
  new Function('__mpsimView', code)((b: ViewBundle) => (bundle = b))
  if (!bundle) throw new Error('no __mpsimView call')
  return bundle
}

const R = new Proxy({} as RenderHelpers, { get: () => () => undefined })

describe('buildProject on samples/todo', async () => {
  const out = await mkdtemp(join(tmpdir(), 'mpsim-todo-'))
  const result = await buildProject(SAMPLE, { outDir: out })
  const text = (path: string) => result.output.find((f) => f.path === path)?.content ?? ''

  it('compiles without errors and lists pages and components', () => {
    expect(result.errors.map(formatError)).toEqual([])
    expect(result.pages).toEqual(['pages/index/index', 'pages/stats/stats'])
    expect(result.components).toEqual(['components/todo-item/todo-item'])
    expect(result.files.map((f) => f.path)).toEqual([
      'logic.js',
      'logic.js.map',
      'app-config.json',
      'views/pages/index/index.view.js',
      'views/pages/stats/stats.view.js',
      'packages.json',
      'manifest.json',
    ])
  })

  it('writes every file, with the size and hash the manifest records', async () => {
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))
    expect(manifest.files).toHaveLength(6)
    for (const entry of manifest.files) {
      const bytes = await readFile(join(out, entry.path))
      expect(bytes.length).toBe(entry.size)
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256)
    }
    expect(manifest.sources).toContainEqual({ path: 'app.json', size: expect.any(Number) })
    expect(manifest.sources.map((s: { path: string }) => s.path)).toContain('utils/format.wxs')
  })

  it('writes the resolved app config with merged page windows', () => {
    const config = JSON.parse(text('app-config.json'))
    expect(config).toMatchObject({
      pages: ['pages/index/index', 'pages/stats/stats'],
      entryPagePath: 'pages/index/index',
      tabBar: null,
      style: 'v2',
      page: {
        'pages/index/index': {
          window: { navigationBarTitleText: 'My todos', navigationBarBackgroundColor: '#3366ff' },
        },
        'pages/stats/stats': {
          window: { navigationBarTitleText: 'Stats', backgroundColor: '#f5f5f5' },
        },
      },
    })
  })

  it('writes a loadable view bundle per page with templates, WXS, components and styles', () => {
    const view = loadView(text('views/pages/index/index.view.js'))
    expect(view.page).toBe('pages/index/index')
    expect(Object.keys(view.templates).sort()).toEqual([
      'components/todo-item/todo-item',
      'pages/index/index',
    ])
    const mod: TemplateModule = view.templates['pages/index/index']!(R)
    expect(mod).toMatchObject({ path: 'pages/index/index', wxs: { fmt: 'utils/format.wxs' } })
    expect(Object.keys(view.wxs).sort()).toEqual(['utils/format.wxs', 'utils/pad.wxs'])
    const fmt = createWxsLoader(view.wxs).load('utils/format.wxs') as Record<
      string,
      (x: unknown) => string
    >
    expect(fmt.count!(2)).toBe('2 items left')
    expect(fmt.slug!('Buy Milk!')).toBe('buy-milk-')
    const item = view.components['components/todo-item/todo-item']
    expect(item).toMatchObject({
      styleIsolation: 'isolated',
      style: 'components/todo-item/todo-item',
      stylePrefix: expect.stringMatching(/^c[0-9a-f]{6}$/),
    })
    expect(view.components['pages/index/index']).toMatchObject({
      usingComponents: { 'todo-item': 'components/todo-item/todo-item' },
    })
    expect(Object.keys(view.styles)).toEqual([
      'app',
      'pages/index/index',
      'components/todo-item/todo-item',
    ])
    expect(view.styles.app).toContain(28) // font-size: 28rpx
    const stats = loadView(text('views/pages/stats/stats.view.js'))
    expect(Object.keys(stats.wxs)).toEqual(['pages/stats/stats.wxml#pct'])
    expect(
      (
        createWxsLoader(stats.wxs).load('pages/stats/stats.wxml#pct') as (
          a: number,
          b: number,
        ) => string
      )(1, 4),
    ).toBe('25%')
  })

  it('gives each component the same style prefix in every build', async () => {
    const again = await buildProject(SAMPLE)
    const a = loadView(text('views/pages/index/index.view.js'))
    const b = loadView(
      again.output.find((f) => f.path === 'views/pages/index/index.view.js')!.content,
    )
    expect(b.components['components/todo-item/todo-item']?.stylePrefix).toBe(
      a.components['components/todo-item/todo-item']?.stylePrefix,
    )
    expect(again.files.find((f) => f.path === 'logic.js')?.sha256).toBe(
      result.files.find((f) => f.path === 'logic.js')?.sha256,
    )
  })

  it('bundles app.js, pages, components and utils, ESM converted', () => {
    const logic = text('logic.js')
    for (const id of [
      'app.js',
      'utils/store.js',
      'utils/id.js',
      'components/todo-item/todo-item.js',
    ]) {
      expect(logic).toContain(`define(${JSON.stringify(id)}, (function (window, document`)
    }
    expect(logic).toMatch(
      /require\("app\.js"\);\nrequire\("pages\/index\/index\.js"\);\nrequire\("pages\/stats\/stats\.js"\);/,
    )
    expect(logic).not.toMatch(/^export /m)
  })
})
