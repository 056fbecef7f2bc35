// app-config.json: the resolved app config the host reads at launch. Each page's window is the
// app's window with the page JSON's own settings laid over it, as the platform merges them.

import type { PreloadRule, SubpackageConfig } from '../project/config.ts'
import type { ProjectGraph } from '../project/graph.ts'

export interface ResolvedAppConfig {
  /** Main package pages, in app.json order. */
  pages: string[]
  entryPagePath: string
  window: Record<string, unknown>
  tabBar: Record<string, unknown> | null
  /** Subpackages with their pages as full routes (`sub/p/p`). */
  subpackages: Array<SubpackageConfig & { pages: string[] }>
  preloadRule: Record<string, PreloadRule>
  /** Per page: the merged window config, and which package holds it (null: main). */
  page: Record<string, { window: Record<string, unknown>; subpackage: string | null }>
  [key: string]: unknown
}

export function resolveAppConfig(graph: ProjectGraph): ResolvedAppConfig {
  const { app } = graph
  const page: ResolvedAppConfig['page'] = {}
  const subOf = new Map<string, string>()
  for (const sub of app.subpackages)
    for (const p of sub.pages) subOf.set(`${sub.root}/${p}`, sub.root)
  for (const id of graph.pages) {
    const own = graph.nodes.get(id)?.json.window ?? {}
    page[id] = { window: { ...app.window, ...own }, subpackage: subOf.get(id) ?? null }
  }
  const mainPages = graph.pages.filter((p) => !subOf.has(p))
  return {
    ...app.extra,
    ...(app.componentFramework ? { componentFramework: app.componentFramework } : {}),
    ...(app.style ? { style: app.style } : {}),
    ...(app.sitemapLocation ? { sitemapLocation: app.sitemapLocation } : {}),
    ...(app.useExtendedLib ? { useExtendedLib: app.useExtendedLib } : {}),
    pages: mainPages,
    entryPagePath: app.entryPagePath ?? mainPages[0] ?? '',
    window: app.window,
    tabBar: app.tabBar,
    subpackages: app.subpackages.map((s) => ({
      ...s,
      pages: s.pages.map((p) => `${s.root}/${p}`),
    })),
    preloadRule: app.preloadRule,
    page,
  }
}
