// The `mpsim` command line. `main` returns the exit code: 0 ok, 1 compile errors or a failed
// run, 2 bad usage.

import pkg from '../package.json' with { type: 'json' }
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { buildProject } from '../compiler/index.ts'
import { formatError } from '../compiler/errors.ts'
import { BACKEND_USAGE } from './backend.ts'
import type { Io } from './report.ts'
import { summaryTable } from './summary.ts'

export const USAGE = `Usage: mpsim <command> [options]

Commands:
  build <project> [--out DIR]   Compile a mini program into a package: logic.js (+ .map),
                                app-config.json, views/<page>.view.js, one
                                subpackages/<root>/logic.js (+ .map) per subpackage,
                                packages.json (which file is in which code package),
                                manifest.json.
                                <project> is the folder with app.json (or project.config.json
                                with miniprogramRoot). DIR defaults to dist/<project folder name>
                                under the current directory.
  run <project> --script FILE [--mode worker|single-thread] [--timeout MS]
                                Launch the app headless (logic in a worker, or in this thread
                                with single-thread; a jsdom view per page), call FILE's default
                                export with the MiniProgram object
                                (export default async (mp) => {...}), then close the app.
                                Prints the app's log, and its errors with file:line:column, as
                                they come. <project> is a source folder or a built package.
                                Exit code 1 when the script throws, the app does not launch or
                                the run takes longer than MS (default 60000).

  trace <project> --script FILE [--out trace.json] [--mode worker|single-thread] [--timeout MS]
                                Like run, with every thread's instruments recording: writes
                                a Chrome trace (host, logic and one track per view; opens in
                                ui.perfetto.dev) and prints long tasks, frames dropped, event
                                → update latencies and setData warnings (docs/measurement.md).

  dev [project] [--port N] [--host [ADDR]]
                                Start the browser simulator on http://127.0.0.1:N/ (default
                                5273, or the next free port) and print its URL. Without a
                                project: the todo sample. --host listens on all addresses
                                (or ADDR), reachable from other machines.

  automator [project] [--port N] [--browser]
                                Start the app and serve WeChat's automation protocol on
                                ws://127.0.0.1:N (default 9420; 0: a free port) for
                                miniprogram-automator's automator.connect({ wsEndpoint }):
                                headless, or with --browser in the simulator in Chromium
                                (captureScreenshot shoots the phone). Without a project: the
                                todo sample. Runs until Ctrl-C or miniProgram.close().

  bench jank <project> [--scenario NAME] [--runs N] [--out DIR]
                                The jank experiment in Debian's Chromium: each scenario of
                                the project (samples/jank: heavy, filter, stream, scroll;
                                --scenario picks some, comma-separated or repeated) in
                                dual-thread and single-thread mode, N runs each (default 3).
                                Prints frames dropped, view long tasks, tap-to-update
                                latency and logic busy share; writes jank.md, jank.svg and
                                one trace per mode (Chrome trace JSON) into DIR (default
                                dist/jank-bench).

  bench load <project> [--network 4g] [--runs N] [--out DIR]
                                The loading strategies (docs/packages.md): packs the project,
                                serves it from a loopback CDN on the network profile, and
                                times cold and hot launches, navigations with and without a
                                preloaded webview, and a subpackage route on demand and
                                preloaded, N runs each (default 5). Prints medians per phase
                                with the targets; writes load.svg and load.json into DIR
                                (default dist/load-bench).

  pack <project|build> [--out DIR]
                                Write the code package files: __APP__.wxapkg (main package)
                                and <root>.wxapkg per subpackage, with pack-manifest.json
                                (size and SHA-256 of each). Builds a project first. Exit code
                                1 when a package is over 2 MB or all are over 20 MB (nothing
                                is written). DIR defaults to dist/<name>-packages.
  unpack <file.wxapkg> [--out DIR]
                                Write a package's files back (exit code 1 for a corrupt or
                                truncated file). DIR defaults to the file's name.
  cdn <dir> [--port N] [--network 4g|3g|slow-3g|wifi|SPEC]
                                Serve a folder over HTTP on 127.0.0.1 like the platform's CDN
                                (Range, ETag; latency, bandwidth and dropped connections of the
                                network profile; SPEC e.g. 4g,loss=0.1 or latency=50,kbps=2000)
                                and print its URL. Runs until Ctrl-C.

${BACKEND_USAGE}
Options:
  -h, --help       Show this help
  -v, --version    Show the mpsim version
`

const stdio: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE)
    return command === undefined ? 2 : 0
  }
  if (command === '-v' || command === '--version') {
    io.out(`${await version()}\n`)
    return 0
  }
  if (command === 'build') return build(rest, io)
  if (command === 'run') return runCommand(rest, io)
  if (command === 'trace') return traceCommand(rest, io)
  if (command === 'dev') return devCommand(rest, io)
  if (command === 'automator') return automatorCommand(rest, io)
  if (command === 'bench') return benchCommand(rest, io)
  if (command === 'platform' || command === 'tunnel' || command === 'session')
    return (await import('./backend.ts'))[command](rest, io)
  if (command === 'pack' || command === 'unpack' || command === 'cdn') {
    // Loaded on demand: `build` stays as fast to start as it was.
    const commands = await import('./packages.ts')
    return commands[command](rest, io)
  }
  io.err(`mpsim: unknown command "${command}"\n\n${USAGE}`)
  return 2
}

async function build(args: string[], io: Io): Promise<number> {
  const parsed = parseBuildArgs(args)
  if (typeof parsed === 'string') {
    io.err(`mpsim build: ${parsed}\n\n${USAGE}`)
    return 2
  }
  const project = resolve(parsed.project)
  const outDir = resolve(parsed.out ?? `dist/${basename(project)}`)
  const result = await buildProject(project, { outDir })
  for (const error of result.errors) io.err(`${formatError(error)}\n\n`)
  io.out(summaryTable(result, outDir))
  return result.errors.some((e) => e.severity === 'error') ? 1 : 0
}

async function devCommand(args: string[], io: Io): Promise<number> {
  // Loaded on demand: the dev server loads Vite, which `build` and `run` never need.
  const { dev, parseDevArgs } = await import('./dev.ts')
  const { packageRoot } = await import('../devserver/server/root.ts')
  const parsed = parseDevArgs(args)
  if (typeof parsed === 'string') {
    io.err(`mpsim dev: ${parsed}\n\n${USAGE}`)
    return 2
  }
  return dev(parsed, io, packageRoot())
}

async function automatorCommand(args: string[], io: Io): Promise<number> {
  // Loaded on demand: the runtime (and with --browser, Vite and Chromium) only when asked.
  const { automator, parseAutomatorArgs } = await import('./automator.ts')
  const { packageRoot } = await import('../devserver/server/root.ts')
  const parsed = parseAutomatorArgs(args)
  if (typeof parsed === 'string') {
    io.err(`mpsim automator: ${parsed}\n\n${USAGE}`)
    return 2
  }
  return automator(parsed, io, packageRoot())
}

async function benchCommand(args: string[], io: Io): Promise<number> {
  if (args[0] === 'load') return (await import('./bench-load.ts')).benchLoad(args.slice(1), io)
  // Loaded on demand: the experiment starts the dev server (Vite) and Chromium.
  const { benchJank, parseBenchArgs } = await import('./bench.ts')
  const parsed = parseBenchArgs(args)
  if (typeof parsed === 'string') {
    io.err(`mpsim bench: ${parsed}\n\n${USAGE}`)
    return 2
  }
  return benchJank(parsed, io)
}

async function traceCommand(args: string[], io: Io): Promise<number> {
  const { parseTraceArgs, trace } = await import('./trace.ts')
  const parsed = parseTraceArgs(args)
  if (typeof parsed === 'string') {
    io.err(`mpsim trace: ${parsed}

${USAGE}`)
    return 2
  }
  return trace(parsed, io)
}

async function runCommand(args: string[], io: Io): Promise<number> {
  // Loaded on demand: the headless runtime (jsdom) is slow to load and `build` needs none of it.
  const { parseRunArgs, run } = await import('./run.ts')
  const parsed = parseRunArgs(args)
  if (typeof parsed === 'string') {
    io.err(`mpsim run: ${parsed}\n\n${USAGE}`)
    return 2
  }
  return run(parsed, io)
}

function parseBuildArgs(args: string[]): { project: string; out?: string } | string {
  let project: string | undefined
  let out: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '--out' || arg === '-o') {
      out = args[++i]
      if (!out) return `${arg} needs a folder`
    } else if (arg.startsWith('--out=')) out = arg.slice(6)
    else if (arg.startsWith('-')) return `unknown option ${arg}`
    else if (project === undefined) project = arg
    else return `unexpected argument ${arg}`
  }
  if (!project) return 'missing <project>'
  return out === undefined ? { project } : { project, out }
}

async function version(): Promise<string> {
  return pkg.version
}
