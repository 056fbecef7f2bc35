// Loading from a CDN in the browser home: `?cdn=…&load=cold|hot` makes the simulator page
// download the packages with fetch (verified, unpacked) into IndexedDB, and a hot load take
// them from there; a subpackage route downloads its own package.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cdnFixture, type CdnFixture } from '../loading/cdn-fixture.ts'
import { writeSubpackagesProject } from '../support/subpackages-project.ts'
import { openSimulator, poll, type Simulator } from './simulator.ts'

describe('browser simulator: launch from a CDN', () => {
  let sim: Simulator
  let fixture: CdnFixture
  let project: Awaited<ReturnType<typeof writeSubpackagesProject>>
  const query = (load: string) =>
    `?cdn=${encodeURIComponent(fixture.cdn.url + '/')}&load=${load}&appId=wx-browser`
  beforeAll(async () => {
    fixture = await cdnFixture()
    project = await writeSubpackagesProject()
    sim = await openSimulator(project.dir, query('cold'))
  }, 120_000)
  afterAll(async () => {
    await sim?.close()
    await project?.remove()
    await fixture?.close()
  }, 30_000)

  const state = () =>
    sim.page.evaluate(() => {
      const host = window.__mpsim!.host
      return {
        strategy: host.pkg.origin?.strategy,
        phases: host.timeline.marks.map((m) => `${m.phase}:${m.package ?? m.page ?? ''}`),
      }
    })

  it('cold: downloads, verifies and unpacks the main package, then runs it', async () => {
    const frame = await sim.currentFrame()
    await poll(() => frame.locator('.title').innerText()).toBe('hello main')
    const { strategy, phases } = await state()
    expect(strategy).toBe('cold')
    expect(phases).toEqual(
      expect.arrayContaining(['manifest:', 'download:__APP__', 'verify:__APP__', 'unpack:__APP__']),
    )
    expect(phases).toContain('first-render:pages/index/index')
  })

  it('a subpackage route downloads its package', async () => {
    const errMsg = await sim.page.evaluate(async () => {
      const result = await window.__mpsim!.host.stack.navigateTo({ url: '/packageA/pages/cat/cat' })
      return (result as { errMsg: string }).errMsg
    })
    expect(errMsg).toBe('navigateTo:ok')
    const frame = await sim.currentFrame()
    await poll(() => frame.locator('.title').innerText()).toBe('meow hello cat')
    expect((await state()).phases).toContain('download:packageA')
  })

  it('hot: a reload takes the package from IndexedDB, without downloading', async () => {
    await sim.page.goto(sim.server.url + query('hot'))
    await sim.page.waitForFunction(() => window.__mpsim?.ready !== undefined, null, {
      timeout: 30_000,
    })
    await sim.page.evaluate(() => window.__mpsim!.ready)
    const frame = await sim.currentFrame()
    await poll(() => frame.locator('.title').innerText()).toBe('hello main')
    const { strategy, phases } = await state()
    expect(strategy).toBe('hot')
    expect(phases).toContain('cache:__APP__')
    expect(phases).not.toContain('download:__APP__')
  })
})
