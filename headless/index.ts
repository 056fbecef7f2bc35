// Headless mini programs: `launch()` builds (or reads) a package, runs it with logic in a worker
// and each page in a jsdom document, and gives an object model that follows
// miniprogram-automator's (MiniProgram, Page, Element).

import { launchHost, type HostOptions } from '../runtime/host/index.ts'
import { MiniProgram } from './mini-program.ts'

export interface LaunchOptions extends HostOptions {
  /** miniprogram-automator's name for `project`. */
  projectPath?: string
}

export async function launch(options: LaunchOptions): Promise<MiniProgram> {
  const { projectPath, ...rest } = options
  const host = await launchHost({ ...rest, project: rest.project ?? projectPath })
  return new MiniProgram(host)
}

export { MiniProgram } from './mini-program.ts'
export { Page } from './page.ts'
export { Element } from './element.ts'
export type { HostError, MockResult, HostOptions } from '../runtime/host/index.ts'
