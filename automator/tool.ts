// Tool.*: what a script needs to start and end a session with the official tools' client:
// `getInfo` (its version check), `close` (miniProgram.close()), and `native` for the dialogs
// a test answers (confirmModal, cancelModal).

import pkg from '../package.json' with { type: 'json' }
import { AutomatorError } from './errors.ts'
import type { Handler } from './session.ts'

/** What the client's checkVersion reads: at least 2.7.3, or "dev". */
const SDK_VERSION = '3.0.0'

const NATIVE: Record<string, Handler> = {
  confirmModal: async (_p, s) => answered('confirmModal', await s.program.answerModal(true)),
  cancelModal: async (_p, s) => answered('cancelModal', await s.program.answerModal(false)),
}

export const toolMethods: Record<string, Handler> = {
  'Tool.getInfo': async (_p, s) => {
    const info = await s.program.systemInfo()
    return {
      SDKVersion: typeof info.SDKVersion === 'string' ? info.SDKVersion : SDK_VERSION,
      mpsim: pkg.version,
      home: s.home.kind,
    }
  },

  'Tool.close': async (_p, s) => {
    s.requestClose()
    return {}
  },

  'Tool.native': async (p, s) => {
    const run = typeof p.method === 'string' ? NATIVE[p.method] : undefined
    if (!run)
      throw new AutomatorError(
        `Tool.native: "${String(p.method)}" is not supported (mpsim has ${Object.keys(NATIVE).join(', ')})`,
      )
    return run(p, s)
  },
}

function answered(what: string, done: boolean): Record<string, never> {
  if (!done) throw new AutomatorError(`Tool.native ${what}: no modal is open`)
  return {}
}
