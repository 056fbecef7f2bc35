#!/usr/bin/env node
// The CLI is written in TypeScript. To start fast, it runs from a bundle that esbuild makes from
// the sources (dist/.cli/mpsim.mjs), rebuilt whenever a source file is newer than it; if that
// cannot be done, tsx loads the sources directly.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bundle = join(root, 'dist', '.cli', 'mpsim.mjs')
const SOURCES = ['cli', 'compiler', 'runtime', 'bridge', 'package.json']

function newestSource(path) {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.endsWith('.test.ts')) continue
    newest = Math.max(newest, newestSource(join(path, name)))
  }
  return newest
}

async function loadMain() {
  try {
    const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0
    if (built < Math.max(...SOURCES.map((s) => newestSource(join(root, s))))) {
      const { build } = await import('esbuild')
      mkdirSync(dirname(bundle), { recursive: true })
      await build({
        entryPoints: [join(root, 'cli', 'index.ts')],
        outfile: bundle,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        // Dependencies are bundled too: one file loads much faster than hundreds of small
        // modules. Native and runtime-only packages stay outside.
        external: ['esbuild', 'jsdom', 'tsx', 'ws', 'glass-easel*', 'weui-miniprogram'],
        sourcemap: true,
        // Bundled CommonJS dependencies require Node's built-ins.
        banner: {
          js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
        },
        logLevel: 'silent',
      })
    }
    return (await import(pathToFileURL(bundle).href)).main
  } catch (error) {
    process.stderr.write(`mpsim: running from the TypeScript sources (no bundle: ${error})\n`)
    const { register } = await import('tsx/esm/api')
    register()
    return (await import('../cli/index.ts')).main
  }
}

const main = await loadMain()
process.exitCode = await main(process.argv.slice(2))
