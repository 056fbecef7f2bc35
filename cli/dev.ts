// `mpsim dev [project] [--port N] [--host [ADDR]]`: starts the browser simulator's dev server
// (devserver/server) and keeps it running until Ctrl-C. Without a project it opens the todo
// sample that ships with mpsim. Loaded on demand: Vite is never loaded by other commands.

import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Io } from './report.ts'
import { parseLoadingFlag } from './loading-flags.ts'
import { loadingToQuery, type LoadingLaunchOptions } from '../devserver/client/launch-query.ts'

export interface DevArgs {
  project?: string
  port?: number
  /** true: all addresses (0.0.0.0); a string: that address. */
  host?: string | true
  /** Loading strategies, passed to the simulator page in its URL's query. */
  loading?: LoadingLaunchOptions
}

export function parseDevArgs(args: string[]): DevArgs | string {
  const loading: LoadingLaunchOptions = {}
  const parsed: DevArgs = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined]
    const loadingFlag = parseLoadingFlag(name as string, () => inline ?? args[++i], loading)
    if (loadingFlag) return loadingFlag
    if (loadingFlag === null) continue
    if (name === '--port') {
      const value = inline ?? args[++i]
      const port = Number(value)
      if (!value || !Number.isInteger(port) || port < 0 || port > 65535)
        return `--port needs a port number (got ${value ?? 'nothing'})`
      parsed.port = port
    } else if (name === '--host') {
      const next = args[i + 1]
      if (inline !== undefined) parsed.host = inline || true
      else if (next !== undefined && !next.startsWith('-') && isAddress(next))
        parsed.host = args[++i]
      else parsed.host = true
    } else if (arg.startsWith('-')) return `unknown option ${arg}`
    else if (parsed.project === undefined) parsed.project = arg
    else return `unexpected argument ${arg}`
  }
  if (Object.keys(loading).length) parsed.loading = loading
  return parsed
}

const isAddress = (text: string) => /^[\d.]+$|:|^localhost$/.test(text)

export async function dev(args: DevArgs, io: Io, root: string): Promise<number> {
  const project = resolve(args.project ?? join(root, 'samples/todo'))
  if (!existsSync(join(project, 'app.json')) && !existsSync(join(project, 'project.config.json'))) {
    io.err(`mpsim dev: ${project} is not a mini-program project (no app.json)\n`)
    return 2
  }
  const { createDevServer } = await import('../devserver/server/index.ts')
  const host = args.host === true ? '0.0.0.0' : args.host
  const server = await createDevServer({ project, port: args.port, host })
  io.out(`mpsim dev: ${project}\n`)
  for (const error of server.build.errors) io.err(`${error}\n\n`)
  io.out(`  simulator: ${server.url}${loadingToQuery(args.loading ?? {})}\n`)
  if (host && host !== '127.0.0.1')
    io.out(`  listening on ${host}: reachable from other machines\n`)
  io.out('  press Ctrl-C to stop\n')
  await new Promise<void>((done) => {
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })
  await server.close()
  return 0
}
