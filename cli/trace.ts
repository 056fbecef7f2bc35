// `mpsim trace <project> --script s.mjs --out trace.json`: launches the app headless with
// recording on, hands the MiniProgram to the script's default export, then writes what every
// thread recorded as a Chrome trace (docs/measurement.md) and prints a short summary.

import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { launch, type LaunchOptions, type MiniProgram } from '../headless/index.ts'
import { summarizeTrace, validateTrace, type TraceFile } from '../runtime/instruments/index.ts'
import { formatThrown, type Io } from './report.ts'

export interface TraceArgs {
  project: string
  script: string
  out: string
  mode: 'worker' | 'single-thread'
  timeoutMs: number
}

type Script = (mp: MiniProgram) => unknown

/** Exit code: 0 written, 1 the app or the script failed or timed out, 2 bad usage. */
export async function trace(args: TraceArgs, io: Io): Promise<number> {
  let mp: MiniProgram | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${args.timeoutMs} ms`)),
      args.timeoutMs,
    )
  })
  try {
    const script = await loadScript(args.script)
    mp = await Promise.race([launch({ ...launchOptions(args), trace: true }), timeout])
    await Promise.race([Promise.resolve(script(mp)), timeout])
    const file = await mp.saveTrace(resolve(args.out))
    io.out(describe(file, args))
    return 0
  } catch (error) {
    io.err(`mpsim trace: ${formatThrown(error)}\n`)
    return 1
  } finally {
    clearTimeout(timer)
    await mp?.close()
  }
}

function describe(file: TraceFile, args: TraceArgs): string {
  const check = validateTrace(file)
  const s = summarizeTrace(file)
  const longest = Math.max(0, ...s.logicCalls.map((c) => c.duration))
  const latencies = s.eventLatencies.map((l) => Number(l.args.latencyMs))
  const lines = [
    `mpsim trace: wrote ${args.out} (${file.traceEvents.length} events; open it in https://ui.perfetto.dev)`,
    `  tracks: ${[...check.threads.values()].join(', ')}`,
    `  logic: ${s.logicMessages.length} messages, longest user call ${longest.toFixed(1)} ms`,
    `  views: ${s.viewLongTasks.length} long tasks, ${s.droppedFrames.reduce((n, f) => n + Number(f.args.dropped), 0)} frames dropped`,
    `  event → update: ${latencies.length ? latencies.map((ms) => `${ms} ms`).join(', ') : 'none'}`,
    ...(
      (file.metadata?.['mpsim-setData-warnings'] as Array<{ message: string }> | undefined) ?? []
    ).map((w) => `  warning: ${w.message}`),
  ]
  if (check.problems.length) lines.push(`  trace problems: ${check.problems.join('; ')}`)
  return lines.join('\n') + '\n'
}

async function loadScript(file: string): Promise<Script> {
  const mod = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown }
  if (typeof mod.default !== 'function')
    throw new Error(`${file} has no default export function (export default async (mp) => {…})`)
  return mod.default as Script
}

/** A folder `mpsim build` wrote runs as it is; anything else is a project to build. */
function launchOptions(args: TraceArgs): LaunchOptions {
  const dir = resolve(args.project)
  const built = existsSync(resolve(dir, 'app-config.json')) && existsSync(resolve(dir, 'logic.js'))
  return built ? { packageDir: dir, mode: args.mode } : { project: dir, mode: args.mode }
}

/** Parses `trace` arguments, or says what is wrong with them. */
export function parseTraceArgs(args: string[]): TraceArgs | string {
  const found: Partial<TraceArgs> = { mode: 'worker', timeoutMs: 60_000, out: 'trace.json' }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const value = () => args[++i]
    if (arg === '--script' || arg === '-s') found.script = value()
    else if (arg === '--out' || arg === '-o') found.out = value()
    else if (arg === '--mode') {
      const mode = value()
      if (mode !== 'worker' && mode !== 'single-thread') return '--mode is worker or single-thread'
      found.mode = mode
    } else if (arg === '--timeout') {
      const ms = Number(value())
      if (!Number.isFinite(ms) || ms <= 0) return '--timeout needs a number of milliseconds'
      found.timeoutMs = ms
    } else if (arg === '--browser')
      return '--browser is not done yet: record in the simulator with its performance panel, or headless without --browser'
    else if (arg.startsWith('-')) return `unknown option ${arg}`
    else if (found.project === undefined) found.project = arg
    else return `unexpected argument ${arg}`
  }
  if (!found.project) return 'missing <project>'
  if (!found.script) return 'missing --script <file.mjs>'
  if (!found.out) return '--out needs a file'
  return found as TraceArgs
}
