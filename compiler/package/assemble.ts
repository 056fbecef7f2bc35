// Per-page view bundles from compiled units: the page, every component it reaches, the template
// modules they render with (imports followed), the WXS those templates use (requires followed)
// and their stylesheets, app.wxss first.

import type { ComponentViewDef } from '../../runtime/view/bundle.ts'
import type { ComponentNode, ProjectGraph } from '../project/graph.ts'
import { reachableFrom } from '../project/graph.ts'
import type { Units } from './units.ts'
import { stylePrefixOf } from './view.ts'
import type { ViewBundleSource } from './view.ts'

export function componentDef(node: ComponentNode): ComponentViewDef {
  return {
    id: node.id,
    template: node.id,
    usingComponents: node.usingComponents,
    generics: node.generics,
    stylePrefix: stylePrefixOf(node.id),
    styleIsolation: node.styleIsolation,
    addGlobalClass: node.addGlobalClass,
    multipleSlots: false,
    virtualHost: false,
    style: node.files.wxss ? node.id : null,
  }
}

/** The WXSS scope of a node: pages and `shared` components keep their class names. */
export function styleScope(node: ComponentNode): { prefix: string | null; host: string | null } {
  if (node.isPage) return { prefix: null, host: null }
  return { prefix: node.styleIsolation === 'shared' ? null : stylePrefixOf(node.id), host: node.id }
}

export function assembleView(
  page: string,
  graph: ProjectGraph,
  units: Units,
  defs: Map<string, ComponentViewDef>,
): ViewBundleSource {
  const bundle: ViewBundleSource = { page, templates: {}, wxs: {}, components: {}, styles: {} }
  const app = units.styles.get('app.wxss')
  if (app) bundle.styles.app = app
  const wxsRoots: string[] = []
  const addTemplate = (id: string): void => {
    if (bundle.templates[id] !== undefined) return
    const unit = units.templates.get(id)
    if (!unit) return
    bundle.templates[id] = unit.code
    wxsRoots.push(...unit.wxs)
    unit.imports.forEach(addTemplate)
  }
  for (const id of reachableFrom(graph, page)) {
    const node = graph.nodes.get(id)
    const def = defs.get(id)
    if (!node || !def) continue
    bundle.components[id] = def
    addTemplate(id)
    const css = node.files.wxss ? units.styles.get(node.files.wxss) : null
    if (css) bundle.styles[id] = css
  }
  const addWxs = (id: string): void => {
    if (bundle.wxs[id] !== undefined) return
    const unit = units.wxs.get(id)
    if (!unit) return
    bundle.wxs[id] = unit.code
    unit.requires.forEach(addWxs)
  }
  wxsRoots.forEach(addWxs)
  return bundle
}
