// The headless home: the automator server over a headless MiniProgram (jsdom views, logic in a
// worker), answering every method of METHODS.

import type { MiniProgram } from '../headless/mini-program.ts'
import { watchEvents } from './events.ts'
import { ElementHandles } from './handles.ts'
import { METHODS } from './methods.ts'
import { serveAutomator, type AutomatorServer } from './server.ts'
import type { AutomatorHome, Session } from './session.ts'

export interface AutomatorOptions {
  program: MiniProgram
  /** 0 (default): a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  home?: AutomatorHome
}

export function startAutomatorServer(options: AutomatorOptions): Promise<AutomatorServer> {
  const handles = new ElementHandles()
  const home = options.home ?? { kind: 'headless' }
  return serveAutomator<Session>({
    port: options.port,
    host: options.host,
    methods: METHODS,
    connect: (client) => {
      let logs = false
      const session: Session = {
        program: options.program,
        handles,
        home,
        emit: client.emit,
        enableLog: () => (logs = true),
        requestClose: client.requestClose,
      }
      const stop = watchEvents(options.program.host, {
        emit: client.emit,
        logsEnabled: () => logs,
      })
      return { session, stop }
    },
  })
}
