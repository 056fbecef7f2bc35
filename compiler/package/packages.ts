// packages.json: which output file belongs to which code package, as the platform packs them.
// The main package (`__APP__`) holds the main logic bundle, app-config.json, the main pages'
// views and the build's own records; each subpackage holds its logic bundle and its pages' views.

import type { ResolvedAppConfig } from './app-config.ts'

/** The name the platform gives the main package's file (`__APP__.wxapkg`). */
export const MAIN_PACKAGE = '__APP__'

export interface PackageEntry {
  /** `__APP__`, or the subpackage's root. */
  name: string
  /** Subpackage root, or null for the main package. */
  root: string | null
  /** The subpackage's `name` in app.json, when it has one. */
  alias?: string
  independent: boolean
  /** Page routes in this package. */
  pages: string[]
  /** Output paths (relative to the build folder). */
  files: string[]
}

export interface PackagesFile {
  version: 1
  packages: PackageEntry[]
}

/** Assigns every output path to a package: a subpackage's logic bundle (and map) and its pages'
 *  views go to it, everything else to the main package. */
export function describePackages(
  appConfig: ResolvedAppConfig,
  outputPaths: readonly string[],
): PackagesFile {
  const subs = appConfig.subpackages.map((sub) => ({
    entry: {
      name: sub.root,
      root: sub.root,
      ...(sub.name ? { alias: sub.name } : {}),
      independent: sub.independent,
      pages: [...sub.pages],
      files: [] as string[],
    },
    owns: new Set([
      `subpackages/${sub.root}/logic.js`,
      `subpackages/${sub.root}/logic.js.map`,
      ...sub.pages.map((p) => `views/${p}.view.js`),
    ]),
  }))
  const main: PackageEntry = {
    name: MAIN_PACKAGE,
    root: null,
    independent: false,
    pages: [...appConfig.pages],
    files: [],
  }
  for (const path of outputPaths) {
    const owner = subs.find((s) => s.owns.has(path))
    ;(owner ? owner.entry : main).files.push(path)
  }
  return { version: 1, packages: [main, ...subs.map((s) => s.entry)] }
}
