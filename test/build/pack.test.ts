// Code package files: pack → unpack gives the build back; the platform's size limits; the CLI's
// pack, unpack and cdn commands with their exit codes.

import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildProject } from '../../compiler/index.ts'
import { packBuild, sizeProblems, unpackFile, writePack } from '../../packages/pack.ts'
import { writeSubpackagesProject } from '../support/subpackages-project.ts'

const ROOT = join(import.meta.dirname, '../..')
const project = await writeSubpackagesProject()
const work = await mkdtemp(join(tmpdir(), 'mpsim-pack-test-'))
afterAll(async () => {
  await project.remove()
  await rm(work, { recursive: true, force: true })
})

function mpsim(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/mpsim.js', ...args], { cwd: ROOT, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** Every file under a folder, by relative path, with its bytes. */
async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out[path.slice(dir.length + 1)] = (await readFile(path)).toString('base64')
  }
  return out
}

describe('pack and unpack', async () => {
  const build = join(work, 'build')
  await buildProject(project.dir, { outDir: build })
  const result = await packBuild(build)
  const packed = join(work, 'packed')
  await writePack(packed, result)

  it('writes one package per code package and a manifest with sizes and digests', async () => {
    expect((await readdir(packed)).sort()).toEqual([
      '__APP__.wxapkg',
      'pack-manifest.json',
      'packageA.wxapkg',
      'packageB.wxapkg',
    ])
    const manifest = JSON.parse(await readFile(join(packed, 'pack-manifest.json'), 'utf8'))
    expect(manifest.version).toBe(1)
    expect(manifest.contentVersion).toMatch(/^[0-9a-f]{16}$/)
    for (const p of manifest.packages) {
      const bytes = await readFile(join(packed, p.file))
      expect(bytes.length).toBe(p.size)
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(p.sha256)
    }
    expect(result.problems).toEqual([])
  })

  it('unpacks every package into one folder that equals the build output', async () => {
    const back = join(work, 'back')
    for (const file of ['__APP__.wxapkg', 'packageA.wxapkg', 'packageB.wxapkg'])
      await unpackFile(join(packed, file), back)
    expect(await tree(back)).toEqual(await tree(build))
  })

  it('gives the subpackage its logic bundle and views only', async () => {
    const paths = await unpackFile(join(packed, 'packageA.wxapkg'), join(work, 'only-a'))
    expect(paths).toEqual([
      '/views/packageA/pages/cat/cat.view.js',
      '/subpackages/packageA/logic.js',
      '/subpackages/packageA/logic.js.map',
    ])
  })

  it('refuses a truncated file with the decoder error', async () => {
    const bytes = await readFile(join(packed, 'packageA.wxapkg'))
    const cut = join(work, 'cut.wxapkg')
    await writeFile(cut, bytes.subarray(0, bytes.length - 10))
    await expect(unpackFile(cut, join(work, 'cut'))).rejects.toThrow(/cut\.wxapkg/)
  })
})

describe('size limits', () => {
  it('names the package over 2 MB and the total over 20 MB, as the devtools say it', () => {
    const limits = { packageBytes: 2048 * 1024, totalBytes: 20 * 1024 * 1024 }
    const packages = [
      { name: '__APP__', size: 2432 * 1024 },
      ...Array.from({ length: 10 }, (_, i) => ({ name: `sub${i}`, size: 2000 * 1024 })),
    ]
    const total = packages.reduce((n, p) => n + p.size, 0)
    expect(sizeProblems(packages, total, limits)).toEqual([
      '__APP__: 代码包大小为 2432 kb，上限为 2048 kb，请删除文件后重试',
      '整个小程序所有分包大小为 22432 kb，上限为 20480 kb，请删除文件后重试',
    ])
    expect(sizeProblems(packages.slice(1), total - 2432 * 1024, limits)).toEqual([])
  })

  it('packBuild checks the limits it is given', async () => {
    const build = join(work, 'build')
    const result = await packBuild(build, { packageBytes: 1024, totalBytes: 1_000_000 })
    expect(result.problems.map((p) => p.split(':')[0])).toEqual(['__APP__', 'packageA', 'packageB'])
    expect(result.problems[0]).toMatch(
      /^__APP__: 代码包大小为 \d+ kb，上限为 1 kb，请删除文件后重试$/,
    )
  })
})

describe('mpsim pack / unpack / cdn', () => {
  it('packs a project (building it first) and unpacks a package', async () => {
    const out = join(work, 'cli-pack')
    const r = mpsim('pack', project.dir, '--out', out)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/__APP__\.wxapkg +\d+\.\d KB/)
    expect(r.out).toMatch(/packageB\.wxapkg/)
    const u = mpsim('unpack', join(out, 'packageB.wxapkg'), '--out', join(work, 'cli-b'))
    expect(u.code).toBe(0)
    expect(u.out).toMatch(/unpacked 3 file\(s\)/)
    const code = await readFile(join(work, 'cli-b/subpackages/packageB/logic.js'), 'utf8')
    expect(code).toContain('define("packageB/pages/dog/dog.js"')
  })

  it('exits 1 with the devtools message when a package is over 2 MB, writing nothing', async () => {
    const big = await writeSubpackagesProject({
      'packageA/data.js': `module.exports = ${JSON.stringify('x'.repeat(2_300_000))}`,
    })
    try {
      const out = join(work, 'cli-big')
      const r = mpsim('pack', big.dir, '--out', out)
      expect(r.code).toBe(1)
      expect(r.err).toMatch(/packageA: 代码包大小为 \d{4} kb，上限为 2048 kb，请删除文件后重试/)
      await expect(readdir(out)).rejects.toThrow()
    } finally {
      await big.remove()
    }
  })

  it('exits 1 for a corrupt package and 2 for bad usage', async () => {
    const bad = join(work, 'bad.wxapkg')
    await writeFile(bad, 'not a package at all')
    const r = mpsim('unpack', bad)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^mpsim unpack: .*bad\.wxapkg/)
    expect(mpsim('pack').code).toBe(2)
    expect(mpsim('pack', work).code).toBe(2) // neither a build nor a project
    expect(mpsim('cdn', work, '--network', 'carrier-pigeon').code).toBe(2)
  })

  it('serves a folder and prints its URL', async () => {
    await writeFile(join(work, 'hello.txt'), 'hello cdn')
    const child = spawn(process.execPath, ['bin/mpsim.js', 'cdn', work, '--network', 'wifi'], {
      cwd: ROOT,
    })
    try {
      const url = await new Promise<string>((found, fail) => {
        let text = ''
        child.stdout.on('data', (chunk) => {
          text += String(chunk)
          const m = text.match(/url: (http:\/\/127\.0\.0\.1:\d+)\//)
          if (m) found(m[1] as string)
        })
        child.on('exit', (code) => fail(new Error(`mpsim cdn exited with ${code}: ${text}`)))
      })
      const res = await fetch(`${url}/hello.txt`)
      expect(res.status).toBe(200)
      expect(await res.text()).toBe('hello cdn')
    } finally {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
    }
  })
})
