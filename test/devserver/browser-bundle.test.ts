// One runtime, three homes: the host core, its browser platform, the view frame and the logic
// worker bundle for a browser page, with no Node module anywhere in their imports.

import { resolve } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')

describe('browser bundles', () => {
  it.each([
    [
      'the host core and its browser platform',
      ['runtime/host/host.ts', 'runtime/host/browser/index.ts'],
    ],
    ['the view frame', ['runtime/view/frame.ts']],
    ['the logic worker', ['runtime/logic/browser-entry.ts']],
  ])('%s import no Node module', async (_name, entries) => {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: entries,
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      outdir: 'out',
      metafile: true,
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((f) => /^node:|\/node\/|jsdom|node_modules\/ws\//.test(f))).toEqual([])
    expect(inputs).toContain(entries[0])
  })
})
