// Which npm modules the logic bundle needs. A mini program's own JS all goes in (as the platform
// defines every module of the package); a module under `miniprogram_npm/` goes in only when the
// app can require it: from its own code, a page or component it uses, or another such module,
// resolved as the runtime's `require` resolves. Component libraries ship hundreds of modules a
// page never loads, and converting them is most of a build's time. A module that calls `require`
// with a computed name keeps its whole package, since what it loads cannot be known.

import { resolveModule } from '../../runtime/logic/resolve.ts'
import type { ProjectFiles } from '../project/files.ts'
import { moduleId } from './bundle.ts'

const STATIC_REQUIRE = /\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g
const IMPORT_FROM = /\b(?:import|export)\b[^'";]*?\bfrom\s*(['"])([^'"\n]+)\1/g
const BARE_IMPORT = /\bimport\s*\(?\s*(['"])([^'"\n]+)\1/g
/** `require(name)`, `require('./a/' + b)`: any argument but one string literal. */
const COMPUTED_REQUIRE = /\brequire\s*\(\s*(?!(['"])[^'"\n]*\1\s*\))[^\s)]/

/** The innermost `miniprogram_npm/@scope/pkg` folder (with what comes before it) of an npm
 *  module, else null: a package's own miniprogram_npm holds packages of its own. */
function npmPackageOf(file: string): string | null {
  const parts = file.split('/')
  const at = parts.lastIndexOf('miniprogram_npm')
  if (at < 0 || at + 2 >= parts.length) return null
  const scoped = parts[at + 1]?.startsWith('@') && at + 3 < parts.length
  return parts.slice(0, at + (scoped ? 3 : 2)).join('/')
}

/** The logic files to bundle: `candidates` (JS/TS files) minus unreachable npm modules. */
export function reachableLogicFiles(
  files: ProjectFiles,
  candidates: readonly string[],
  roots: readonly string[],
): string[] {
  const byId = new Map(candidates.map((f) => [moduleId(f), f]))
  const ctx = { has: (id: string) => byId.has(id), npmMain: () => undefined }
  const kept = new Set<string>()
  const queue: string[] = []
  const keep = (file: string | undefined) => {
    if (file === undefined || kept.has(file)) return
    kept.add(file)
    queue.push(file)
  }
  for (const file of candidates) if (npmPackageOf(file) === null) keep(file)
  for (const root of roots) keep(byId.get(moduleId(root)))
  while (queue.length) {
    const file = queue.pop() as string
    const source = files.read(file) ?? ''
    for (const { request } of requestsIn(source)) {
      const id = resolveModule(ctx, request, moduleId(file))
      if (id) keep(byId.get(id))
    }
    const pkg = npmPackageOf(file)
    if (pkg && COMPUTED_REQUIRE.test(source))
      for (const other of candidates) if (other.startsWith(`${pkg}/`)) keep(other)
  }
  return candidates.filter((f) => kept.has(f))
}

/** Every module a source names in `require('…')`, `import … from '…'` or `import('…')`, with
 *  the offset of the statement. */
export function requestsIn(source: string): Array<{ request: string; offset: number }> {
  const out: Array<{ request: string; offset: number }> = []
  for (const pattern of [STATIC_REQUIRE, IMPORT_FROM, BARE_IMPORT])
    for (const m of source.matchAll(pattern)) if (m[2]) out.push({ request: m[2], offset: m.index })
  return out
}
