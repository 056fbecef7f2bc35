// Fast starts for TypeScript entries: esbuild bundles an entry into dist/.cli/ and the bundle is
// rebuilt only when one of the files it was made from is newer than it. Plain JavaScript, so
// Node runs it without a loader. Used by bin/mpsim.js (the CLI) and runtime/host/logic-worker.mjs (the logic worker).

import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** What each bundle is made from. */
export const BUNDLES = {
  // Split: dynamic imports become chunks loaded on demand, so `mpsim build` never loads jsdom,
  // which only `mpsim run` needs (its load alone takes seconds on a busy machine).
  cli: { entry: 'cli/index.ts', outfile: 'dist/.cli/mpsim.mjs', split: true },
  // Beside the bundled CLI on purpose: runtime/host/logic-thread.ts starts `./logic-worker.mjs`
  // next to itself, which is this bundle when the host runs from dist/.cli/mpsim.mjs.
  logicWorker: { entry: 'runtime/logic/worker-entry.ts', outfile: 'dist/.cli/logic-worker.mjs' },
}

/** esbuild's chunk file names: `[name]-[hash].mjs` (and their maps). */
const CHUNK = /-[A-Z0-9]{8}\.mjs(\.map)?$/

/** The files esbuild read for a bundle, kept beside it: exactly what can make it stale. */
const inputsOf = (out) => `${out}.inputs.json`

/** True when the bundle is missing or older than one of its inputs (or than this builder). */
export function isStale(name) {
  const out = join(ROOT, BUNDLES[name].outfile)
  const built = statSync(out, { throwIfNoEntry: false })?.mtimeMs ?? 0
  let inputs
  try {
    inputs = JSON.parse(readFileSync(inputsOf(out), 'utf8'))
  } catch {
    return true
  }
  const files = [fileURLToPath(import.meta.url), ...inputs.map((f) => join(ROOT, f))]
  return files.some((f) => (statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > built)
}

/** Builds bundle `name` when stale; resolves to its absolute path. Throws when it cannot. */
export async function ensureBundle(name) {
  if (isStale(name)) await buildBundle(name)
  return join(ROOT, BUNDLES[name].outfile)
}

/** Writes beside the target, then renames: processes building at once never see half a file. */
async function buildBundle(name) {
  const { entry, outfile, split = false } = BUNDLES[name]
  const out = join(ROOT, outfile)
  const { build } = await import('esbuild')
  const startedAt = new Date()
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { [basename(out, '.mjs')]: join(ROOT, entry) },
    outdir: dirname(out),
    outExtension: { '.js': '.mjs' },
    splitting: split,
    // Beside the entry, so `./logic-worker.mjs` from the host's chunk is still the worker.
    chunkNames: '[name]-[hash]',
    write: false,
    metafile: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies are bundled too: one file loads much faster than hundreds of small modules.
    // Native and runtime-only packages stay outside.
    external: [
      'esbuild',
      'jsdom',
      'tsx',
      'ws',
      'glass-easel*',
      'weui-miniprogram',
      'vite',
      'playwright-core',
    ],
    sourcemap: true,
    // Bundled CommonJS dependencies require Node's built-ins.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'silent',
  })
  mkdirSync(dirname(out), { recursive: true })
  const tag = `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  const inputs = JSON.stringify(Object.keys(result.metafile.inputs))
  const files = [
    ...result.outputFiles.filter((f) => f.path !== out).map((f) => [f.path, f.contents]),
    [inputsOf(out), inputs],
    // The entry last: once it is fresh, its chunks, map and input list are in place. Chunk
    // names hold a content hash, so a process still running an older entry keeps its chunks.
    ...result.outputFiles.filter((f) => f.path === out).map((f) => [f.path, f.contents]),
  ]
  for (const [path, contents] of files) {
    try {
      await writeFile(path + tag, contents)
      renameSync(path + tag, path)
    } finally {
      rmSync(path + tag, { force: true })
    }
  }
  // Dated from before esbuild read the sources: a file saved during the build makes it stale.
  utimesSync(out, startedAt, startedAt)
  if (split) removeOldChunks(dirname(out), new Set(result.outputFiles.map((f) => f.path)))
}

/** Chunks of earlier builds, once no process started an hour ago can still be loading them. */
function removeOldChunks(dir, keep) {
  const hourAgo = Date.now() - 3_600_000
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (!CHUNK.test(name) || keep.has(path)) continue
    const stat = statSync(path, { throwIfNoEntry: false })
    if (stat && stat.mtimeMs < hourAgo) rmSync(path, { force: true })
  }
}
