// A LoadedPackage (what the host runs) over a package source: the main package's files at
// once, a subpackage's when `loadSubpackage(root)` (or its logic) is asked for. Paths inside
// the packages are the build's (`/logic.js`, `/views/<route>.view.js`,
// `/subpackages/<root>/logic.js`), so this reads them as package.ts reads a build folder.

import type { ResolvedAppConfig } from '../../compiler/package/app-config.ts'
import type { LoadedPackage } from '../../runtime/host/platform.ts'
import type { CodePackageSource } from './types.ts'

export async function packageFromSource(
  source: CodePackageSource,
  cdn: string,
): Promise<LoadedPackage> {
  const files = new Map(await source.files('__APP__'))
  const decoder = new TextDecoder()
  const text = (path: string) => {
    const data = files.get(path)
    if (!data) throw new Error(`${path} is not in the loaded code packages of ${source.appId}`)
    return decoder.decode(data)
  }
  const json = (path: string) => (files.has(path) ? (JSON.parse(text(path)) as unknown) : undefined)
  const appConfig = json('/app-config.json') as ResolvedAppConfig
  const packageOf = (root: string) => {
    const entry = source.manifest.packages.find((p) => p.root === root)
    if (!entry) throw new Error(`no subpackage "${root}" in version ${source.version}`)
    return entry.name
  }
  const loadSubpackage = async (root: string) => {
    for (const [path, data] of await source.files(packageOf(root))) files.set(path, data)
  }
  return {
    dir: cdn,
    appConfig,
    logic: { code: text('/logic.js'), map: json('/logic.js.map'), url: 'logic.js' },
    loadSubpackage,
    hasSubpackage: (root) => source.has(packageOf(root)),
    async subpackageLogic(root) {
      await loadSubpackage(root)
      const file = `subpackages/${root}/logic.js`
      return { code: text(`/${file}`), map: json(`/${file}.map`), url: file }
    },
    viewSource(route) {
      const path = `/views/${route}.view.js`
      if (files.has(path)) return text(path)
      const root = appConfig.page[route]?.subpackage
      if (root && !source.has(packageOf(root)))
        throw new Error(
          `the view of "${route}" is in subpackage "${root}", which is not loaded yet (await loadSubpackage("${root}") first)`,
        )
      return text(path)
    },
    dispose: async () => {},
    origin: { appId: source.appId, version: source.version, strategy: source.strategy, cdn },
  }
}
