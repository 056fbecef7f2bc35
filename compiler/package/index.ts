// Package output: view bundles, app-config.json, manifest, atomic writing.

export { renderViewBundle, stylePrefixOf } from './view.ts'
export type { ViewBundleSource } from './view.ts'
export { createManifest, describeFile, writeOutput } from './write.ts'
export type { FileEntry, Manifest, OutputFile } from './write.ts'
export { resolveAppConfig } from './app-config.ts'
export type { ResolvedAppConfig } from './app-config.ts'
export { describePackages, MAIN_PACKAGE } from './packages.ts'
export type { PackageEntry, PackagesFile } from './packages.ts'
