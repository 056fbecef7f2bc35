// Project loading: files, app/page/component JSON, component resolution.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

export { parseJson } from './json.ts'
export type { JsonDoc } from './json.ts'
export { readAppConfig, readComponentJson } from './config.ts'
export type { AppConfig, ComponentJson, SubpackageConfig, PreloadRule } from './config.ts'
export { loadProjectFiles, memoryFiles } from './files.ts'
export type { ProjectFiles } from './files.ts'
export { joinFrom, resolveAsset, resolveComponent, stripExt } from './paths.ts'
export { loadProjectGraph, reachableFrom } from './graph.ts'
export type { ComponentNode, PluginRef, ProjectGraph } from './graph.ts'

/** The folder holding app.json: `miniprogramRoot` of project.config.json when it is set
 *  (the platform's rule), else the project folder itself. */
export async function findMiniprogramRoot(projectDir: string): Promise<string> {
  try {
    const config = JSON.parse(await readFile(join(projectDir, 'project.config.json'), 'utf8')) as {
      miniprogramRoot?: unknown
    }
    if (typeof config.miniprogramRoot === 'string' && config.miniprogramRoot.trim()) {
      return join(projectDir, config.miniprogramRoot)
    }
  } catch {
    // no project.config.json, or not valid JSON: the project folder is the root
  }
  return projectDir
}
