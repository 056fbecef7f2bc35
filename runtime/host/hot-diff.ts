// What a rebuild changed, decided from the build outputs (not from which files were edited): a
// changed logic bundle (the main one or a subpackage's) or app config needs a relaunch; a page's view bundle whose templates,
// WXS or component table changed renders again; one whose style sheets alone changed restyles.

import { loadViewBundle } from '../view/load.ts'
import type { ViewBundle } from '../view/bundle.ts'
import type { LoadedPackage } from './platform.ts'

export type HotChange =
  | { kind: 'relaunch'; reason: 'logic' | 'app-config' }
  /** Routes (of the ones asked about) whose view restyles, and whose view renders again. */
  | { kind: 'views'; restyle: string[]; rerender: string[] }

/** Compares two builds for the pages in `routes` (the open ones). */
export function diffBuilds(old: LoadedPackage, next: LoadedPackage, routes: string[]): HotChange {
  if (old.logic.code !== next.logic.code) return { kind: 'relaunch', reason: 'logic' }
  if (JSON.stringify(old.appConfig) !== JSON.stringify(next.appConfig))
    return { kind: 'relaunch', reason: 'app-config' }
  const restyle: string[] = []
  const rerender: string[] = []
  for (const route of new Set(routes)) {
    const change = viewChange(route, old.viewSource(route), next.viewSource(route))
    if (change === 'templates') rerender.push(route)
    else if (change === 'styles') restyle.push(route)
  }
  return { kind: 'views', restyle, rerender }
}

/** Whether a subpackage's logic bundle differs between two builds (they are read on demand, so
 *  this is asked before the old build goes away). A bundle that cannot be read counts as
 *  changed. */
export async function subpackageLogicChanged(
  old: LoadedPackage,
  next: LoadedPackage,
): Promise<boolean> {
  const code = (pkg: LoadedPackage, root: string) =>
    pkg.subpackageLogic(root).then(
      (bundle) => bundle.code,
      () => null,
    )
  for (const { root } of next.appConfig.subpackages) {
    const [a, b] = await Promise.all([code(old, root), code(next, root)])
    if (a === null || a !== b) return true
  }
  return false
}

/** How a page's view bundle changed: its templates (or WXS, or components), only its styles. */
export function viewChange(
  route: string,
  oldSource: string,
  nextSource: string,
): 'templates' | 'styles' | null {
  if (oldSource === nextSource) return null
  const file = `views/${route}.view.js`
  const a = loadViewBundle(oldSource, file)
  const b = loadViewBundle(nextSource, file)
  if (renderKey(a) !== renderKey(b)) return 'templates'
  return JSON.stringify(a.styles) !== JSON.stringify(b.styles) ? 'styles' : null
}

/** Everything but the styles, as text: template and WXS factories by their source. */
function renderKey(bundle: ViewBundle): string {
  const fns = (table: Record<string, (...args: never[]) => unknown>) =>
    Object.keys(table)
      .sort()
      .map((id) => `${id}:${String(table[id])}`)
  return JSON.stringify({
    page: bundle.page,
    components: bundle.components,
    templates: fns(bundle.templates),
    wxs: fns(bundle.wxs),
  })
}
