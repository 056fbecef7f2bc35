import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/index.ts'
import { writeProject } from './gen.ts'

const ROOT = join(import.meta.dirname, '../..')

function mpsim(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/mpsim.js', ...args], { cwd: ROOT, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('mpsim CLI', () => {
  it('builds samples/todo and prints a summary', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mpsim-cli-'))
    const r = mpsim('build', 'samples/todo', '--out', out)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/pages: 2 {3}components: 1 {3}errors: 0/)
    expect(r.out).toMatch(/views\/pages\/index\/index\.view\.js +\d+(\.\d)? (B|KB)/)
    expect(r.out).toMatch(/total +\d+(\.\d)? KB/)
    for (const f of [
      'logic.js',
      'logic.js.map',
      'app-config.json',
      'manifest.json',
      'views/pages/stats/stats.view.js',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true)
    }
  })

  it('prints errors with code frames and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpsim-bad-'))
    await writeProject(dir, {
      'app.json': '{ "pages": ["pages/a/a"] }',
      'app.js': 'App({})',
      'pages/a/a.wxml': '<view>a</view>',
      'pages/a/a.js': 'Page({',
    })
    const r = mpsim('build', dir, '--out', join(dir, 'out'))
    expect(r.code).toBe(1)
    expect(r.err).toContain('JS_SYNTAX: JavaScript syntax error')
    expect(r.err).toContain('at pages/a/a.js:1:7')
    expect(r.err).toContain('> 1 | Page({')
    expect(r.out).toContain('errors: 1')
  })

  it('exits 2 with usage for an unknown command', () => {
    const unknown = mpsim('frobnicate')
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('unknown command "frobnicate"')
    expect(unknown.err).toContain('Usage: mpsim')
  })

  it('answers --help and --version, and rejects bad build arguments (in process)', async () => {
    const run = async (...argv: string[]) => {
      let out = ''
      let err = ''
      const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
      return { code, out, err }
    }
    expect(await run('--help')).toMatchObject({
      code: 0,
      out: expect.stringContaining('build <project> [--out DIR]'),
    })
    expect((await run('--version')).out.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    expect(await run()).toMatchObject({ code: 2, out: expect.stringContaining('Usage: mpsim') })
    expect(await run('build')).toMatchObject({
      code: 2,
      err: expect.stringContaining('missing <project>'),
    })
    expect(await run('build', 'a', '--bogus')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown option --bogus'),
    })
    expect(await run('build', 'a', '--out')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--out needs a folder'),
    })
  })
})
