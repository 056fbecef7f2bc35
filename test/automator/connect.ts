// Test helper: launches a project headless with the automator server on a free port and connects
// WeChat's own client to it, unmodified, as a test suite written for the official tools would.

import { resolve } from 'node:path'
import automator from 'miniprogram-automator'
import type AutomatorProgram from 'miniprogram-automator/out/MiniProgram'
import { launch, type LaunchOptions, type MiniProgram } from '../../index.ts'

export const SAMPLES = resolve(import.meta.dirname, '../../samples')

export interface Connected {
  /** The client's MiniProgram (miniprogram-automator). */
  mp: AutomatorProgram
  /** mpsim's own headless MiniProgram, to check what the client did. */
  program: MiniProgram
  endpoint: string
  close(): Promise<void>
}

export async function connect(options: LaunchOptions): Promise<Connected> {
  const program = await launch({ ...options, automatorPort: 0 })
  const endpoint = program.automator!.endpoint
  const mp = await automator.connect({ wsEndpoint: endpoint })
  return {
    mp,
    program,
    endpoint,
    close: async () => {
      mp.disconnect()
      await program.close()
    },
  }
}

/** Waits until `check` holds (events arrive after the answer that caused them). */
export async function eventually(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}
