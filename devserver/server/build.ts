// The dev server's build of the project: the compiler writes the package into a temp folder
// the server serves under /__mpsim/build/. Compile errors are kept (formatted with file, line,
// column and code frame) for the simulator to show. A rebuild (hot reload) writes a new folder
// and serves it only when it compiled: a failed rebuild leaves the last good build served.

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { buildProject, formatError } from '../../compiler/index.ts'

export interface ProjectBuild {
  /** The folder the served package is in (a good rebuild moves it). */
  outDir: string
  /** Counts the builds served: 1 for the first, one more for each good rebuild. */
  version: number
  /** The folder of a build by version: the served one, or the one before it (kept until the
   *  next good rebuild, so a page still running it can read its files); else null. */
  dirOf(version: number): string | null
  /** Errors of the last build, formatted (empty when it compiled). */
  errors: string[]
  warnings: string[]
  /** Milliseconds the last build took. */
  ms: number
  /** Builds again into a new folder, served from then on when it compiled (answers whether it
   *  did); `errors` and `warnings` are the new build's either way. */
  rebuild(): Promise<boolean>
  dispose(): Promise<void>
}

export async function buildForDev(project: string): Promise<ProjectBuild> {
  const build = async (outDir: string) => {
    const started = performance.now()
    const result = await buildProject(project, { outDir })
    const isWarning = (e: (typeof result.errors)[number]) => e.severity === 'warning'
    state.errors = result.errors.filter((e) => !isWarning(e)).map((e) => formatError(e))
    state.warnings = result.errors.filter(isWarning).map((e) => formatError(e))
    state.ms = Math.round(performance.now() - started)
    return state.errors.length === 0
  }
  const state: ProjectBuild = {
    outDir: await newOutDir(),
    version: 1,
    dirOf: (version) =>
      version === state.version
        ? state.outDir
        : version === previous?.version
          ? previous.outDir
          : null,
    errors: [],
    warnings: [],
    ms: 0,
    async rebuild() {
      const outDir = await newOutDir()
      const ok = await build(outDir).catch(async (error: unknown) => {
        await remove(outDir)
        throw error
      })
      // the first build is served even with errors (the simulator shows them); a rebuild
      // replaces it only when it compiles
      if (!ok) {
        await remove(outDir)
        return false
      }
      if (previous) await remove(previous.outDir)
      previous = { version: state.version, outDir: state.outDir }
      state.outDir = outDir
      state.version++
      return ok
    },
    dispose: async () => {
      await remove(state.outDir)
      if (previous) await remove(previous.outDir)
    },
  }
  let previous: { version: number; outDir: string } | null = null
  await build(state.outDir)
  return state
}

const newOutDir = () => mkdtemp(join(tmpdir(), 'mpsim-dev-'))
const remove = (dir: string) => rm(dir, { recursive: true, force: true })

/** The app's id: project.config.json's `appid`, else one named after the project folder (so
 *  two projects never share storage). */
export async function projectAppId(project: string): Promise<string> {
  try {
    const text = await readFile(join(project, 'project.config.json'), 'utf8')
    const appid = (JSON.parse(text) as { appid?: unknown }).appid
    if (typeof appid === 'string' && appid && appid !== 'touristappid') return appid
  } catch {
    // no project.config.json, or not JSON: fall through
  }
  return `mpsim-${basename(project)}`
}
