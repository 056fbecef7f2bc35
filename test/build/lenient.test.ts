// Mistakes that stay inside one page or tag are warnings, not a failed build: WeChat's own demo
// app ships a wrong <import> path, a misspelt usingComponents entry and (without its git
// submodule) pages whose files are absent, and runs. The rest of the app must run here too:
// a missing import or include renders nothing, an unresolved component tag renders as an
// unknown element, and a page without files is left out, so a route to it fails as to an
// unknown page.

import { afterAll, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import { buildProject } from '../../compiler/index.ts'
import { tempProject, type TempProject } from '../support/temp-project.ts'

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index', 'pages/gone/gone'] }),
  'app.js': `App({})`,
  'pages/index/index.json': JSON.stringify({ usingComponents: { 'x-bar': '/nowhere/bar' } }),
  'pages/index/index.wxml': [
    '<import src="../../common/head.wxml"/>',
    '<template is="head"/>',
    '<include src="./missing.wxml"/>',
    '<x-bar id="bar">inside</x-bar>',
    '<view id="msg">{{msg}}</view>',
  ].join('\n'),
  'pages/index/index.js': `Page({ data: { msg: 'hello' } })`,
}

let mp: MiniProgram | undefined
let dir: TempProject | undefined

afterAll(async () => {
  await mp?.close()
  await dir?.remove()
})

it('warns with file:line:column and still builds and runs the rest of the app', async () => {
  dir = await tempProject('mpsim-lenient-', files)
  const result = await buildProject(dir.dir)
  const seen = result.errors.map((e) => `${e.severity} ${e.code} ${e.loc.file}:${e.loc.line}`)
  expect(seen).toEqual(
    expect.arrayContaining([
      'warning FILE_NOT_FOUND app.json:1',
      'warning COMPONENT_NOT_FOUND pages/index/index.json:1',
      'warning IMPORT_NOT_FOUND pages/index/index.wxml:1',
      'warning IMPORT_NOT_FOUND pages/index/index.wxml:3',
    ]),
  )
  expect(result.errors.filter((e) => e.severity === 'error')).toEqual([])

  mp = await launch({ project: dir.dir })
  const page = (await mp.currentPage())!
  expect(await (await page.$('#msg'))!.text()).toBe('hello')
  const bar = (await page.$('#bar'))!
  expect(await bar.text()).toBe('inside')
  const fail: unknown = await mp
    .callWxMethod('navigateTo', { url: '/pages/gone/gone' })
    .catch((e: unknown) => e)
  expect(JSON.stringify(fail) + String(fail)).toContain(
    'navigateTo:fail page "pages/gone/gone" is not found',
  )
  expect(mp.errors).toEqual([])
})
