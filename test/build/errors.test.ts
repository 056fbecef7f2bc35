import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildProject, memoryFiles } from '../../compiler/index.ts'
import type { Compilers } from '../../compiler/index.ts'
import { writeProject } from './gen.ts'

const page = (wxml: string) => ({ wxml, js: 'Page({})\n' })

function project(extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {
    'app.json': JSON.stringify({ pages: ['pages/a/a', 'pages/b/b', 'pages/c/c'] }),
    'app.js': 'App({})\n',
  }
  const pages = { a: page('<view>a</view>'), b: page('<view>b</view>'), c: page('<view>c</view>') }
  for (const [name, p] of Object.entries(pages)) {
    files[`pages/${name}/${name}.wxml`] = p.wxml
    files[`pages/${name}/${name}.js`] = p.js
  }
  return { ...files, ...extra }
}

describe('buildProject error handling', () => {
  it('reports every broken file and still builds the rest', async () => {
    const files = project({
      'pages/a/a.json': '{\n  "usingComponents": { "x": "./nope" }\n}',
      'pages/b/b.wxml': '<wxs module="m">var = 1</wxs>\n<view>{{m}}</view>',
      'pages/b/b.wxss': '.a { color: red',
      'pages/c/c.js': 'Page({ data: { } ',
      'pages/c/c.json': '{ "navigationBarTitleText": "C", }',
    })
    const result = await buildProject('/nonexistent', { files: memoryFiles(files) })
    expect(result.errors.map((e) => [e.code, e.loc.file, e.loc.line])).toEqual([
      ['COMPONENT_NOT_FOUND', 'pages/a/a.json', 2],
      ['JSON_SYNTAX', 'pages/c/c.json', 1],
      ['WXS_SYNTAX', 'pages/b/b.wxml', 1],
      ['WXSS_SYNTAX', 'pages/b/b.wxss', 1],
      ['JS_SYNTAX', 'pages/c/c.js', 1],
    ])
    expect(result.pages).toEqual(['pages/a/a', 'pages/b/b', 'pages/c/c'])
    const paths = result.files.map((f) => f.path)
    expect(paths).toContain('views/pages/a/a.view.js')
    expect(paths).toContain('views/pages/c/c.view.js')
    const logic = result.output.find((f) => f.path === 'logic.js')!.content
    expect(logic).toContain('define("pages/c/c.js", (function')
    expect(logic).toMatch(/throw new SyntaxError\(".*pages\/c\/c\.js:1:/)
  })

  it('compiles each file once however many pages use it, with injected compilers', async () => {
    const calls: string[] = []
    const compilers: Compilers = {
      compileWxml: ({ file }) => {
        calls.push(file)
        if (file === 'pages/b/b.wxml') throw new Error('compiler bug')
        const imports = file.startsWith('pages/') ? ['shared/t.wxml'] : []
        const code = `function (R) { return { path: ${JSON.stringify(file)} } }`
        return { code, imports, includes: [], wxsFiles: ['shared/u.wxs'], inlineWxs: [] }
      },
      compileWxss: ({ file, scope }) => {
        calls.push(`${file} ${scope.prefix ?? '-'}`)
        return { chunks: [`/* ${file} */`], imports: [] }
      },
    }
    const files = project({
      'app.json': JSON.stringify({
        pages: ['pages/a/a', 'pages/b/b', 'pages/c/c'],
        usingComponents: { card: '/comp/card' },
      }),
      'app.wxss': '',
      'comp/card.json': '{ "component": true }',
      'comp/card.wxml': '',
      'comp/card.js': 'Component({})',
      'comp/card.wxss': '',
      'shared/t.wxml': '',
      'shared/u.wxs': 'module.exports = 1',
    })
    const result = await buildProject('/nonexistent', { files: memoryFiles(files), compilers })
    expect(calls.map((c) => c.replace(/ c[0-9a-f]{6}$/, ' <prefix>')).sort()).toEqual(
      [
        'app.wxss -',
        'comp/card.wxml',
        'comp/card.wxss <prefix>',
        'pages/a/a.wxml',
        'pages/b/b.wxml',
        'pages/c/c.wxml',
        'shared/t.wxml',
      ].sort(),
    )
    expect(result.errors).toMatchObject([
      {
        code: 'EXPR_SYNTAX',
        loc: { file: 'pages/b/b.wxml' },
        message: expect.stringContaining('compiler bug'),
      },
    ])
    const viewA = result.output.find((f) => f.path === 'views/pages/a/a.view.js')!.content
    expect(viewA).toContain('"shared/t": function (R)')
    expect(viewA).toContain('"comp/card": function (R)')
    expect(viewA).toContain('"shared/u.wxs": function (module, exports, require')
  })

  it('reads the project from miniprogramRoot, skipping node_modules, dot-folders and the output', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpsim-root-'))
    const inner = Object.fromEntries(Object.entries(project()).map(([k, v]) => [`src/${k}`, v]))
    await writeProject(dir, {
      ...inner,
      'project.config.json': JSON.stringify({ miniprogramRoot: 'src/' }),
      'src/dist/old.js': 'this is not JavaScript (',
      'src/node_modules/lib/index.js': 'neither is this (',
      'src/.cache/x.js': 'nor this (',
    })
    const result = await buildProject(dir, { outDir: join(dir, 'src/dist') })
    expect(result.errors).toEqual([])
    expect(result.pages).toEqual(['pages/a/a', 'pages/b/b', 'pages/c/c'])
    const manifest = JSON.parse(result.output.find((f) => f.path === 'manifest.json')!.content)
    expect(manifest.sources.map((s: { path: string }) => s.path)).toEqual([
      'app.js',
      'app.json',
      'pages/a/a.js',
      'pages/a/a.wxml',
      'pages/b/b.js',
      'pages/b/b.wxml',
      'pages/c/c.js',
      'pages/c/c.wxml',
    ])
  })

  it('reports a missing app.json and writes nothing', async () => {
    const result = await buildProject('/nonexistent', { files: memoryFiles({ 'a.js': '' }) })
    expect(result.errors.map((e) => e.code)).toEqual(['FILE_NOT_FOUND'])
    expect(result.files).toEqual([])
  })
})
