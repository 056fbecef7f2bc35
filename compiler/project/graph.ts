// The project graph: app.json, every page (main package, then subpackages), and every component
// a page can reach through usingComponents (app.json's global ones included) and generic
// defaults, each read once however many pages use it.

import { createError, locationAt } from '../errors.ts'
import type { OnError } from '../errors.ts'
import type { StyleIsolation } from '../../runtime/view/bundle.ts'
import { readAppConfig, readComponentJson } from './config.ts'
import type { AppConfig, ComponentJson } from './config.ts'
import type { ProjectFiles } from './files.ts'
import { parseJson } from './json.ts'
import type { JsonDoc } from './json.ts'
import { resolveComponent } from './paths.ts'
import { checkPreloadRule, checkTabBar } from './checks.ts'

export interface ComponentNode {
  /** Path without extension: `components/card/card`, `pages/index/index`. */
  id: string
  isPage: boolean
  json: ComponentJson
  /** Tag → component id (global app.json components, then its own). */
  usingComponents: Record<string, string>
  /** Generic name → default component id, or null. */
  generics: Record<string, string | null>
  styleIsolation: StyleIsolation
  addGlobalClass: boolean
  /** The files that exist for it: `{ wxml: 'x.wxml', js: 'x.js', … }`. */
  files: { wxml?: string; wxss?: string; js?: string; json?: string }
}

export interface PluginRef {
  from: string
  tag: string
  path: string
}

export interface ProjectGraph {
  app: AppConfig
  /** Every page id in load order: main package pages, then each subpackage's. */
  pages: string[]
  /** Pages and components by id. */
  nodes: Map<string, ComponentNode>
  /** `plugin://` components: recorded, not resolved (mpsim has no plugins yet). */
  plugins: PluginRef[]
}

/** Reads app.json and everything it reaches. Problems go to `onError`; never throws. */
export function loadProjectGraph(files: ProjectFiles, onError: OnError): ProjectGraph | null {
  const source = files.read('app.json')
  if (source === null) {
    onError(createError('FILE_NOT_FOUND', locationAt('app.json', '', 0), '', ['app.json']))
    return null
  }
  const doc = parseJson('app.json', source, onError)
  if (!doc) return null
  const app = readAppConfig(doc, onError)
  checkTabBar(app, doc, onError)
  const graph: ProjectGraph = { app, pages: [], nodes: new Map(), plugins: [] }
  const globals = resolveUsing(files, doc, app.usingComponents, graph, onError)
  const queue: string[] = []
  const addPage = (id: string, path: string[]) => {
    if (graph.pages.includes(id)) return
    if (!checkPage(files, id, doc, path, onError)) return
    graph.pages.push(id)
    queue.push(id)
  }
  app.pages.forEach((p, i) => addPage(p, ['pages', String(i)]))
  const subKey =
    doc.value && (doc.value as Record<string, unknown>).subpackages ? 'subpackages' : 'subPackages'
  app.subpackages.forEach((sub, i) =>
    sub.pages.forEach((p, j) =>
      addPage(`${sub.root}/${p}`, [subKey, String(i), 'pages', String(j)]),
    ),
  )
  checkPreloadRule(app, graph.pages, doc, onError)
  const pageSet = new Set(graph.pages)
  while (queue.length > 0) {
    const id = queue.shift() as string
    if (graph.nodes.has(id)) continue
    const node = loadNode(files, id, pageSet.has(id), globals, graph, onError)
    graph.nodes.set(id, node)
    for (const dep of [...Object.values(node.usingComponents), ...Object.values(node.generics)]) {
      if (dep && !graph.nodes.has(dep)) queue.push(dep)
    }
  }
  return graph
}

function checkPage(
  files: ProjectFiles,
  id: string,
  doc: JsonDoc,
  path: string[],
  onError: OnError,
): boolean {
  // A page without its files is left out with a warning, not a failed build: the other pages
  // run, and a route to it fails as a route to an unknown page does.
  const missing = ['.wxml', '.js'].filter(
    (ext) => !files.has(id + ext) && !(ext === '.js' && files.has(`${id}.ts`)),
  )
  for (const ext of missing) {
    const what = `${id + ext} (the page is left out; a route to it fails as to an unknown page)`
    onError(createError('FILE_NOT_FOUND', doc.loc(path), doc.source, [what], 'warning'))
  }
  return missing.length === 0
}

function loadNode(
  files: ProjectFiles,
  id: string,
  isPage: boolean,
  globals: Record<string, string>,
  graph: ProjectGraph,
  onError: OnError,
): ComponentNode {
  const jsonFile = `${id}.json`
  const source = files.read(jsonFile)
  const doc = source === null ? null : parseJson(jsonFile, source, onError)
  const json = readComponentJson(doc, onError)
  if (!isPage && doc && !json.component) {
    onError(
      createError(
        'JSON_INVALID',
        doc.loc([]),
        doc.source,
        [`${jsonFile} is used as a component but lacks "component": true`],
        'warning',
      ),
    )
  }
  const own = doc ? resolveUsing(files, doc, json.usingComponents, graph, onError) : {}
  const generics: Record<string, string | null> = {}
  for (const [name, path] of Object.entries(json.componentGenerics)) {
    generics[name] =
      path && doc
        ? resolveOne(files, doc, ['componentGenerics', name], name, path, graph, onError)
        : null
  }
  const fileSet: ComponentNode['files'] = {}
  for (const ext of ['wxml', 'wxss', 'js', 'json'] as const)
    if (files.has(`${id}.${ext}`)) fileSet[ext] = `${id}.${ext}`
  if (!fileSet.js && files.has(`${id}.ts`)) fileSet.js = `${id}.ts`
  if (!isPage) checkComponentFiles(id, fileSet, doc, onError)
  return {
    id,
    isPage,
    json,
    usingComponents: { ...globals, ...own },
    generics,
    styleIsolation: json.styleIsolation ?? (isPage ? 'shared' : 'isolated'),
    addGlobalClass: json.addGlobalClass ?? false,
    files: fileSet,
  }
}

/** A component needs its template and its script, as on the platform. */
function checkComponentFiles(
  id: string,
  fileSet: ComponentNode['files'],
  doc: JsonDoc | null,
  onError: OnError,
): void {
  for (const [kind, ext] of [
    ['wxml', '.wxml'],
    ['js', '.js'],
  ] as const) {
    if (fileSet[kind]) continue
    const loc = doc ? doc.loc([]) : locationAt(`${id}${ext}`, '', 0)
    onError(createError('FILE_NOT_FOUND', loc, doc?.source ?? '', [`${id}${ext}`]))
  }
}

function resolveUsing(
  files: ProjectFiles,
  doc: JsonDoc,
  using: Record<string, string>,
  graph: ProjectGraph,
  onError: OnError,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [tag, path] of Object.entries(using)) {
    const id = resolveOne(files, doc, ['usingComponents', tag], tag, path, graph, onError)
    if (id) out[tag] = id
  }
  return out
}

function resolveOne(
  files: ProjectFiles,
  doc: JsonDoc,
  at: string[],
  tag: string,
  path: string,
  graph: ProjectGraph,
  onError: OnError,
): string | null {
  if (path.startsWith('plugin://') || path.startsWith('plugin-private://')) {
    graph.plugins.push({ from: doc.file, tag, path })
    const what = `plugin component "${tag}" (${path}) is not supported yet and will not render`
    onError(createError('JSON_INVALID', doc.loc(at), doc.source, [what], 'warning'))
    return null
  }
  const id = resolveComponent(files, doc.file, path)
  // A warning: the tag then renders as an unknown element and the rest of the app runs.
  if (!id)
    onError(createError('COMPONENT_NOT_FOUND', doc.loc(at), doc.source, [tag, path], 'warning'))
  return id
}

/** Every component a page reaches (the page first), following usingComponents and generics. */
export function reachableFrom(graph: ProjectGraph, page: string): string[] {
  const seen = new Set<string>()
  const visit = (id: string) => {
    const node = graph.nodes.get(id)
    if (!node || seen.has(id)) return
    seen.add(id)
    for (const dep of Object.values(node.usingComponents)) visit(dep)
    for (const dep of Object.values(node.generics)) if (dep) visit(dep)
  }
  visit(page)
  return [...seen]
}
