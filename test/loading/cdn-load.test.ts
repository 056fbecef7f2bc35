// Cold and hot launches from the CDN: the packages downloaded, verified, cached and unpacked;
// a hot launch takes them from the cache without downloading; each phase on the timeline.

import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { launch } from '../../index.ts'
import { cdnFixture } from './cdn-fixture.ts'

const fixture = await cdnFixture()
afterAll(() => fixture.close())

describe('launch from the CDN', () => {
  it('cold: downloads the main package, verifies, unpacks and runs it', async () => {
    const cacheDir = await fixture.cacheDir()
    const mp = await launch({ cdn: fixture.cdn.url, appId: 'wx-cold', load: 'cold', cacheDir })
    try {
      const page = await mp.currentPage()
      expect(await page!.$('.title').then((e) => e!.text())).toBe('hello main')
      const host = mp.host
      expect(host.pkg.origin).toMatchObject({ appId: 'wx-cold', strategy: 'cold' })
      const phases = host.timeline.marks.map((m) => `${m.phase}:${m.thread}`)
      for (const phase of [
        'manifest:host',
        'download:host',
        'verify:host',
        'unpack:host',
        'logic-start:logic',
        'logic-inject:logic',
        'view-inject:view',
        'view-create:view',
        'first-render:view',
        'ready:logic',
      ])
        expect(phases).toContain(phase)
      const [summary] = mp.timings()
      expect(summary).toMatchObject({ kind: 'launch', strategy: 'cold', page: 'pages/index/index' })
      expect(summary!.firstRender).toBeGreaterThan(0)
      // the main package is cached for the next hot launch; subpackages are not loaded yet
      const version = host.pkg.origin!.version
      expect(await readdir(join(cacheDir, 'wx-cold', version))).toContain('__APP__.wxapkg')
      expect(host.pkg.hasSubpackage!('packageA')).toBe(false)
    } finally {
      await mp.close()
    }
  })

  it('hot: a second launch takes the package from the cache, without downloading', async () => {
    const cacheDir = await fixture.cacheDir()
    const first = await launch({ cdn: fixture.cdn.url, appId: 'wx-hot', load: 'hot', cacheDir })
    expect(first.host.pkg.origin!.strategy).toBe('cold') // nothing cached yet
    await first.close()
    const requests = fixture.cdn.stats.requests
    const mp = await launch({ cdn: fixture.cdn.url, appId: 'wx-hot', load: 'hot', cacheDir })
    try {
      expect(mp.host.pkg.origin!.strategy).toBe('hot')
      const page = await mp.currentPage()
      expect(await page!.$('.title').then((e) => e!.text())).toBe('hello main')
      const phases = mp.host.timeline.marks.map((m) => m.phase)
      expect(phases).toContain('cache')
      expect(phases).not.toContain('download')
      await mp.host.updates.settled()
      // only the update check's manifest request went to the CDN
      expect(fixture.cdn.stats.requests - requests).toBe(1)
    } finally {
      await mp.close()
    }
  })

  it('a subpackage of a CDN launch loads its own code package when asked', async () => {
    const cacheDir = await fixture.cacheDir()
    const mp = await launch({ cdn: fixture.cdn.url, appId: 'wx-sub', cacheDir })
    try {
      const pkg = mp.host.pkg
      expect(() => pkg.viewSource('packageA/pages/cat/cat')).toThrow(/not loaded yet/)
      await pkg.loadSubpackage!('packageA')
      expect(pkg.hasSubpackage!('packageA')).toBe(true)
      expect(pkg.viewSource('packageA/pages/cat/cat')).toContain('boom')
      const marks = mp.host.timeline.marks.filter((m) => m.package === 'packageA')
      expect(marks.map((m) => m.phase)).toEqual(['download', 'verify', 'unpack'])
    } finally {
      await mp.close()
    }
  })

  it('says clearly when the CDN has no app', async () => {
    const cacheDir = await fixture.cacheDir()
    await expect(
      launch({ cdn: `${fixture.cdn.url}/nothing/`, appId: 'wx-none', cacheDir }),
    ).rejects.toThrow(
      /pack-manifest.json: HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/nothing\/pack-manifest\.json/,
    )
  })
})
