// `mpsim pack`, `mpsim unpack` and `mpsim cdn`: code package files from a build, files back from a
// package, and a folder served like the platform's CDN. Loaded on demand by cli/index.ts.

import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import type { Io } from './report.ts'

interface Parsed {
  /** Positional arguments. */
  args: string[]
  options: Record<string, string>
}

/** Positional arguments and `--name value` / `--name=value` options (only those in `known`). */
export function parseArgs(argv: string[], known: readonly string[]): Parsed | string {
  const parsed: Parsed = { args: [], options: {} }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (!arg.startsWith('-')) {
      parsed.args.push(arg)
      continue
    }
    const [name = '', inline] = arg.split(/=(.*)/s, 2)
    if (!known.includes(name)) return `unknown option ${arg}`
    const value = inline ?? argv[++i]
    if (value === undefined || value === '') return `${name} needs a value`
    parsed.options[name.replace(/^--/, '')] = value
  }
  return parsed
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

export async function pack(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, ['--out'])
  if (typeof parsed === 'string' || parsed.args.length !== 1)
    return usage(io, 'pack', typeof parsed === 'string' ? parsed : 'give one <project|build>')
  const source = resolve(parsed.args[0] as string)
  const outDir = resolve(parsed.options.out ?? `dist/${basename(source)}-packages`)
  const { packBuild, writePack } = await import('../packages/pack.ts')
  let buildDir = source
  let temp: string | null = null
  try {
    if (!existsSync(join(source, 'packages.json'))) {
      if (!isProject(source)) {
        io.err(
          `mpsim pack: ${source} is neither a build (packages.json) nor a project (app.json)\n`,
        )
        return 2
      }
      temp = buildDir = await mkdtemp(join(tmpdir(), 'mpsim-pack-'))
      const { buildProject, formatError } = await import('../compiler/index.ts')
      const result = await buildProject(source, { outDir: buildDir })
      const fatal = result.errors.filter((e) => e.severity === 'error')
      for (const error of result.errors) io.err(`${formatError(error)}\n\n`)
      if (fatal.length) {
        io.err(`mpsim pack: ${fatal.length} compile error(s), nothing packed\n`)
        return 1
      }
    }
    const result = await packBuild(buildDir)
    for (const p of result.manifest.packages)
      io.out(`${p.file.padEnd(32)} ${kb(p.size).padStart(10)}  ${p.sha256.slice(0, 12)}\n`)
    io.out(`${'total'.padEnd(32)} ${kb(result.manifest.total).padStart(10)}\n`)
    if (result.problems.length) {
      for (const problem of result.problems) io.err(`mpsim pack: ${problem}\n`)
      return 1
    }
    await writePack(outDir, result)
    io.out(
      `wrote ${result.manifest.packages.length} package(s) and pack-manifest.json to ${outDir}\n`,
    )
    return 0
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true })
  }
}

export async function unpack(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, ['--out'])
  if (typeof parsed === 'string' || parsed.args.length !== 1)
    return usage(io, 'unpack', typeof parsed === 'string' ? parsed : 'give one <file.wxapkg>')
  const file = resolve(parsed.args[0] as string)
  const outDir = resolve(parsed.options.out ?? basename(file).replace(/\.wxapkg$/, ''))
  const { unpackFile } = await import('../packages/pack.ts')
  try {
    const paths = await unpackFile(file, outDir)
    io.out(`unpacked ${paths.length} file(s) to ${outDir}\n`)
    return 0
  } catch (error) {
    io.err(`mpsim unpack: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}

export async function cdn(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, ['--port', '--network'])
  if (typeof parsed === 'string' || parsed.args.length !== 1)
    return usage(io, 'cdn', typeof parsed === 'string' ? parsed : 'give one <dir>')
  const root = resolve(parsed.args[0] as string)
  const port = Number(parsed.options.port ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return usage(io, 'cdn', `--port needs a port number (got ${parsed.options.port})`)
  if (!existsSync(root)) {
    io.err(`mpsim cdn: ${root} does not exist\n`)
    return 2
  }
  const { startCdn } = await import('../packages/cdn.ts')
  const { parseNetworkProfile } = await import('../packages/network-profiles.ts')
  let network
  try {
    network = parseNetworkProfile(parsed.options.network ?? 'none')
  } catch (error) {
    return usage(io, 'cdn', error instanceof Error ? error.message : String(error))
  }
  const server = await startCdn({ root, port, network })
  io.out(`mpsim cdn: ${root}\n  url: ${server.url}/\n  network: ${network.name}\n`)
  io.out('  press Ctrl-C to stop\n')
  await new Promise<void>((done) => {
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })
  await server.close()
  return 0
}

function isProject(dir: string): boolean {
  return existsSync(join(dir, 'app.json')) || existsSync(join(dir, 'project.config.json'))
}

function usage(io: Io, command: string, problem: string): number {
  io.err(`mpsim ${command}: ${problem}\n\nRun mpsim --help for usage.\n`)
  return 2
}
