// The experiment's table, as Markdown (readable in a terminal, pasted as is into docs): one
// row per scenario and mode.

import type { ExperimentRow } from './experiment.ts'

export const TABLE_HEAD = [
  'scenario',
  'mode',
  'frames dropped',
  'dropped while handling',
  'view long tasks',
  'tap→update median',
  'p95',
  'logic busy',
]

const ms = (v: number | undefined) => (v === undefined ? '—' : `${Math.round(v)} ms`)
const pct = (v: number | undefined) => (v === undefined ? '—' : `${Math.round(v * 100)} %`)

export function tableCells(row: ExperimentRow): string[] {
  const frames = `${row.framesDropped} of ${row.framesExpected}`
  const busy =
    row.busyDropShare === undefined
      ? '—'
      : `${row.busyFramesDropped} of ${row.busyFramesExpected} (${pct(row.busyDropShare)})`
  const tasks = `${row.longTasks} (${ms(row.longTaskMs)})`
  return [
    row.scenario,
    row.mode,
    frames,
    busy,
    tasks,
    ms(row.latencyMedian),
    ms(row.latencyP95),
    pct(row.logicBusy),
  ]
}

export function markdownTable(rows: readonly ExperimentRow[]): string {
  const lines = [TABLE_HEAD, TABLE_HEAD.map(() => '---'), ...rows.map(tableCells)]
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n') + '\n'
}

/** What each column means, printed under the table. */
export const TABLE_NOTES = [
  'frames dropped: animation frames the view did not show during the user part (display refresh measured from the view’s rAF; median of the runs)',
  'dropped while handling: the same between each action (tap, keystroke) and the update it caused on screen',
  'view long tasks: tasks over 50 ms on the view frame’s thread (PerformanceObserver longtask), count and total',
  'tap→update: the action event’s timeStamp to the DOM change it caused (MutationObserver), all runs pooled',
  'logic busy: share of the run logic’s thread was late (≥ 4 ms) to a 5 ms timer, a lower bound of its busy time; in single-thread mode that thread is also the view’s',
]
