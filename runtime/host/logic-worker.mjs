// The logic worker's bootstrap when the host runs from its TypeScript sources: it starts the
// esbuild bundle of runtime/logic/worker-entry.ts (dist/.cli/logic-worker.mjs, rebuilt when a
// source is newer; see bin/bundle.mjs), or, when that cannot be built, the TypeScript entry
// through tsx. Node 20 does not apply the hooks of `--import tsx` (given in a Worker's execArgv)
// to the worker's own entry module, so tsx's loader is registered in this thread first.
import { pathToFileURL } from 'node:url'

async function bundled() {
  try {
    const { ensureBundle } = await import('../../bin/bundle.mjs')
    return pathToFileURL(await ensureBundle('logicWorker')).href
  } catch (error) {
    process.stderr.write(`mpsim: logic worker from the TypeScript sources (no bundle: ${error})\n`)
    return null
  }
}

const entry = await bundled()
if (entry) await import(entry)
else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../logic/worker-entry.ts')
}
