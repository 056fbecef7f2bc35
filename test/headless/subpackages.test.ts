// Subpackages load on demand: the host sends a subpackage's logic bundle once, before the first
// page created in it, and errors in its code point at its own files.

import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildProject } from '../../compiler/index.ts'
import { launch, type MiniProgram } from '../../index.ts'
import { writeSubpackagesProject } from '../support/subpackages-project.ts'

const project = await writeSubpackagesProject()
afterAll(() => project.remove())

describe.each(['single-thread', 'worker'] as const)('subpackages (%s)', (mode) => {
  let mp: MiniProgram | undefined
  afterAll(() => mp?.close())

  const loads = () =>
    mp!.record
      .filter({ direction: 'host→logic', type: 'loadSubpackage' })
      .map((r) => (r.payload as { root: string }).root)

  it('loads a subpackage once, when a route first enters it', async () => {
    mp = await launch({ project: project.dir, mode })
    expect(loads()).toEqual([])
    const cat = await mp.navigateTo('/packageA/pages/cat/cat')
    expect(await (await cat.$('.title'))!.text()).toBe('meow hello cat')
    expect(loads()).toEqual(['packageA'])
    await mp.navigateBack()
    await mp.navigateTo('/packageA/pages/cat/cat')
    expect(loads()).toEqual(['packageA'])
    expect(await mp.evaluate('function () { return getApp().globalData.loaded }')).toEqual([
      'packageA',
    ])
    const dog = await mp.navigateTo('/packageB/pages/dog/dog')
    expect(await (await dog.$('.title'))!.text()).toBe('woof4')
    expect(loads()).toEqual(['packageA', 'packageB'])
    expect(mp.errors).toEqual([])
  })

  it('sends the bundle before the page is created', () => {
    const sent = mp!.record
      .filter({ direction: 'host→logic' })
      .map((r) => r.type)
      .filter((t) => t === 'loadSubpackage' || t === 'pageCreate')
    expect(sent).toEqual([
      'pageCreate',
      'loadSubpackage',
      'pageCreate',
      'pageCreate',
      'loadSubpackage',
      'pageCreate',
    ])
  })

  it('reports an error in subpackage code with the subpackage file and line', async () => {
    const cat = await mp!.navigateTo('/packageA/pages/cat/cat')
    await (await cat.$('.title'))!.tap()
    await mp!.settle()
    expect(mp!.errors).toHaveLength(1)
    expect(mp!.errors[0]).toMatchObject({ file: 'packageA/pages/cat/cat.js', line: 4 })
    expect(mp!.errors[0]!.stack).toContain('packageA/pages/cat/cat.js:4:')
  })
})

it('fails the route when the subpackage bundle cannot be loaded, and tries again next time', async () => {
  const out = join(project.dir, 'dist')
  await buildProject(project.dir, { outDir: out })
  await rm(join(out, 'subpackages/packageA/logic.js'))
  const mp = await launch({ packageDir: out, mode: 'single-thread' })
  try {
    await expect(mp.navigateTo('/packageA/pages/cat/cat')).rejects.toThrow(
      /loadSubpackage "packageA" failed/,
    )
    await buildProject(project.dir, { outDir: out })
    const cat = await mp.navigateTo('/packageA/pages/cat/cat')
    expect(await (await cat.$('.title'))!.text()).toBe('meow hello cat')
  } finally {
    await mp.close()
  }
})

describe('hot reload with subpackages', () => {
  it('relaunches when only a subpackage module changed, and loads later subpackages from the new build', async () => {
    const hot = await writeSubpackagesProject({ 'pages/index/index.wxss': '.title { color: red }' })
    const mp = await launch({ project: hot.dir, mode: 'single-thread' })
    try {
      // a style-only change keeps the app running on the new build (the old one is removed)
      await writeFile(join(hot.dir, 'pages/index/index.wxss'), '.title { color: blue }')
      expect(await mp.hotUpdate()).toMatchObject({ applied: true, kind: 'views' })
      const dog = await mp.navigateTo('/packageB/pages/dog/dog')
      expect(await (await dog.$('.title'))!.text()).toBe('woof4')
      await mp.navigateTo('/packageA/pages/cat/cat')
      await writeFile(join(hot.dir, 'packageA/utils/meow.js'), `module.exports = () => 'purr'`)
      expect(await mp.hotUpdate()).toMatchObject({
        applied: true,
        kind: 'relaunch',
        reason: 'logic',
      })
      const cat = (await mp.currentPage())!
      expect(cat.path).toBe('packageA/pages/cat/cat')
      expect(await (await cat.$('.title'))!.text()).toBe('purr hello cat')
      expect(mp.errors).toEqual([])
    } finally {
      await mp.close()
      await hot.remove()
    }
  })
})

// 分包异步化: require.async of a module in a subpackage that is not loaded yet makes the host load
// it, then resolves with the module's exports (WeChat's demo app's home page uses it); a module
// that exists nowhere rejects with the loader's message. (wx.loadSubpackage is a mini-game API:
// mini programs do not have it, test/loading/subpackages.test.ts.)
describe('require.async', () => {
  let mp: MiniProgram | undefined
  afterAll(() => mp?.close())

  it('loads the subpackage of a module required asynchronously, once', async () => {
    mp = await launch({ project: project.dir })
    const meow = await mp.evaluate(`function () {
      return Promise.all([
        getApp().requireAsync('./packageA/utils/meow.js'),
        getApp().requireAsync('./packageA/utils/meow.js'),
      ]).then(([a, b]) => [a(), a === b])
    }`)
    expect(meow).toEqual(['meow', true])
    const loads = mp.record
      .filter({ direction: 'host→logic', type: 'loadSubpackage' })
      .map((r) => (r.payload as { root: string }).root)
    expect(loads).toEqual(['packageA'])
    const missing = await mp.evaluate(`function () {
      return getApp().requireAsync('./packageA/utils/nope.js').then(() => 'loaded', (e) => e.message)
    }`)
    expect(missing).toBe(
      "module 'packageA/utils/nope.js' is not defined, require args is './packageA/utils/nope.js'",
    )
    expect(mp.errors).toEqual([])
  })
})
