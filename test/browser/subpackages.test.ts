// Subpackages in the browser home: the simulator page fetches a subpackage's logic bundle from the
// dev server when a route first enters it (not with the package), and an error in its code is
// reported with the subpackage file and line.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeSubpackagesProject } from '../support/subpackages-project.ts'
import { openSimulator, poll, type Simulator } from './simulator.ts'

describe('browser simulator: subpackages', () => {
  let sim: Simulator
  let project: Awaited<ReturnType<typeof writeSubpackagesProject>>
  const fetched: string[] = []
  beforeAll(async () => {
    project = await writeSubpackagesProject()
    sim = await openSimulator(project.dir)
    sim.page.on('request', (r) => fetched.push(new URL(r.url()).pathname))
  }, 90_000)
  afterAll(async () => {
    await sim?.close()
    await project?.remove()
  }, 30_000)

  const navigateTo = (url: string) =>
    sim.page.evaluate(async (url) => {
      const result = (await window.__mpsim!.host.stack.navigateTo({ url })) as { errMsg: string }
      return result.errMsg
    }, url)
  const loads = () =>
    sim.page.evaluate(() =>
      window
        .__mpsim!.host.record.filter({ type: 'loadSubpackage' })
        .map((r) => (r.payload as { root: string }).root),
    )

  it('fetches the subpackage bundle when a route first enters it, once', async () => {
    // under the served build's folder (/__mpsim/builds/<version>/)
    const isBundle = (p: string) => p.endsWith('/subpackages/packageA/logic.js')
    expect(fetched.filter(isBundle)).toEqual([])
    expect(await navigateTo('/packageA/pages/cat/cat')).toBe('navigateTo:ok')
    const frame = await sim.currentFrame()
    await poll(() => frame.locator('.title').innerText()).toBe('meow hello cat')
    expect(fetched.filter(isBundle)).toHaveLength(1)
    expect(await loads()).toEqual(['packageA'])
  })

  it('reports an error in subpackage code with the subpackage file and line', async () => {
    const frame = await sim.currentFrame()
    await frame.locator('.title').click()
    const errors = () =>
      sim.page.evaluate(() => window.__mpsim!.host.errors.map((e) => `${e.file}:${e.line}`))
    await poll(errors).toEqual(['packageA/pages/cat/cat.js:4'])
  })
})
