// The logic bundle split as the platform packs it: the main package's bundle (`logic.js`: app.js,
// the main pages, every module outside a subpackage root) and one per subpackage
// (`subpackages/<root>/logic.js`: the modules under its root). A subpackage's bundle runs in the
// same module registry after the main one, so its code may require main-package modules. An
// independent subpackage starts without the main package: its bundle also carries the npm
// modules it requires, and a require of any other module outside its root is an error, as is a
// require between two subpackages (the devtools refuse both).

import { resolveModule } from '../../runtime/logic/resolve.ts'
import { createError, locationAt } from '../errors.ts'
import type { OnError } from '../errors.ts'
import type { ProjectFiles } from '../project/files.ts'
import type { ProjectGraph } from '../project/graph.ts'
import { moduleId } from './bundle.ts'
import { requestsIn } from './reachable.ts'

export interface LogicPackage {
  /** Subpackage root, or null for the main package. */
  root: string | null
  independent: boolean
  /** Output path of its bundle. */
  outFile: string
  /** Source files in the bundle. */
  files: string[]
  /** Module ids required at the end of the bundle (app.js, then pages). */
  entries: string[]
}

/** The output path of a package's logic bundle. */
export function logicFileOf(root: string | null): string {
  return root === null ? 'logic.js' : `subpackages/${root}/logic.js`
}

/** The subpackage root a project path lies under (the longest), or null (main package). */
export function packageRootOf(path: string, roots: readonly string[]): string | null {
  let best: string | null = null
  for (const root of roots)
    if (path.startsWith(`${root}/`) && (best === null || root.length > best.length)) best = root
  return best
}

/** Splits the logic files (already filtered by reachability) into packages. */
export function splitLogic(
  files: ProjectFiles,
  graph: ProjectGraph,
  logicFiles: readonly string[],
  onError: OnError,
): LogicPackage[] {
  const roots = graph.app.subpackages.map((s) => s.root)
  const rootOf = (file: string) => packageRootOf(file, roots)
  const byId = new Map(logicFiles.map((f) => [moduleId(f), f]))
  const subPages = new Set(
    graph.app.subpackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`)),
  )
  const main: LogicPackage = {
    root: null,
    independent: false,
    outFile: logicFileOf(null),
    files: logicFiles.filter((f) => rootOf(f) === null),
    entries: ['app.js', ...graph.pages.filter((p) => !subPages.has(p)).map((p) => `${p}.js`)],
  }
  const subs = graph.app.subpackages.map((sub): LogicPackage => {
    const own = logicFiles.filter((f) => rootOf(f) === sub.root)
    const deps = checkRequires(files, own, sub, byId, rootOf, onError)
    return {
      root: sub.root,
      independent: sub.independent,
      outFile: logicFileOf(sub.root),
      files: sub.independent ? [...own, ...deps] : own,
      entries: sub.pages.map((p) => moduleId(`${sub.root}/${p}.js`)),
    }
  })
  return [main, ...subs]
}

/** Reports requires a subpackage may not make; answers the npm modules outside its root that
 *  it reaches (what an independent subpackage must carry). */
function checkRequires(
  files: ProjectFiles,
  own: readonly string[],
  sub: { root: string; independent: boolean },
  byId: ReadonlyMap<string, string>,
  rootOf: (file: string) => string | null,
  onError: OnError,
): string[] {
  const ctx = { has: (id: string) => byId.has(id), npmMain: () => undefined }
  const seen = new Set(own)
  const queue = [...own]
  const npm: string[] = []
  while (queue.length) {
    const file = queue.pop() as string
    const source = files.read(file) ?? ''
    for (const { request, offset } of requestsIn(source)) {
      const target = byId.get(resolveModule(ctx, request, moduleId(file)) ?? '')
      if (target === undefined || seen.has(target)) continue
      const targetRoot = rootOf(target)
      const isNpm = target.split('/').includes('miniprogram_npm')
      if (targetRoot === sub.root || (isNpm && targetRoot === null && sub.independent)) {
        seen.add(target)
        queue.push(target)
        if (targetRoot !== sub.root) npm.push(target)
        continue
      }
      if (targetRoot === null && !sub.independent) continue
      if (rootOf(file) !== sub.root) continue // inside a carried npm module: its own business
      const what = targetRoot === null ? 'the main package' : `subpackage "${targetRoot}"`
      const kind = sub.independent ? 'independent subpackage' : 'subpackage'
      onError(
        createError('JS_PACKAGE_REQUIRE', locationAt(file, source, offset), source, [
          `${kind} "${sub.root}" cannot require "${request}" (${target}) of ${what}`,
        ]),
      )
    }
  }
  return npm
}
