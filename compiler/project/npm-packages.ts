// npm packages as the WeChat devtools' "build npm" lays them out, without the build step.
// The documented rules (developers.weixin.qq.com/miniprogram/dev/devtools/npm.html):
// - only a package.json's `dependencies` are built (devDependencies are not);
// - a mini-program package has a build folder, `miniprogram_dist` unless its package.json's
//   `miniprogram` field names another: every file of that folder goes to
//   `miniprogram_npm/<pkg>/`; any other package is pure JS, bundled from its entry (`main`)
//   into `miniprogram_npm/<pkg>/index.js`;
// - `miniprogram_npm/` sits beside the package.json (and so beside its node_modules), and a
//   package is found as Node finds it, in node_modules folders from there upward;
// - `packNpmManually` with `packNpmRelationList` in project.config.json's `setting` names the
//   package.json files and where their miniprogram_npm goes, instead of the automatic search.
// mpsim also takes the package.json of the project folder when the miniprogramRoot below it has
// none (the common layout of a project with miniprogramRoot "miniprogram/"). Files are listed,
// not copied; a package that the project already has under a real miniprogram_npm/ is left alone.

import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { createError, locationAt } from '../errors.ts'
import type { OnError } from '../errors.ts'
import type { ProjectFiles } from './files.ts'
import { parseJson } from './json.ts'
import { bundlePlainPackage } from './npm-bundle.ts'
import { listFiles, overlayFiles } from './overlay.ts'
import type { OverlaySource } from './overlay.ts'
import { findPackageJsons } from './npm-sources.ts'
import type { PackageJsonSource } from './npm-sources.ts'

export interface NpmOptions {
  /** The project folder (holding project.config.json). */
  projectDir: string
  /** The miniprogramRoot on disk; `files` paths are relative to it. */
  root: string
  onError: OnError
}

export function withNpmPackages(files: ProjectFiles, options: NpmOptions): ProjectFiles {
  const mounter = new Mounter(files, options.onError)
  const where = { projectDir: resolve(options.projectDir), root: resolve(options.root) }
  for (const source of findPackageJsons(files, where)) mounter.mountAll(source)
  return overlayFiles(files, mounter.overlay)
}

interface PackageJson {
  main?: unknown
  miniprogram?: unknown
  dependencies?: unknown
}

class Mounter {
  readonly overlay = new Map<string, OverlaySource>()
  private readonly real: Set<string>
  private readonly mounted = new Set<string>()

  constructor(
    files: ProjectFiles,
    private readonly onError: OnError,
  ) {
    this.real = realPackageFolders(files.list)
  }

  mountAll(source: PackageJsonSource): void {
    const doc = parseJson(source.file, source.text, this.onError)
    for (const name of dependencyNames((doc?.value as PackageJson | undefined)?.dependencies)) {
      if (this.mount(name, source.dir, source.base)) continue
      const loc = doc?.loc(['dependencies', name]) ?? locationAt(source.file, source.text, 0)
      const why = `npm package "${name}" (dependencies) is not installed: no node_modules/${name} from ${source.file} upward`
      this.onError(createError('JSON_INVALID', loc, source.text, [why], 'warning'))
    }
  }

  /** Mounts one package found from `fromDir`; false when it is not installed. */
  private mount(name: string, fromDir: string, base: string): boolean {
    const dir = findPackageDir(name, fromDir)
    if (!dir) return false
    const folder = `${base}miniprogram_npm/${name}`
    if (this.real.has(folder) || this.mounted.has(folder)) return true
    this.mounted.add(folder)
    const pkg = readPackageJson(dir)
    const build = join(
      dir,
      typeof pkg.miniprogram === 'string' ? pkg.miniprogram : 'miniprogram_dist',
    )
    if (isDirectory(build)) {
      for (const rel of listFiles(build))
        this.overlay.set(`${folder}/${rel}`, { disk: join(build, rel) })
      // Its own dependencies are built too, into the same miniprogram_npm.
      for (const dep of dependencyNames(pkg.dependencies)) this.mount(dep, dir, base)
      return true
    }
    const entry = mainEntry(dir, pkg)
    if (entry) {
      const file = `${folder}/index.js`
      this.overlay.set(file, { make: () => bundlePlainPackage(name, entry, file, this.onError) })
    }
    return true
  }
}

function dependencyNames(deps: unknown): string[] {
  return deps && typeof deps === 'object' && !Array.isArray(deps) ? Object.keys(deps) : []
}

/** `sub/miniprogram_npm/@scope/pkg` for every package the project has real files of. */
function realPackageFolders(list: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const path of list) {
    const parts = path.split('/')
    const at = parts.indexOf('miniprogram_npm')
    if (at < 0 || at + 2 >= parts.length) continue
    const scoped = parts[at + 1]?.startsWith('@') && at + 3 < parts.length
    out.add(parts.slice(0, at + (scoped ? 3 : 2)).join('/'))
  }
  return out
}

/** Node's lookup: `node_modules/<name>` in `fromDir`, then in each folder above it. */
export function findPackageDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dirname(dir) === dir) return null
  }
}

function readPackageJson(dir: string): PackageJson {
  try {
    const value: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    return value && typeof value === 'object' ? (value as PackageJson) : {}
  } catch {
    return {}
  }
}

/** The package's entry file as Node finds `main` (default `index.js`), or null. */
function mainEntry(dir: string, pkg: PackageJson): string | null {
  const main = typeof pkg.main === 'string' && pkg.main ? pkg.main : 'index.js'
  const base = join(dir, main)
  for (const candidate of [base, `${base}.js`, join(base, 'index.js')]) {
    if (isFile(candidate) && !relative(dir, candidate).startsWith('..')) return candidate
  }
  return null
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
