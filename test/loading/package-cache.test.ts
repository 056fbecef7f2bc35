// What can go wrong between the CDN and the cache, and how the loader recovers: a corrupted or
// half-written cache entry is discarded and downloaded again (never run); a package whose bytes
// do not match the manifest is refused with what is wrong; a dropped connection is resumed
// with a Range request; connections that keep dropping end in a clear error.

import { readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { launch } from '../../index.ts'
import { startCdn } from '../../packages/cdn.ts'
import { sha256Hex } from '../../packages/loader/digest.ts'
import { download } from '../../packages/loader/download.ts'
import { nodeHttpTransport } from '../../packages/loader/node-http.ts'
import type { PackManifest } from '../../packages/pack.ts'
import { cdnFixture } from './cdn-fixture.ts'

const fixture = await cdnFixture()
afterAll(() => fixture.close())

const manifest = async (): Promise<PackManifest> =>
  JSON.parse(await readFile(join(fixture.dir, 'pack-manifest.json'), 'utf8'))

/** Launches hot twice: the first fills the cache; `spoil` changes the cached main package. */
async function hotAfter(appId: string, spoil: (file: string) => Promise<void>) {
  const cacheDir = await fixture.cacheDir()
  const options = { cdn: fixture.cdn.url, appId, load: 'hot' as const, cacheDir }
  await (await launch(options)).close()
  const { contentVersion, packages } = await manifest()
  const file = join(cacheDir, appId, contentVersion, '__APP__.wxapkg')
  await spoil(file)
  const mp = await launch(options)
  return { mp, file, expected: packages[0]!.sha256 }
}

describe('the package cache', () => {
  it('a corrupted entry is detected, discarded and downloaded again, never run', async () => {
    const { mp, file, expected } = await hotAfter('wx-corrupt', async (file) => {
      const bytes = await readFile(file)
      bytes[bytes.length - 10]! ^= 0xff
      await writeFile(file, bytes)
    })
    try {
      const page = await mp.currentPage()
      expect(await page!.$('.title').then((e) => e!.text())).toBe('hello main')
      const note = mp.logs.map((l) => String(l.args[0])).find((t) => t.includes('corrupted'))
      expect(note).toMatch(
        /^\[package cache\] __APP__ of wx-corrupt [0-9a-f]{16} is corrupted \(SHA-256 [0-9a-f]{12}… where the manifest says [0-9a-f]{12}…\): discarded, downloading it again$/,
      )
      const phases = mp.host.timeline.marks.filter((m) => m.package === '__APP__')
      expect(phases.map((m) => m.phase)).toEqual([
        'cache',
        'verify',
        'download',
        'verify',
        'unpack',
      ])
      // the entry was replaced by the good package
      expect(await sha256Hex(await readFile(file))).toBe(expected)
    } finally {
      await mp.close()
    }
  })

  it('a half-written (truncated) entry is detected and replaced', async () => {
    const { mp, file, expected } = await hotAfter('wx-half', (file) => truncate(file, 100))
    try {
      expect(mp.host.pkg.origin!.strategy).toBe('hot')
      const note = mp.logs.map((l) => String(l.args[0])).find((t) => t.includes('corrupted'))
      expect(note).toMatch(
        /__APP__ of wx-half .* is corrupted \(100 B where the manifest says \d+ B\)/,
      )
      expect(await sha256Hex(await readFile(file))).toBe(expected)
      expect((await mp.currentPage())!.path).toBe('pages/index/index')
    } finally {
      await mp.close()
    }
  })

  it('a missing entry is downloaded; a corrupt cached manifest means a cold launch', async () => {
    const cacheDir = await fixture.cacheDir()
    const options = { cdn: fixture.cdn.url, appId: 'wx-gone', load: 'hot' as const, cacheDir }
    await (await launch(options)).close()
    const { contentVersion } = await manifest()
    await rm(join(cacheDir, 'wx-gone', contentVersion, '__APP__.wxapkg'))
    const again = await launch(options)
    expect(again.host.timeline.marks.map((m) => m.phase)).toContain('download')
    await again.close()
    await writeFile(join(cacheDir, 'wx-gone', contentVersion, 'pack-manifest.json'), '{"trunc')
    const cold = await launch(options)
    try {
      expect(cold.host.pkg.origin!.strategy).toBe('cold')
      const note = cold.logs.map((l) => String(l.args[0])).find((t) => t.includes('not JSON'))
      expect(note).toMatch(/the pack manifest is not JSON: discarded, loading from the CDN/)
    } finally {
      await cold.close()
    }
  })
})

describe('downloads', () => {
  it('a package whose bytes do not match the manifest is refused, and not cached', async () => {
    const { packages } = await manifest()
    const target = join(fixture.dir, packages[0]!.file)
    const good = await readFile(target)
    const bad = Buffer.from(good)
    bad[bad.length - 1]! ^= 0x01
    await writeFile(target, bad)
    const cacheDir = await fixture.cacheDir()
    try {
      await expect(launch({ cdn: fixture.cdn.url, appId: 'wx-bad', cacheDir })).rejects.toThrow(
        /^__APP__: SHA-256 [0-9a-f]{12}… where the manifest says [0-9a-f]{12}… \(downloaded twice from http:\/\/127\.0\.0\.1:\d+\/__APP__\.wxapkg\)$/,
      )
      expect(await readdir(cacheDir).catch(() => [])).toEqual([])
    } finally {
      await writeFile(target, good)
    }
  })

  it('a dropped connection is resumed from where it stopped (Range + If-Range)', async () => {
    const body = new Uint8Array(200_000).map((_, i) => (i * 7) % 256)
    await writeFile(join(fixture.dir, 'big.bin'), body)
    // drop the first two responses partway (at 40% and 30%), then let everything through
    const draws = [0.1, 0.4, 0.1, 0.3]
    const cdn = await startCdn({
      root: fixture.dir,
      network: 'loss=0.5',
      random: () => draws.shift() ?? 0.9,
    })
    try {
      const progress: number[] = []
      const got = await download(nodeHttpTransport, {
        url: `${cdn.url}/big.bin`,
        name: 'big',
        onProgress: (p) => progress.push(p.attempt),
      })
      expect(got.data).toEqual(body)
      expect(got.attempts).toBe(3)
      expect(cdn.stats.dropped).toBe(2)
      // resumed, not started over: little more than the file went over the wire
      expect(cdn.stats.bytesSent).toBeLessThan(body.length * 1.2)
      expect(new Set(progress)).toEqual(new Set([1, 2, 3]))
    } finally {
      await cdn.close()
    }
  })

  it('connections that keep dropping end in a clear error after the retries', async () => {
    const cdn = await startCdn({ root: fixture.dir, network: 'loss=1', random: () => 0.5 })
    try {
      await expect(
        download(nodeHttpTransport, { url: `${cdn.url}/big.bin`, name: 'big', retries: 2 }),
      ).rejects.toThrow(
        /^big: download failed after 3 attempts \(\d+ of 200000 B arrived; last: .+\) from http:\/\/127\.0\.0\.1:\d+\/big\.bin$/,
      )
      expect(cdn.stats.dropped).toBe(3)
    } finally {
      await cdn.close()
    }
  })

  it('an HTTP error is not retried', async () => {
    await expect(
      download(nodeHttpTransport, { url: `${fixture.cdn.url}/missing.wxapkg`, name: 'missing' }),
    ).rejects.toThrow(/^missing: HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/missing\.wxapkg$/)
  })
})
