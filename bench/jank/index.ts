// Jank benchmarks (issue 8): samples/jank's scenarios in the browser simulator, dual-thread
// against single-thread mode on one build (experiment.ts). Rows are timings of the view: the
// interval between animation frames while the user acts (16.7 ms when nothing is dropped) and
// the time from an action to its update; the counts (frames dropped, long tasks, logic busy)
// are extra columns. The baseline of each single-thread row is its dual-thread row.
// `BENCH_JANK_RUNS=1 npm run bench -- jank` for a quick look (default 3 runs per scenario and mode).

import { resolve } from 'node:path'
import { summarize, type Result, type Stats } from '../harness.ts'
import { formatMs, printTable, type Target } from '../report.ts'
import { runExperiment, type ExperimentRow } from './experiment.ts'
import type { RunRecord } from './run.ts'
import { TABLE_NOTES } from './table.ts'

const PROJECT = resolve(import.meta.dirname, '../../samples/jank')
const RUNS = Number(process.env.BENCH_JANK_RUNS) || 3

const stats = (name: string, samples: number[]): Result =>
  samples.length
    ? { name, samples, batch: 1, ...summarize(samples) }
    : { name, error: 'no samples' }

/** Gaps between the view's animation frames during the user part of each run. */
function frameGaps(records: readonly RunRecord[]): number[] {
  return records.flatMap((r) => {
    const frames = r.view.frames.filter((t) => t >= r.start && t <= r.end)
    return frames.slice(1).map((t, i) => t - frames[i]!)
  })
}

const pct = (v: number) => `${Math.round(v * 100)} %`

export async function jankBenchmarks(): Promise<void> {
  process.stderr.write(`  jank: ${RUNS} runs of each scenario in each mode (a few minutes)…\n`)
  const result = await runExperiment({
    project: PROJECT,
    runs: RUNS,
    progress: (line) => process.stderr.write(line + '\n'),
  })
  const rows: Result[] = []
  const byName = new Map<string, ExperimentRow>()
  const baseline = new Map<string, string>()
  for (const row of result.rows) {
    const records = result.records.filter((r) => r.scenario === row.scenario && r.mode === row.mode)
    const frameName = `${row.scenario} ${row.mode}: frame interval`
    rows.push(stats(frameName, frameGaps(records)))
    byName.set(frameName, row)
    if (row.latencyMedian !== undefined) {
      const latencies = result.metrics
        .filter((m) => m.scenario === row.scenario && m.mode === row.mode)
        .flatMap((m) => m.latencies)
      rows.push(stats(`${row.scenario} ${row.mode}: action→update`, latencies))
    }
  }
  for (const r of rows) baseline.set(r.name, r.name.replace('single-thread', 'dual-thread'))
  const find = (name: string) => rows.find((r) => r.name === name)
  const heavy = (mode: string) =>
    result.rows.find((r) => r.scenario === 'heavy' && r.mode === mode)?.busyDropShare
  const extra = (cell: (row: ExperimentRow) => string) => (r: Result) => {
    const row = byName.get(r.name)
    return row ? cell(row) : ''
  }
  const targets: Target[] = [
    {
      label: 'heavy, dual-thread: frames dropped while the 200 ms handler runs ≤ 10 %',
      value: heavy('dual-thread'),
      pass: (v) => v <= 0.1,
      format: pct,
    },
    {
      label: 'heavy, single-thread: frames dropped while the 200 ms handler runs ≥ 50 %',
      value: heavy('single-thread'),
      pass: (v) => v >= 0.5,
      format: pct,
    },
  ]
  printTable({
    title: `Jank (samples/jank in the browser simulator, ${RUNS} runs per scenario and mode): dual-thread vs single-thread`,
    rows,
    ratios: [{ label: '× dual', baseline: (row) => find(baseline.get(row.name) ?? '') }],
    extra: [
      { label: 'frames dropped', cell: extra((r) => `${r.framesDropped}/${r.framesExpected}`) },
      {
        label: 'while handling',
        cell: extra((r) => (r.busyDropShare === undefined ? '' : pct(r.busyDropShare))),
      },
      {
        label: 'view long tasks',
        cell: extra((r) => `${r.longTasks} (${formatMs(r.longTaskMs)})`),
      },
      {
        label: 'logic busy',
        cell: extra((r) => (r.logicBusy === undefined ? '' : pct(r.logicBusy))),
      },
    ],
    targets,
    notes: [
      'frame interval: gaps between the view frame’s requestAnimationFrame callbacks while the user acts (a CSS animation of `left` runs on the page meanwhile); 16.7 ms is every frame shown',
      ...TABLE_NOTES,
      'both modes keep views on the page’s origin (?views=same), so single-thread logic shares the view’s thread; `mpsim bench jank samples/jank` writes the chart and traces',
    ],
  })
}
