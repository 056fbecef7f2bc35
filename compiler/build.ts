// buildProject: a mini-program project folder → a package (logic bundle, one view bundle per
// page, resolved app config, manifest). Each source file is compiled once; an error in one file
// never stops the rest, and output is produced for whatever compiled.

import { withExtendedLibs } from './project/extended-libs.ts'
import { withNpmPackages } from './project/npm-packages.ts'
import { relative } from 'node:path'
import type { ComponentViewDef } from '../runtime/view/bundle.ts'
import { ErrorList } from './errors.ts'
import type { CompileError } from './errors.ts'
import { buildLogicBundle, isLogicFile } from './logic/index.ts'
import { splitLogic } from './logic/packages.ts'
import { reachableLogicFiles } from './logic/reachable.ts'
import { assembleView, componentDef, styleScope } from './package/assemble.ts'
import {
  createManifest,
  describeFile,
  describePackages,
  renderViewBundle,
  resolveAppConfig,
  writeOutput,
} from './package/index.ts'
import type { FileEntry, OutputFile } from './package/index.ts'
import { Units } from './package/units.ts'
import type { Compilers } from './package/units.ts'
import { findMiniprogramRoot, loadProjectFiles, loadProjectGraph } from './project/index.ts'
import type { ProjectFiles, ProjectGraph } from './project/index.ts'
import { compileWxml } from './wxml/compile.ts'
import { compileWxss } from './wxss/index.ts'

export type { Compilers } from './package/units.ts'

export interface BuildOptions {
  /** Where to write the package. Nothing is written without it (or with `write: false`). */
  outDir?: string
  /** Write the output files (default: true when `outDir` is given). */
  write?: boolean
  /** Replace the per-file compilers (tests). */
  compilers?: Partial<Compilers>
  /** Use these files instead of reading the project folder (tests, dev server). */
  files?: ProjectFiles
}

export interface BuildResult {
  errors: CompileError[]
  /** Page routes, main package then subpackages. */
  pages: string[]
  /** Component ids (pages excluded). */
  components: string[]
  /** Output files with size and SHA-256 (main logic bundle first; subpackage bundles after the
   *  views; then packages.json and manifest.json last). */
  files: FileEntry[]
  /** The output itself, by path (also when nothing is written). */
  output: OutputFile[]
  /** Milliseconds per phase, and `total`. */
  timings: Record<string, number>
}

export async function buildProject(
  projectDir: string,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const t0 = performance.now()
  const timings: Record<string, number> = {}
  let last = t0
  const lap = (name: string) => {
    const now = performance.now()
    timings[name] = Math.round((now - last) * 10) / 10
    last = now
  }
  const errors = new ErrorList()
  const root = await findMiniprogramRoot(projectDir)
  const own = options.files ?? (await loadProjectFiles(root, excludeOut(root, options.outDir)))
  const npm = { projectDir, root, onError: errors.onError }
  const files = withExtendedLibs(withNpmPackages(own, npm))
  lap('scan')
  const graph = loadProjectGraph(files, errors.onError)
  lap('config')
  const result: BuildResult = {
    errors: errors.items,
    pages: [],
    components: [],
    files: [],
    output: [],
    timings,
  }
  if (!graph) return finish(result, t0)
  result.pages = graph.pages
  result.components = [...graph.nodes.values()].filter((n) => !n.isPage).map((n) => n.id)

  const compilers: Compilers = { compileWxml, compileWxss, ...options.compilers }
  const units = new Units(files, compilers, errors.onError)
  const logic = buildLogic(files, graph, errors)
  const defs = compileViews(graph, units, files)
  lap('compile')
  const output: OutputFile[] = []
  for (const page of graph.pages) {
    const view = renderViewBundle(assembleView(page, graph, units, defs))
    output.push({ path: `views/${page}.view.js`, content: view })
  }
  lap('views')
  const bundles = await logic
  lap('logic')
  const appConfig = resolveAppConfig(graph)
  const [main, ...subs] = bundles.map(({ outFile, bundle }) => [
    { path: outFile, content: bundle.code },
    { path: `${outFile}.map`, content: JSON.stringify(bundle.map) },
  ])
  output.unshift(...(main ?? []), {
    path: 'app-config.json',
    content: JSON.stringify(appConfig, null, 2),
  })
  output.push(...subs.flat())
  const packages = describePackages(appConfig, [
    ...output.map((f) => f.path),
    'packages.json',
    'manifest.json',
  ])
  output.push({ path: 'packages.json', content: JSON.stringify(packages, null, 2) })
  const sources = files.list.map((path) => ({ path, size: files.size(path) }))
  const manifest = createManifest(output, sources)
  const manifestFile = { path: 'manifest.json', content: JSON.stringify(manifest, null, 2) }
  output.push(manifestFile)
  result.output = output
  result.files = [...manifest.files, describeFile(manifestFile)]
  lap('package')
  if (options.outDir && options.write !== false) {
    await writeOutput(options.outDir, output)
    lap('write')
  }
  return finish(result, t0)
}

function finish(result: BuildResult, t0: number): BuildResult {
  result.timings.total = Math.round((performance.now() - t0) * 10) / 10
  return result
}

/** Compiles every page's and component's template and stylesheet (and app.wxss) once. */
function compileViews(
  graph: NonNullable<ReturnType<typeof loadProjectGraph>>,
  units: Units,
  files: ProjectFiles,
): Map<string, ComponentViewDef> {
  if (files.has('app.wxss')) units.style('app.wxss', { prefix: null, host: null })
  const defs = new Map<string, ComponentViewDef>()
  for (const node of graph.nodes.values()) {
    defs.set(node.id, componentDef(node))
    if (node.files.wxml) units.template(node.files.wxml)
    if (node.files.wxss) units.style(node.files.wxss, styleScope(node))
  }
  return defs
}

/** Starts the logic bundles, one per package (esbuild works in the background while the views
 *  compile). npm modules no page, component or module of the app can reach are left out. */
function buildLogic(files: ProjectFiles, graph: ProjectGraph, errors: ErrorList) {
  const roots = [...graph.nodes.values()].flatMap((n) => (n.files.js ? [n.files.js] : []))
  const reachable = reachableLogicFiles(files, files.list.filter(isLogicFile), roots)
  const packages = splitLogic(files, graph, reachable, errors.onError)
  return Promise.all(
    packages.map(async (pkg) => {
      const sources = pkg.files.map((file) => ({ file, source: files.read(file) ?? '' }))
      const bundle = await buildLogicBundle(sources, pkg.entries, errors.onError, pkg.outFile)
      return { outFile: pkg.outFile, bundle }
    }),
  )
}

/** The output folder, as a project-relative path to skip when it lies inside the project. */
function excludeOut(root: string, outDir: string | undefined): string[] {
  if (!outDir) return []
  const rel = relative(root, outDir).replace(/\\/g, '/')
  return rel && !rel.startsWith('..') && !rel.startsWith('/') ? [rel] : []
}
