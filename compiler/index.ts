// The compiler's public face: build a project, or use one phase on its own.

export { buildProject } from './build.ts'
export type { BuildOptions, BuildResult, Compilers } from './build.ts'
export { ErrorList, codeFrame, createError, formatError, locationAt } from './errors.ts'
export type { CompileError, ErrorCode, OnError, Severity, SourceLocation } from './errors.ts'
export {
  findMiniprogramRoot,
  loadProjectFiles,
  loadProjectGraph,
  memoryFiles,
  parseJson,
  resolveComponent,
} from './project/index.ts'
export type { AppConfig, ProjectFiles, ProjectGraph } from './project/index.ts'
export { compileWxs } from './wxs/index.ts'
export { buildLogicBundle } from './logic/index.ts'
export { renderViewBundle, stylePrefixOf } from './package/index.ts'
export type { FileEntry, Manifest, ResolvedAppConfig } from './package/index.ts'
export { compileWxml } from './wxml/compile.ts'
export { compileWxss } from './wxss/index.ts'
