// `mpsim bench jank <project> [--scenario NAME]… [--runs N] [--out DIR]`: the jank experiment
// (bench/jank) in Debian's Chromium. Prints the table, writes it with the chart and one trace
// per mode into DIR. Loaded on demand: it starts the dev server and a browser.

import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { RunRecord } from '../bench/jank/run.ts'
import type { Io } from './report.ts'

export interface JankArgs {
  project: string
  scenarios: string[]
  runs?: number
  out?: string
}

export function parseBenchArgs(args: string[]): JankArgs | string {
  const [what, ...rest] = args
  if (what !== 'jank')
    return what ? `unknown benchmark "${what}" (have: jank)` : 'missing what to run (jank)'
  let project: string | undefined
  const scenarios: string[] = []
  let runs: number | undefined
  let out: string | undefined
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined]
    const value = () => inline ?? rest[++i]
    if (name === '--scenario') {
      const v = value()
      if (!v) return '--scenario needs a name'
      scenarios.push(...v.split(','))
    } else if (name === '--runs') {
      runs = Number(value())
      if (!Number.isInteger(runs) || runs < 1) return '--runs needs a whole number ≥ 1'
    } else if (name === '--out' || name === '-o') {
      out = value()
      if (!out) return `${name} needs a folder`
    } else if (arg.startsWith('-')) return `unknown option ${arg}`
    else if (project === undefined) project = arg
    else return `unexpected argument ${arg}`
  }
  if (!project) return 'missing <project>'
  return { project, scenarios, ...(runs ? { runs } : {}), ...(out ? { out } : {}) }
}

/** The host's own trace (runtime/instruments) of each scenario's last run in each mode. */
function instrumentTraces(records: readonly RunRecord[]): [string, string][] {
  const last = new Map<string, RunRecord>()
  for (const r of records) if (r.instruments) last.set(`${r.scenario}-${r.mode}`, r)
  return [...last].map(([key, r]) => [`instruments-${key}.json`, JSON.stringify(r.instruments)])
}

export async function benchJank(args: JankArgs, io: Io): Promise<number> {
  const { runExperiment, chooseScenarios } = await import('../bench/jank/experiment.ts')
  const { markdownTable, TABLE_NOTES } = await import('../bench/jank/table.ts')
  const { jankChart } = await import('../bench/jank/chart.ts')
  const { modeTrace } = await import('../bench/jank/trace.ts')
  try {
    chooseScenarios(args.scenarios)
  } catch (e) {
    io.err(`mpsim bench jank: ${(e as Error).message}\n`)
    return 2
  }
  const project = resolve(args.project)
  const out = resolve(args.out ?? 'dist/jank-bench')
  io.out(`mpsim bench jank: ${project}, dual-thread and single-thread mode in Chromium\n`)
  const result = await runExperiment({
    project,
    scenarios: args.scenarios,
    ...(args.runs ? { runs: args.runs } : {}),
    progress: (line) => io.err(line + '\n'),
  })
  const table = markdownTable(result.rows)
  const notes = TABLE_NOTES.map((n) => `- ${n}`).join('\n') + '\n'
  io.out('\n' + table + '\n' + notes)
  await mkdir(out, { recursive: true })
  const files: [string, string][] = [
    ['jank.md', table + '\n' + notes],
    ['jank.svg', jankChart(result.rows)],
    ['trace-dual-thread.json', JSON.stringify(modeTrace(result.records, 'dual-thread'))],
    ['trace-single-thread.json', JSON.stringify(modeTrace(result.records, 'single-thread'))],
    ['runs.json', JSON.stringify({ rows: result.rows, metrics: result.metrics }, null, 2)],
    ...instrumentTraces(result.records),
  ]
  for (const [name, text] of files) await writeFile(join(out, name), text)
  io.out(`\nwritten to ${out}: ${files.map(([n]) => n).join(', ')}\n`)
  return 0
}
