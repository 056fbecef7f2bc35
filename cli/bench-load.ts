// `mpsim bench load <project> [--network 4g] [--runs N] [--out DIR]`: the loading strategies
// (bench/load) on one project: prints the table of medians per phase with the targets,
// writes the stacked-phase chart (load.svg) and the raw samples (load.json) into DIR.

import { resolve } from 'node:path'
import { parseNetworkProfile } from '../packages/network-profiles.ts'
import type { Io } from './report.ts'

export interface LoadArgs {
  project: string
  network: string
  runs: number
  out: string
}

export function parseLoadArgs(args: string[]): LoadArgs | string {
  let project: string | undefined
  let network = '4g'
  let runs = 5
  let out = 'dist/load-bench'
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined]
    const value = () => inline ?? args[++i]
    if (name === '--network') network = value() ?? ''
    else if (name === '--runs') runs = Number(value())
    else if (name === '--out' || name === '-o') out = value() ?? ''
    else if (arg.startsWith('-')) return `unknown option ${arg}`
    else if (project === undefined) project = arg
    else return `unexpected argument ${arg}`
  }
  if (!project) return 'missing <project>'
  if (!Number.isInteger(runs) || runs < 1) return '--runs needs a whole number ≥ 1'
  if (!out) return '--out needs a folder'
  try {
    parseNetworkProfile(network)
  } catch (error) {
    return (error as Error).message
  }
  return { project, network, runs, out }
}

export async function benchLoad(args: string[], io: Io): Promise<number> {
  const parsed = parseLoadArgs(args)
  if (typeof parsed === 'string') {
    io.err(`mpsim bench load: ${parsed}\n`)
    return 2
  }
  const { loadBench } = await import('../bench/load/index.ts')
  const project = resolve(parsed.project)
  io.out(`mpsim bench load: ${project} on ${parsed.network}, ${parsed.runs} runs per strategy\n`)
  try {
    const { files } = await loadBench({
      project,
      network: parsed.network,
      runs: parsed.runs,
      out: resolve(parsed.out),
      progress: (line) => io.err(line + '\n'),
    })
    io.out(`written: ${files.join(', ')}\n`)
    return 0
  } catch (error) {
    io.err(`mpsim bench load: ${(error as Error).message}\n`)
    return 1
  }
}
