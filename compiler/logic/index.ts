// Logic bundle: project JS/TS → one `define(…)` bundle with a composed source map.

export { buildLogicBundle, moduleId, LOGIC_SHADOWED } from './bundle.ts'
export type { LogicBundle, LogicSource } from './bundle.ts'

/** Whether a project file belongs in the logic bundle: every .js / .ts file (not .d.ts), npm
 *  packages under miniprogram_npm included (node_modules is never listed). */
export function isLogicFile(file: string): boolean {
  return (file.endsWith('.js') || file.endsWith('.ts')) && !file.endsWith('.d.ts')
}
