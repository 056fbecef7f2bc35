// `mpsim run <project> --script file.mjs`: launches the app headless, hands the MiniProgram to
// the script's default export, awaits it and closes the app. The app's log and errors are
// printed as they come; one global timeout bounds the whole run, so nothing hangs.

import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { launch, type LaunchOptions, type MiniProgram } from '../headless/index.ts'
import { formatThrown, LiveReport, type Io } from './report.ts'
import { parseLoadingFlag } from './loading-flags.ts'
import type { LoadingLaunchOptions } from '../devserver/client/launch-query.ts'

export interface RunArgs {
  project: string
  script: string
  mode: 'worker' | 'single-thread'
  timeoutMs: number
  /** Loading strategies (--no-preload-webview, --network-type, --background-destroy-ms). */
  loading?: LoadingLaunchOptions
}

export const DEFAULT_TIMEOUT_MS = 60_000
/** How long closing may take after a failure or timeout before the command gives up on it. */
const CLOSE_LIMIT_MS = 2_000

type Script = (mp: MiniProgram) => unknown

/** What the run is doing now: named by the timeout message. */
interface RunState {
  phase: string
  /** Set when the timeout fired: steps still running stop at their next point. */
  over: boolean
  mp: MiniProgram | null
  report: LiveReport | null
}

/** Exit code: 0 the script finished, 1 it threw / the app did not launch / timed out. */
export async function run(args: RunArgs, io: Io): Promise<number> {
  const state: RunState = { phase: 'starting', over: false, mp: null, report: null }
  const started = Date.now()
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<'timeout'>((done) => {
    timer = setTimeout(() => done('timeout'), args.timeoutMs)
  })
  const done = steps(args, state, io).catch((error: unknown) => {
    io.err(`mpsim run: failed while ${state.phase}:\n${formatThrown(error)}\n`)
    return 1
  })
  const outcome = await Promise.race([done, timedOut])
  clearTimeout(timer)
  state.report?.stop()
  if (outcome === 'timeout') {
    state.over = true
    io.err(`mpsim run: timed out after ${args.timeoutMs} ms while ${state.phase}\n`)
    await closeWithin(state.mp, CLOSE_LIMIT_MS)
    return 1
  }
  if (outcome === 0) {
    const { logs, errors } = state.report?.counts ?? { logs: 0, errors: 0 }
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const counts = `${plural(logs, 'log line')}, ${plural(errors, 'app error')}`
    io.out(`mpsim run: ${args.script} done (${counts}, ${seconds} s)\n`)
  }
  return outcome
}

async function steps(args: RunArgs, state: RunState, io: Io): Promise<number> {
  state.phase = `loading the script ${args.script}`
  const script = await loadScript(args.script).catch((error: unknown) => {
    io.err(`mpsim run: cannot load the script ${args.script}:\n${formatThrown(error)}\n`)
    return null
  })
  if (!script || state.over) return 1
  state.phase = `building and launching ${args.project}`
  try {
    state.mp = await launch(launchOptions(args))
  } catch (error) {
    io.err(`mpsim run: the app did not launch:\n${formatThrown(error)}\n`)
    return 1
  }
  if (state.over) {
    await state.mp.close() // launched after the timeout: nobody will close it otherwise
    return 1
  }
  state.report = new LiveReport(io, state.mp)
  state.report.flush()
  state.report.start()
  state.phase = `running the script ${args.script}`
  const failure = await Promise.resolve()
    .then(() => script(state.mp!))
    .then(
      () => null,
      (error: unknown) => ({ error }),
    )
  state.report.stop() // the app's output first, then what the script threw
  if (failure)
    io.err(`mpsim run: the script ${args.script} threw:\n${formatThrown(failure.error)}\n`)
  state.phase = 'closing the app'
  await state.mp.close()
  return failure ? 1 : 0
}

async function loadScript(file: string): Promise<Script> {
  const mod = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown }
  if (typeof mod.default !== 'function') {
    throw new Error(`${file} has no default export function (export default async (mp) => {…})`)
  }
  return mod.default as Script
}

/** A folder `mpsim build` wrote runs as it is; anything else is a project to build. */
function launchOptions(args: RunArgs): LaunchOptions {
  const dir = resolve(args.project)
  const built = existsSync(resolve(dir, 'app-config.json')) && existsSync(resolve(dir, 'logic.js'))
  const options = { mode: args.mode, ...args.loading }
  return built ? { packageDir: dir, ...options } : { project: dir, ...options }
}

async function closeWithin(mp: MiniProgram | null, ms: number): Promise<void> {
  if (!mp) return
  const limit = new Promise<void>((done) => setTimeout(done, ms).unref())
  await Promise.race([mp.close().catch(() => {}), limit])
}

/** Parses `run` arguments, or says what is wrong with them. */
export function parseRunArgs(args: string[]): RunArgs | string {
  const loading: LoadingLaunchOptions = {}
  const found: Partial<RunArgs> = { mode: 'worker', timeoutMs: DEFAULT_TIMEOUT_MS }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/) : [arg]
    const value = (): string | undefined => inline ?? args[++i]
    const loadingFlag = parseLoadingFlag(flag as string, value, loading)
    if (loadingFlag) return loadingFlag
    if (loadingFlag === null) continue
    if (flag === '--script' || flag === '-s') found.script = value()
    else if (flag === '--mode') {
      const mode = value()
      if (mode !== 'worker' && mode !== 'single-thread') return `--mode is worker or single-thread`
      found.mode = mode
    } else if (flag === '--timeout') {
      const ms = Number(value())
      if (!Number.isFinite(ms) || ms <= 0) return '--timeout needs a number of milliseconds'
      found.timeoutMs = ms
    } else if (arg.startsWith('-')) return `unknown option ${arg}`
    else if (found.project === undefined) found.project = arg
    else return `unexpected argument ${arg}`
  }
  if (!found.project) return 'missing <project>'
  if (!found.script) return 'missing --script <file.mjs>'
  if (Object.keys(loading).length) found.loading = loading
  return found as RunArgs
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
