// useExtendedLib: { weui: true } provides weui-miniprogram's components without installing them.

import { expect, test } from 'vitest'
import { buildProject } from '../../compiler/index.ts'
import { memoryFiles } from '../../compiler/project/files.ts'

test('a page uses weui-miniprogram components through useExtendedLib', async () => {
  const files = memoryFiles({
    'app.json': JSON.stringify({ pages: ['pages/index/index'], useExtendedLib: { weui: true } }),
    'app.js': 'App({})',
    'pages/index/index.json': JSON.stringify({
      usingComponents: {
        'mp-cells': 'weui-miniprogram/cells/cells',
        'mp-cell': 'weui-miniprogram/cell/cell',
      },
    }),
    'pages/index/index.js': 'Page({})',
    'pages/index/index.wxml': '<mp-cells><mp-cell value="a"/></mp-cells>',
  })
  const result = await buildProject('.', { files })
  expect(result.errors.filter((e) => e.severity === 'error')).toEqual([])
  expect(result.components).toContain('miniprogram_npm/weui-miniprogram/cell/cell')
  const view = result.output.find((f) => f.path === 'views/pages/index/index.view.js')!.content
  expect(view).toContain('"miniprogram_npm/weui-miniprogram/cells/cells"')
  const logic = result.output.find((f) => f.path === 'logic.js')!.content
  expect(logic).toContain('define("miniprogram_npm/weui-miniprogram/cell/cell.js"')
})

test('without useExtendedLib the same paths are not found', async () => {
  const files = memoryFiles({
    'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
    'app.js': 'App({})',
    'pages/index/index.json': JSON.stringify({
      usingComponents: { 'mp-cell': 'weui-miniprogram/cell/cell' },
    }),
    'pages/index/index.js': 'Page({})',
    'pages/index/index.wxml': '<mp-cell/>',
  })
  const result = await buildProject('.', { files })
  expect(result.errors.map((e) => e.code)).toContain('COMPONENT_NOT_FOUND')
})
