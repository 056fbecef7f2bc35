// A one-page mini program written to a temp dir, for tests that only need wx.* calls.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export async function writeProject(files: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-backend-'))
  const all = {
    'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
    'app.js': 'App({})',
    'pages/index/index.wxml': '<view>hi</view>',
    'pages/index/index.js': 'Page({})',
    ...files,
  }
  for (const [path, text] of Object.entries(all)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}
