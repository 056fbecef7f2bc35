// `mpsim automator [project] [--port N] [--browser]`: builds and starts the app (headless, or in
// the browser simulator in Chromium with --browser) and serves the automator protocol on
// ws://127.0.0.1:N for WeChat's miniprogram-automator client (automator.connect({ wsEndpoint })).
// Runs until Ctrl-C, SIGTERM or a client's miniProgram.close() (Tool.close); then it closes the
// server, the app and the browser, so nothing is left running.

import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Io } from './report.ts'

export interface AutomatorArgs {
  project?: string
  /** Default 9420, the official tools' automation port; 0: a free one. */
  port: number
  browser: boolean
}

export const DEFAULT_AUTOMATOR_PORT = 9420

export function parseAutomatorArgs(args: string[]): AutomatorArgs | string {
  const parsed: AutomatorArgs = { port: DEFAULT_AUTOMATOR_PORT, browser: false }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined]
    if (name === '--port') {
      const value = inline ?? args[++i]
      const port = Number(value)
      if (!value || !Number.isInteger(port) || port < 0 || port > 65535)
        return `--port needs a port number (got ${value ?? 'nothing'})`
      parsed.port = port
    } else if (name === '--browser') parsed.browser = true
    else if (arg.startsWith('-')) return `unknown option ${arg}`
    else if (parsed.project === undefined) parsed.project = arg
    else return `unexpected argument ${arg}`
  }
  return parsed
}

/** A running home with its automator server. */
interface Running {
  endpoint: string
  /** What the simulator shows (browser home). */
  url?: string
  close(): Promise<void>
}

export async function automator(args: AutomatorArgs, io: Io, root: string): Promise<number> {
  const project = resolve(args.project ?? join(root, 'samples/todo'))
  if (!existsSync(join(project, 'app.json')) && !existsSync(join(project, 'project.config.json'))) {
    io.err(`mpsim automator: ${project} is not a mini-program project (no app.json)\n`)
    return 2
  }
  let stop: () => void = () => {}
  const stopped = new Promise<void>((done) => (stop = done))
  const running = await start(args, project, () => stop())
  io.out(`mpsim automator: ${project} (${args.browser ? 'browser simulator' : 'headless'})\n`)
  if (running.url) io.out(`  simulator: ${running.url}\n`)
  io.out(`  automator: ${running.endpoint}\n`)
  io.out('  connect with automator.connect({ wsEndpoint }); Ctrl-C or miniProgram.close() stops\n')
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  await stopped
  process.off('SIGINT', stop)
  process.off('SIGTERM', stop)
  await running.close()
  io.out('mpsim automator: stopped\n')
  return 0
}

async function start(args: AutomatorArgs, project: string, onClose: () => void): Promise<Running> {
  if (args.browser) {
    const { startBrowserAutomator } = await import('../automator/browser/index.ts')
    return startBrowserAutomator({ project, port: args.port, onCloseRequest: onClose })
  }
  const { launch } = await import('../headless/index.ts')
  const program = await launch({ project, automatorPort: args.port })
  program.automator!.onCloseRequest = onClose
  return { endpoint: program.automator!.endpoint, close: () => program.close() }
}
