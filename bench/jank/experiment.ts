// The jank experiment: every chosen scenario of a project (samples/jank or one built like it)
// in dual-thread and single-thread mode, on one build served by one dev server, in Debian's
// Chromium. Runs alternate between the modes (heavy, heavy, filter, filter, … then again), so a
// burst of load on the machine hits both alike. Each (scenario, mode) pair is summed up over
// its runs: medians of the per-run counts, latencies pooled over the runs.

import type { Browser } from 'playwright-core'
import { createDevServer, type DevServer } from '../../devserver/server/index.ts'
import { launchChromium } from '../simulator/browser.ts'
import { median, percentile, runMetrics, type RunMetrics } from './metrics.ts'
import { MODES, runScenario, type Mode, type RunRecord } from './run.ts'
import { SCENARIOS, type Scenario } from './scenarios.ts'

export interface ExperimentOptions {
  project: string
  /** Scenario names; all when empty. */
  scenarios?: string[]
  /** Runs of each scenario in each mode (default 3). */
  runs?: number
  /** Hears progress (one line per run). */
  progress?: (line: string) => void
}

/** One row of the table: a scenario in a mode, over its runs. */
export interface ExperimentRow {
  scenario: string
  title: string
  mode: Mode
  runs: number
  refreshMs: number
  framesExpected: number
  framesDropped: number
  /** Dropped / expected frames between actions and their updates, or undefined (none timed). */
  busyDropShare: number | undefined
  busyFramesExpected: number
  busyFramesDropped: number
  longTasks: number
  longTaskMs: number
  latencyMedian: number | undefined
  latencyP95: number | undefined
  logicBusy: number | undefined
}

export interface ExperimentResult {
  rows: ExperimentRow[]
  /** Every run's records, for the traces. */
  records: RunRecord[]
  metrics: RunMetrics[]
}

export function chooseScenarios(names: readonly string[] = []): Scenario[] {
  if (names.length === 0) return SCENARIOS
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n))
  if (unknown.length)
    throw new Error(
      `unknown scenario ${unknown.join(', ')} (have: ${SCENARIOS.map((s) => s.name).join(', ')})`,
    )
  return SCENARIOS.filter((s) => names.includes(s.name))
}

export async function runExperiment(options: ExperimentOptions): Promise<ExperimentResult> {
  const scenarios = chooseScenarios(options.scenarios)
  const runs = options.runs ?? 3
  let server: DevServer | undefined
  let browser: Browser | undefined
  const records: RunRecord[] = []
  const metrics: RunMetrics[] = []
  try {
    server = await createDevServer({ project: options.project, port: 0, watch: false })
    if (server.build.errors.length)
      throw new Error(`the project does not compile:\n${server.build.errors.join('\n\n')}`)
    browser = await launchChromium()
    for (let run = 1; run <= runs; run++)
      for (const scenario of scenarios)
        for (const mode of MODES) {
          const record = await runScenario(browser, server.url, scenario, mode)
          if (record.pageErrors.length)
            throw new Error(`${scenario.name} (${mode}): ${record.pageErrors.join('; ')}`)
          const m = runMetrics(record, scenario.timesActions)
          records.push(record)
          metrics.push(m)
          options.progress?.(
            `  run ${run}/${runs} ${scenario.name} ${mode}: ${m.framesDropped}/${m.framesExpected} frames dropped, ${m.longTasks} long tasks`,
          )
        }
  } finally {
    await browser?.close()
    await server?.close()
  }
  const rows = scenarios.flatMap((s) =>
    MODES.map((mode) =>
      summarise(
        s,
        mode,
        metrics.filter((m) => m.scenario === s.name && m.mode === mode),
      ),
    ),
  )
  return { rows, records, metrics }
}

function summarise(scenario: Scenario, mode: Mode, runs: RunMetrics[]): ExperimentRow {
  const med = (pick: (m: RunMetrics) => number) => median(runs.map(pick))
  const latencies = runs.flatMap((m) => m.latencies)
  const busyExpected = med((m) => m.busyFramesExpected)
  const busyDropped = med((m) => m.busyFramesDropped)
  const logic = runs.map((m) => m.logicBusy).filter((v): v is number => v !== undefined)
  return {
    scenario: scenario.name,
    title: scenario.title,
    mode,
    runs: runs.length,
    refreshMs: med((m) => m.refreshMs),
    framesExpected: med((m) => m.framesExpected),
    framesDropped: med((m) => m.framesDropped),
    busyDropShare: scenario.timesActions
      ? median(runs.map((m) => m.busyFramesDropped / Math.max(1, m.busyFramesExpected)))
      : undefined,
    busyFramesExpected: busyExpected,
    busyFramesDropped: busyDropped,
    longTasks: med((m) => m.longTasks),
    longTaskMs: med((m) => m.longTaskMs),
    latencyMedian: latencies.length ? median(latencies) : undefined,
    latencyP95: latencies.length ? percentile(latencies, 0.95) : undefined,
    logicBusy: logic.length ? median(logic) : undefined,
  }
}
