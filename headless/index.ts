// Headless mini programs: `launch()` builds (or reads) a package, runs it with logic in a worker
// and each page in a jsdom document, and gives an object model that follows
// miniprogram-automator's (MiniProgram, Page, Element).

import { startAutomatorServer } from '../automator/index.ts'
import { launchHost, type HostOptions } from '../runtime/host/index.ts'
import { MiniProgram } from './mini-program.ts'

export interface LaunchOptions extends HostOptions {
  /** miniprogram-automator's name for `project`. */
  projectPath?: string
  /** Also serve the automator protocol on 127.0.0.1 at this port (0: a free one), for
   *  `automator.connect({ wsEndpoint: program.automator.endpoint })`; close() ends it. */
  automatorPort?: number
}

export async function launch(options: LaunchOptions): Promise<MiniProgram> {
  const { projectPath, automatorPort, ...rest } = options
  const host = await launchHost({ ...rest, project: rest.project ?? projectPath })
  const program = new MiniProgram(host)
  if (automatorPort === undefined) return program
  try {
    program.automator = await startAutomatorServer({ program, port: automatorPort })
  } catch (error) {
    await program.close()
    throw error
  }
  return program
}

export { MiniProgram } from './mini-program.ts'
export { Page } from './page.ts'
export { Element } from './element.ts'
export type { HostError, MockResult, HostOptions } from '../runtime/host/index.ts'
