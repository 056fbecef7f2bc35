// The dev server's build of the project: the compiler writes the package into a temp folder
// the server serves under /__mpsim/build/. Compile errors are kept (formatted with file, line,
// column and code frame) for the simulator to show; a failed build serves the last good one.

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { buildProject, formatError } from '../../compiler/index.ts'

export interface ProjectBuild {
  /** The folder the package is in. */
  outDir: string
  /** Errors of the last build, formatted (empty when it compiled). */
  errors: string[]
  warnings: string[]
  /** Milliseconds the last build took. */
  ms: number
  /** Builds again (the package in `outDir` is replaced). */
  rebuild(): Promise<void>
  dispose(): Promise<void>
}

export async function buildForDev(project: string): Promise<ProjectBuild> {
  const outDir = await mkdtemp(join(tmpdir(), 'mpsim-dev-'))
  const state: ProjectBuild = {
    outDir,
    errors: [],
    warnings: [],
    ms: 0,
    async rebuild() {
      const started = performance.now()
      const result = await buildProject(project, { outDir })
      const isWarning = (e: (typeof result.errors)[number]) => e.severity === 'warning'
      state.errors = result.errors.filter((e) => !isWarning(e)).map((e) => formatError(e))
      state.warnings = result.errors.filter(isWarning).map((e) => formatError(e))
      state.ms = Math.round(performance.now() - started)
    },
    dispose: () => rm(outDir, { recursive: true, force: true }),
  }
  await state.rebuild()
  return state
}

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
