// The built package the host runs, read from disk (the Node home): `mpsim build` output
// (logic.js + map, app-config.json, views/<page>.view.js). A source project is built first, into
// a temp folder the host removes when it closes. The browser home fetches it (browser/package.ts).

import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ResolvedAppConfig } from '../../compiler/package/app-config.ts'
import type { CompileError } from '../../compiler/errors.ts'
import type { LoadedPackage } from './platform.ts'

export type { LoadedPackage }

export interface PackageSource {
  /** A project folder (with app.json): built with `buildProject` first. */
  project?: string
  /** A folder `mpsim build` already wrote. */
  packageDir?: string
}

export async function loadPackage(source: PackageSource): Promise<LoadedPackage> {
  if (source.packageDir) return readPackage(resolve(source.packageDir), async () => {})
  if (!source.project) throw new Error('launch: give `project` (a source folder) or `packageDir`')
  const out = await mkdtemp(join(tmpdir(), 'mpsim-host-'))
  try {
    await buildInto(source.project, out)
    return await readPackage(out, () => rm(out, { recursive: true, force: true }))
  } catch (error) {
    await rm(out, { recursive: true, force: true })
    throw error
  }
}

async function buildInto(project: string, outDir: string): Promise<void> {
  const errors = await compileInto(project, outDir)
  if (errors.length) {
    const text = errors.map((e) => e.formatted).join('\n\n')
    throw new Error(`launch: ${project} does not compile:\n${text}`)
  }
}

/** A compile error of a rebuild: the compiler's error and its `formatError` text
 *  (code: message, file:line:column, code frame). */
export interface RebuildError {
  error: CompileError
  formatted: string
}

/** Builds the project into `outDir`; answers its errors (warnings left out). */
async function compileInto(project: string, outDir: string): Promise<RebuildError[]> {
  // Loaded on demand: a host that runs a built package needs no compiler.
  const { buildProject, formatError } = await import('../../compiler/index.ts')
  const result = await buildProject(project, { outDir })
  return result.errors
    .filter((e) => e.severity !== 'warning')
    .map((error) => ({ error, formatted: formatError(error) }))
}

/** A rebuild for hot reload: the new package, or the compile errors (nothing to apply). */
export async function rebuildPackage(
  project: string,
): Promise<{ pkg: LoadedPackage; errors: [] } | { pkg: null; errors: RebuildError[] }> {
  const out = await mkdtemp(join(tmpdir(), 'mpsim-host-'))
  const remove = () => rm(out, { recursive: true, force: true })
  try {
    const errors = await compileInto(project, out)
    if (errors.length) {
      await remove()
      return { pkg: null, errors }
    }
    return { pkg: await readPackage(out, remove), errors: [] }
  } catch (error) {
    await remove()
    throw error
  }
}

async function readPackage(dir: string, dispose: () => Promise<void>): Promise<LoadedPackage> {
  const read = (file: string) => readFile(join(dir, file), 'utf8')
  const appConfig = JSON.parse(await read('app-config.json')) as ResolvedAppConfig
  const code = await read('logic.js')
  const readMap = (file: string) =>
    read(file).then(
      (text) => JSON.parse(text) as unknown,
      () => undefined,
    )
  const map = await readMap('logic.js.map')
  const views = new Map<string, string>()
  return {
    dir,
    appConfig,
    logic: { code, map, url: 'logic.js' },
    async subpackageLogic(root) {
      const file = `subpackages/${root}/logic.js`
      const [bundle, bundleMap] = await Promise.all([read(file), readMap(`${file}.map`)])
      return { code: bundle, map: bundleMap, url: file }
    },
    viewSource(route) {
      let text = views.get(route)
      if (text === undefined) {
        text = readFileSync(join(dir, 'views', `${route}.view.js`), 'utf8')
        views.set(route, text)
      }
      return text
    },
    dispose,
  }
}
