// A pure-JS npm package as "build npm" turns it into `miniprogram_npm/<pkg>/index.js`: its entry
// and everything it requires, in one CommonJS file. esbuild does the bundling; it is loaded only
// when a project uses such a package, and synchronously because project files are read so.

import { createRequire } from 'node:module'
import { createError, locationAt } from '../errors.ts'
import type { OnError } from '../errors.ts'

type BuildSync = (typeof import('esbuild'))['buildSync']

export function bundlePlainPackage(
  name: string,
  entry: string,
  file: string,
  onError: OnError,
): string {
  try {
    const { buildSync } = createRequire(import.meta.url)('esbuild') as { buildSync: BuildSync }
    const out = buildSync({
      entryPoints: [entry],
      bundle: true,
      format: 'cjs',
      platform: 'neutral',
      mainFields: ['main', 'module'],
      write: false,
      logLevel: 'silent',
    })
    return out.outputFiles[0]?.text ?? ''
  } catch (e) {
    const first = (e as { errors?: Array<{ text: string }> }).errors?.[0]?.text
    const why = `npm package "${name}" could not be built from ${entry}: ${first ?? String(e)}`
    onError(createError('JS_SYNTAX', locationAt(file, '', 0), '', [why]))
    return `throw new Error(${JSON.stringify(why)});\n`
  }
}
