// The package in the browser home: fetched over HTTP from the dev server, which serves the
// build output (app-config.json, logic.js + map, views/<page>.view.js) under one base URL; a
// subpackage's logic bundle is fetched when a route first enters it. Every
// page's view bundle is fetched ahead, so opening a page's view stays synchronous.

import type { ResolvedAppConfig } from '../../../compiler/package/app-config.ts'
import type { LoadedPackage } from '../platform.ts'

/** `baseUrl`: absolute, or relative to the page (e.g. `/__mpsim/build/`). */
export async function fetchPackage(baseUrl: string): Promise<LoadedPackage> {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, globalThis.location?.href)
    .href
  const text = async (file: string) => {
    const res = await fetch(new URL(file, base), { cache: 'no-store' })
    if (!res.ok) throw new Error(`${file}: HTTP ${res.status} from ${base}`)
    return res.text()
  }
  const appConfig = JSON.parse(await text('app-config.json')) as ResolvedAppConfig
  const json = (file: string) =>
    text(file).then(
      (t) => JSON.parse(t) as unknown,
      () => undefined,
    )
  const [code, map] = await Promise.all([text('logic.js'), json('logic.js.map')])
  const routes = pageRoutes(appConfig)
  const sources = await Promise.all(routes.map((route) => text(`views/${route}.view.js`)))
  const views = new Map(routes.map((route, i) => [route, sources[i]!]))
  return {
    dir: base,
    appConfig,
    logic: { code, map, url: new URL('logic.js', base).href },
    // fetched when a route first enters the subpackage, not ahead like the views
    async subpackageLogic(root) {
      const file = `subpackages/${root}/logic.js`
      const [bundle, bundleMap] = await Promise.all([text(file), json(`${file}.map`)])
      return { code: bundle, map: bundleMap, url: new URL(file, base).href }
    },
    viewSource(route) {
      const source = views.get(route)
      if (source === undefined) throw new Error(`no view bundle for "${route}" in ${base}`)
      return source
    },
    dispose: async () => {},
  }
}

/** The main package's pages and every subpackage's (already full routes). */
function pageRoutes(config: ResolvedAppConfig): string[] {
  return [...config.pages, ...config.subpackages.flatMap((sub) => sub.pages)]
}
