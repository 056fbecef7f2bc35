#!/usr/bin/env node
// The CLI is written in TypeScript. To start fast, it runs from a bundle that esbuild makes from
// the sources (dist/.cli/mpsim.mjs, see bin/bundle.mjs), rebuilt whenever a source file is newer
// than it; the logic worker's bundle beside it is kept fresh too, as the bundled host starts it.
// If that cannot be done, tsx loads the sources directly.
import { pathToFileURL } from 'node:url'
import { ensureBundle } from './bundle.mjs'

async function loadMain() {
  try {
    const [cli] = await Promise.all([ensureBundle('cli'), ensureBundle('logicWorker')])
    return (await import(pathToFileURL(cli).href)).main
  } catch (error) {
    process.stderr.write(`mpsim: running from the TypeScript sources (no bundle: ${error})\n`)
    const { register } = await import('tsx/esm/api')
    register()
    return (await import('../cli/index.ts')).main
  }
}

const main = await loadMain()
const code = await main(process.argv.slice(2))
process.exitCode = code
// Nothing left running may keep the command alive (a worker a timed-out run could not end).
setTimeout(() => process.exit(code), 2000).unref()
