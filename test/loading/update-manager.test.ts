// wx.getUpdateManager after a launch from the CDN, as on the platform: the client checks for a
// new version in the background (onCheckForUpdate({ hasUpdate })), downloads it into the
// cache (onUpdateReady, or onUpdateFailed), and applyUpdate() restarts on it; a launch after
// that starts on the new version.

import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { launch } from '../../index.ts'
import type { MiniProgram } from '../../headless/index.ts'
import type { PackManifest } from '../../packages/pack.ts'
import { cdnFixture } from './cdn-fixture.ts'

// The app listens in onLaunch, as apps do; it applies the update when storage says so.
const APP = `App({
  globalData: { loaded: [], updates: [] },
  onLaunch() {
    const updates = this.globalData.updates
    const manager = wx.getUpdateManager()
    manager.onCheckForUpdate((res) => updates.push('check:' + res.hasUpdate))
    manager.onUpdateReady(() => {
      updates.push('ready')
      if (wx.getStorageSync('apply')) manager.applyUpdate()
    })
    manager.onUpdateFailed(() => updates.push('failed'))
  },
})`
const V2 = { 'utils/shared.js': `module.exports = { greet: (who) => 'hi ' + who + ' v2' }` }

const fixture = await cdnFixture()
afterAll(() => fixture.close())

async function until(what: string, done: () => boolean | Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

const updates = (mp: MiniProgram) =>
  mp.evaluate(() => (getApp() as { globalData: { updates: string[] } }).globalData.updates)
const title = async (mp: MiniProgram) => (await (await mp.currentPage())!.$('.title'))!.text()
declare const getApp: () => unknown

describe('wx.getUpdateManager', () => {
  it('no new version: onCheckForUpdate({ hasUpdate: false }) and nothing else', async () => {
    await fixture.publish({ 'app.js': APP })
    const cacheDir = await fixture.cacheDir()
    const mp = await launch({ cdn: fixture.cdn.url, appId: 'wx-same', load: 'hot', cacheDir })
    try {
      await mp.host.updates.settled()
      await mp.host.settle()
      expect(await updates(mp)).toEqual(['check:false'])
      expect(mp.host.updates.state).toBe('none')
    } finally {
      await mp.close()
    }
  })

  it('a new version on the CDN: check, download, onUpdateReady, applyUpdate restarts on it', async () => {
    await fixture.publish({ 'app.js': APP })
    const cacheDir = await fixture.cacheDir()
    const options = { cdn: fixture.cdn.url, appId: 'wx-update', load: 'hot' as const, cacheDir }
    const first = await launch({ ...options, storageDir: cacheDir })
    await first.callWxMethod('setStorageSync', 'apply', true)
    const v1 = first.host.pkg.origin!.version
    await first.close()

    const v2 = (await fixture.publish({ 'app.js': APP, ...V2 })).contentVersion
    expect(v2).not.toBe(v1)
    const mp = await launch({ ...options, storageDir: cacheDir })
    try {
      expect(mp.host.pkg.origin).toMatchObject({ version: v1, strategy: 'hot' })
      expect(await title(mp)).toBe('hello main')
      // the app calls applyUpdate in onUpdateReady: the host restarts on v2
      await until('the restart on v2', () => mp.host.pkg.origin?.version === v2)
      await until('the new launch to settle', async () => {
        await mp.host.settle()
        return (await mp.currentPage()) !== null
      })
      expect(await title(mp)).toBe('hi main v2')
      expect(mp.host.timeline.launches.map((l) => l.strategy)).toEqual(['hot', 'hot'])
      expect(mp.logs.map((l) => String(l.args[0]))).toContain(
        '[update] applyUpdate: restarting on the new version',
      )
      // the restarted app runs the newest version: no earlier check result is replayed to it
      expect(await updates(mp)).toEqual([])
    } finally {
      await mp.close()
    }
    // the next launch from the cache starts on v2
    const next = await launch({ ...options })
    try {
      expect(next.host.pkg.origin).toMatchObject({ version: v2, strategy: 'hot' })
    } finally {
      await next.close()
    }
  })

  it('the new version fails to download: onUpdateFailed, the running version stays', async () => {
    await fixture.publish({ 'app.js': APP })
    const cacheDir = await fixture.cacheDir()
    const options = { cdn: fixture.cdn.url, appId: 'wx-fail', load: 'hot' as const, cacheDir }
    const v1 = (await launch(options).then(async (mp) => (await mp.close(), mp))).host.pkg.origin!
      .version
    await fixture.publish({ 'app.js': APP, ...V2 })
    const manifest: PackManifest = JSON.parse(
      await readFile(join(fixture.dir, 'pack-manifest.json'), 'utf8'),
    )
    const target = join(fixture.dir, manifest.packages[0]!.file)
    await writeFile(target, (await readFile(target)).subarray(0, 64))
    const mp = await launch(options)
    try {
      await mp.host.updates.settled()
      await mp.host.settle()
      expect(await updates(mp)).toEqual(['check:true', 'failed'])
      expect(mp.host.pkg.origin!.version).toBe(v1)
      const note = mp.logs.map((l) => String(l.args[0])).find((t) => t.startsWith('[update]'))
      expect(note).toMatch(
        /^\[update\] download failed: __APP__: 64 B where the manifest says \d+ B/,
      )
    } finally {
      await mp.close()
    }
    const again = await launch(options)
    expect(again.host.pkg.origin!.version).toBe(v1)
    await again.close()
  })
})
