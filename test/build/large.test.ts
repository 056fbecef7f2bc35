import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildProject } from '../../compiler/index.ts'
import { largeProject, writeProject } from './gen.ts'

// How fast this is belongs to `npm run bench -- build`; here, only that a large app builds whole.
describe('a large project', () => {
  it('builds and writes all 250 pages and their components', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpsim-big-'))
    await writeProject(dir, largeProject(250))
    const result = await buildProject(dir, { outDir: join(dir, 'dist') })
    expect(result.errors).toEqual([])
    expect(result.pages).toHaveLength(250)
    expect(result.components).toHaveLength(20)
    expect(result.files).toHaveLength(250 + 5) // + logic.js, its map, app-config, packages, manifest
  })
})
