// The build splits the logic bundle per package as the platform packs it, and packages.json says
// which output file belongs to which package.

import { afterAll, describe, expect, it } from 'vitest'
import { buildProject, formatError } from '../../compiler/index.ts'
import type { PackagesFile } from '../../compiler/package/index.ts'
import { writeSubpackagesProject } from '../support/subpackages-project.ts'

const project = await writeSubpackagesProject()
afterAll(() => project.remove())

/** The module ids a bundle defines, in order. */
const defined = (code: string) => [...code.matchAll(/^define\("([^"]+)"/gm)].map((m) => m[1])
const required = (code: string) => [...code.matchAll(/^require\("([^"]+)"\);$/gm)].map((m) => m[1])

describe('a project with two subpackages', async () => {
  const result = await buildProject(project.dir)
  const text = (path: string) => result.output.find((f) => f.path === path)?.content ?? ''

  it('builds without errors', () => {
    expect(result.errors.map(formatError)).toEqual([])
  })

  it('keeps subpackage modules out of the main bundle', () => {
    expect(defined(text('logic.js'))).toEqual([
      'app.js',
      'miniprogram_npm/tiny/index.js',
      'pages/index/index.js',
      'utils/shared.js',
    ])
    expect(required(text('logic.js'))).toEqual(['app.js', 'pages/index/index.js'])
  })

  it('gives a subpackage its own modules only (main-package modules stay in main)', () => {
    const code = text('subpackages/packageA/logic.js')
    expect(defined(code)).toEqual(['packageA/pages/cat/cat.js', 'packageA/utils/meow.js'])
    expect(required(code)).toEqual(['packageA/pages/cat/cat.js'])
    expect(code).toMatch(/\/\/# sourceMappingURL=logic\.js\.map\n$/)
    const map = JSON.parse(text('subpackages/packageA/logic.js.map'))
    expect(map.file).toBe('subpackages/packageA/logic.js')
    expect(map.sources).toEqual(['packageA/pages/cat/cat.js', 'packageA/utils/meow.js'])
  })

  it('gives an independent subpackage the npm modules it requires', () => {
    const code = text('subpackages/packageB/logic.js')
    expect(defined(code)).toEqual([
      'packageB/helper.js',
      'packageB/pages/dog/dog.js',
      'miniprogram_npm/tiny/index.js',
    ])
  })

  it('lists every output file in exactly one package in packages.json', () => {
    const packages = JSON.parse(text('packages.json')) as PackagesFile
    const byName = Object.fromEntries(packages.packages.map((p) => [p.name, p]))
    expect(Object.keys(byName)).toEqual(['__APP__', 'packageA', 'packageB'])
    expect(byName.__APP__?.files).toEqual([
      'logic.js',
      'logic.js.map',
      'app-config.json',
      'views/pages/index/index.view.js',
      'packages.json',
      'manifest.json',
    ])
    expect(byName.packageA).toMatchObject({
      root: 'packageA',
      alias: 'animals',
      independent: false,
      pages: ['packageA/pages/cat/cat'],
      files: [
        'views/packageA/pages/cat/cat.view.js',
        'subpackages/packageA/logic.js',
        'subpackages/packageA/logic.js.map',
      ],
    })
    expect(byName.packageB?.independent).toBe(true)
    const all = packages.packages.flatMap((p) => p.files).sort()
    expect(all).toEqual(result.files.map((f) => f.path).sort())
  })
})

describe('requires a subpackage may not make', () => {
  it('reports an independent subpackage requiring main-package code, at the require', async () => {
    const bad = await writeSubpackagesProject({
      'packageB/helper.js': `// helper\nconst { greet } = require('../utils/shared.js')\nmodule.exports = { bark: () => greet('woof') }`,
    })
    try {
      const result = await buildProject(bad.dir)
      expect(result.errors.map((e) => [e.code, e.loc.file, e.loc.line, e.message])).toEqual([
        [
          'JS_PACKAGE_REQUIRE',
          'packageB/helper.js',
          2,
          'independent subpackage "packageB" cannot require "../utils/shared.js" (utils/shared.js) of the main package',
        ],
      ])
    } finally {
      await bad.remove()
    }
  })

  it('reports a subpackage requiring another subpackage', async () => {
    const bad = await writeSubpackagesProject({
      'packageA/utils/meow.js': `module.exports = require('../../packageB/helper.js').bark`,
    })
    try {
      const result = await buildProject(bad.dir)
      expect(result.errors.map((e) => [e.loc.file, e.message])).toEqual([
        [
          'packageA/utils/meow.js',
          'subpackage "packageA" cannot require "../../packageB/helper.js" (packageB/helper.js) of subpackage "packageB"',
        ],
      ])
    } finally {
      await bad.remove()
    }
  })
})
