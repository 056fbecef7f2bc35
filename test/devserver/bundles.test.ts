// The simulator's bundles are built once and reused while none of their inputs changed; an
// edit to any file a bundle was made from builds it again (and only it).

import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareBundles, simulatorBundles } from '../../devserver/server/bundles.ts'

describe('simulator bundles', () => {
  let root: string
  const write = async (file: string, text: string) => {
    await mkdir(dirname(join(root, file)), { recursive: true })
    await writeFile(join(root, file), text)
  }
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'mpsim-bundles-'))
    await write('shared/word.ts', `export const word: string = 'first'\n`)
    await write(
      'devserver/client/main.ts',
      `import { word } from '../../shared/word.ts'\nconsole.log('main', word)\n`,
    )
    await write('devserver/client/view-frame.ts', `console.log('view')\n`)
    await write('runtime/logic/browser-entry.ts', `console.log('logic')\n`)
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  const out = () => join(root, 'cache')
  const mtime = async (file: string) => (await stat(join(out(), file))).mtimeMs

  it('builds the three bundles, each one file with its map', async () => {
    await prepareBundles(simulatorBundles(root, out()))
    const main = await readFile(join(out(), 'main.js'), 'utf8')
    expect(main).toContain('"first"')
    expect(main).not.toMatch(/^import\s/m)
    for (const name of ['main', 'logic', 'view'])
      expect(await mtime(`${name}.js.map`)).toBeGreaterThan(0)
  })

  it('reuses them when nothing changed (a new server included)', async () => {
    const before = await mtime('main.js')
    await prepareBundles(simulatorBundles(root, out()))
    expect(await mtime('main.js')).toBe(before)
  })

  it('builds again the bundle whose input changed, on the next request', async () => {
    const bundles = simulatorBundles(root, out())
    const view = await mtime('view.js')
    await write('shared/word.ts', `export const word: string = 'second'\n`)
    const later = new Date(Date.now() + 5_000)
    await utimes(join(root, 'shared/word.ts'), later, later)
    await bundles.ready('main')
    expect(await readFile(join(out(), 'main.js'), 'utf8')).toContain('"second"')
    await bundles.ready('view')
    expect(await mtime('view.js')).toBe(view)
  })
})
