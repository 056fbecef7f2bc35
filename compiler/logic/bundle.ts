// The logic bundle: every JS (and TS) module of the project wrapped as
// `define("path/file.js", (function (window, …) { return function (require, module, exports) { … } })())`, then the entry
// requires in the platform's order (app.js, then each page). ES module syntax is turned into
// CommonJS by esbuild only in files that use it; TypeScript is compiled by esbuild too (the
// platform compiles .ts with a devtools plugin and loads it as the .js of the same name).
// A module with a syntax error is reported and replaced by one that throws that error when
// required, so the rest of the app still loads.

import { parse } from 'acorn'
import type { EncodedSourceMap } from '@jridgewell/gen-mapping'
import { createError } from '../errors.ts'
import type { CompileError, OnError } from '../errors.ts'
import { BundleMap } from './sourcemap.ts'

export interface LogicSource {
  /** Project-relative path: `pages/index/index.js`, `utils/api.ts`. */
  file: string
  source: string
}

export interface LogicBundle {
  code: string
  map: EncodedSourceMap
  /** Module ids in bundle order. */
  modules: string[]
}

/** Globals the platform hides from app code the same way: parameters nobody passes. */
export const LOGIC_SHADOWED = [
  'window',
  'document',
  'frames',
  'self',
  'location',
  'navigator',
  'localStorage',
  'history',
  'Caches',
  'screen',
  'alert',
  'confirm',
  'prompt',
  'XMLHttpRequest',
  'WebSocket',
  'webkit',
  'WeixinJSCore',
]

// The hidden globals are parameters of an outer function, not of the module's own, so that a
// module may still declare one at its top level: webpack output in WeChat's demo app starts
// with `const self = this`, which is a redeclaration error beside a parameter named `self`.
const HEADER = (id: string) =>
  `define(${JSON.stringify(id)}, (function (${LOGIC_SHADOWED.join(', ')}) { return function (require, module, exports) {`
const FOOTER = '}})());'

/** Module id of a source file: `a/b.ts` → `a/b.js`. */
export function moduleId(file: string): string {
  return file.replace(/\.ts$/, '.js')
}

interface Prepared {
  id: string
  file: string
  code: string
  /** esbuild's map, or null when `code` is the source unchanged. */
  map: string | null
  content: string
  error: CompileError | null
}

/** Builds the bundle. `entries` are module ids; those not in the bundle are skipped. */
export async function buildLogicBundle(
  sources: readonly LogicSource[],
  entries: readonly string[],
  onError: OnError,
  outFile = 'logic.js',
): Promise<LogicBundle> {
  const prepared = await Promise.all(sources.map(prepare))
  const map = new BundleMap(outFile)
  const parts: string[] = ['// mpsim logic bundle']
  let line = 1
  const modules: string[] = []
  for (const p of prepared) {
    if (p.error) onError(p.error)
    modules.push(p.id)
    const code = p.error ? throwing(p.error) : p.code.replace(/\n?$/, '')
    parts.push(HEADER(p.id))
    line++
    if (p.error) map.addIdentity(p.file, '', line, p.content)
    else if (p.map) map.addMap(p.file, p.map, line, p.content)
    else map.addIdentity(p.file, code, line, p.content)
    parts.push(code, FOOTER)
    line += code.split('\n').length + 1
  }
  const present = new Set(modules)
  for (const entry of entries)
    if (present.has(entry)) parts.push(`require(${JSON.stringify(entry)});`)
  parts.push(`//# sourceMappingURL=${outFile.replace(/^.*\//, '')}.map`)
  return { code: parts.join('\n') + '\n', map: map.toJSON(), modules }
}

async function prepare(src: LogicSource): Promise<Prepared> {
  const base = { id: moduleId(src.file), file: src.file, content: src.source }
  const isTs = src.file.endsWith('.ts')
  if (!isTs && !/\b(import|export)\b/.test(src.source)) {
    return { ...base, code: src.source, map: null, error: checkScript(src) }
  }
  try {
    // Loaded only when a file needs converting: most mini programs are plain CommonJS.
    const { transform } = await import('esbuild')
    const out = await transform(src.source, {
      loader: isTs ? 'ts' : 'js',
      format: 'cjs',
      sourcemap: 'external',
      sourcefile: src.file,
      logLevel: 'silent',
    })
    return { ...base, code: out.code, map: out.map, error: null }
  } catch (e) {
    return { ...base, code: '', map: null, error: esbuildError(src, e) }
  }
}

/** A plain script is kept byte for byte; acorn only checks that it parses. */
function checkScript(src: LogicSource): CompileError | null {
  try {
    parse(src.source, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
      allowHashBang: true,
    })
    return null
  } catch (e) {
    const err = e as SyntaxError & { loc?: { line: number; column: number }; pos?: number }
    const loc = {
      file: src.file,
      line: err.loc?.line ?? 1,
      column: (err.loc?.column ?? 0) + 1,
      offset: err.pos ?? 0,
    }
    return createError('JS_SYNTAX', loc, src.source, [err.message.replace(/\s*\(\d+:\d+\)$/, '')])
  }
}

function esbuildError(src: LogicSource, e: unknown): CompileError {
  const first = (
    e as {
      errors?: Array<{
        text: string
        location: { line: number; column: number; lineText: string } | null
      }>
    }
  ).errors?.[0]
  const at = first?.location
  const line = at?.line ?? 1
  // esbuild counts columns in UTF-8 bytes; locations count UTF-16 units
  const column = at
    ? Buffer.from(at.lineText).subarray(0, at.column).toString('utf8').length + 1
    : 1
  const lineStart = src.source
    .split('\n')
    .slice(0, line - 1)
    .reduce((n, l) => n + l.length + 1, 0)
  const loc = { file: src.file, line, column, offset: lineStart + column - 1 }
  const message = first?.text ?? (e instanceof Error ? e.message : String(e))
  return createError('JS_SYNTAX', loc, src.source, [message])
}

function throwing(error: CompileError): string {
  const { loc } = error
  const text = `${error.message} (${loc.file}:${loc.line}:${loc.column})`
  return `throw new SyntaxError(${JSON.stringify(text)});`
}
