// A CDN with a packed app on it, for the loader's tests: the subpackages project (or one with
// changes, as a new version) built, packed and written into a folder `mpsim cdn` serves.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildProject } from '../../compiler/index.ts'
import { startCdn, type CdnServer } from '../../packages/cdn.ts'
import { packBuild, writePack, type PackManifest } from '../../packages/pack.ts'
import { writeSubpackagesProject } from '../support/subpackages-project.ts'

export interface CdnFixture {
  cdn: CdnServer
  /** The folder the CDN serves (pack-manifest.json and the .wxapkg files). */
  dir: string
  /** A fresh package cache folder. */
  cacheDir(): Promise<string>
  /** Builds and packs the project with `extra` files into the CDN's folder: a new version. */
  publish(extra?: Record<string, string>): Promise<PackManifest>
  close(): Promise<void>
}

export async function cdnFixture(network?: string): Promise<CdnFixture> {
  const work = await mkdtemp(join(tmpdir(), 'mpsim-loading-'))
  const dir = join(work, 'cdn')
  let caches = 0
  const publish = async (extra: Record<string, string> = {}) => {
    const project = await writeSubpackagesProject(extra)
    const out = join(work, `build-${Date.now()}-${Math.random().toString(36).slice(2)}`)
    try {
      const result = await buildProject(project.dir, { outDir: out })
      const errors = result.errors.filter((e) => e.severity !== 'warning')
      if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'))
      const packed = await packBuild(out)
      await writePack(dir, packed)
      return packed.manifest
    } finally {
      await project.remove()
    }
  }
  await publish()
  const cdn = await startCdn({ root: dir, network })
  return {
    cdn,
    dir,
    cacheDir: async () => join(work, `cache-${++caches}`),
    publish,
    close: async () => {
      await cdn.close()
      await rm(work, { recursive: true, force: true })
    },
  }
}
