// The experiment's chart, hand-written SVG: for each scenario two bars, dual-thread and
// single-thread, of the share of animation frames the view dropped (while handling actions
// where the scenario times them, else over the whole run), with the counts written on them.

import type { ExperimentRow } from './experiment.ts'
import type { Mode } from './run.ts'

const WIDTH = 640
const BAR = 34
const GAP = 6
const GROUP_GAP = 22
const LEFT = 150
const TOP = 48
const PLOT = WIDTH - LEFT - 70
const COLOURS: Record<Mode, string> = { 'dual-thread': '#07c160', 'single-thread': '#e64340' }

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The share a bar shows, and how it was counted. */
export function droppedShare(row: ExperimentRow): { share: number; dropped: number; of: number } {
  if (row.busyDropShare !== undefined)
    return { share: row.busyDropShare, dropped: row.busyFramesDropped, of: row.busyFramesExpected }
  const of = Math.max(1, row.framesExpected)
  return { share: row.framesDropped / of, dropped: row.framesDropped, of: row.framesExpected }
}

export function jankChart(rows: readonly ExperimentRow[]): string {
  const scenarios = [...new Set(rows.map((r) => r.scenario))]
  const groupHeight = 2 * BAR + GAP + GROUP_GAP
  const height = TOP + scenarios.length * groupHeight + 40
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${LEFT}" y="20" font-size="14" font-weight="bold">Animation frames dropped (share of frames expected)</text>`,
    legend(LEFT, 34),
  ]
  for (const x of [0, 0.25, 0.5, 0.75, 1]) {
    const gx = LEFT + x * PLOT
    parts.push(
      `<line x1="${gx}" y1="${TOP - 4}" x2="${gx}" y2="${height - 30}" stroke="#ddd"/>`,
      `<text x="${gx}" y="${height - 14}" text-anchor="middle" fill="#666">${x * 100} %</text>`,
    )
  }
  for (const [g, scenario] of scenarios.entries()) {
    const y0 = TOP + g * groupHeight
    const timed = rows.some((r) => r.scenario === scenario && r.busyDropShare !== undefined)
    const label = timed ? `${scenario} (while handling)` : scenario
    parts.push(
      `<text x="${LEFT - 8}" y="${y0 + BAR + GAP / 2 + 4}" text-anchor="end">${escape(label)}</text>`,
    )
    for (const [i, mode] of (['dual-thread', 'single-thread'] as const).entries()) {
      const row = rows.find((r) => r.scenario === scenario && r.mode === mode)
      if (!row) continue
      const { share, dropped, of } = droppedShare(row)
      const y = y0 + i * (BAR + GAP)
      const w = Math.max(1, share * PLOT)
      parts.push(
        `<rect x="${LEFT}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${COLOURS[mode]}"><title>${mode}: ${dropped} of ${of}</title></rect>`,
        `<text x="${LEFT + w + 6}" y="${y + BAR / 2 + 4}">${Math.round(share * 100)} % (${dropped}/${of})</text>`,
      )
    }
  }
  parts.push('</svg>')
  return parts.join('\n') + '\n'
}

function legend(x: number, y: number): string {
  return (['dual-thread', 'single-thread'] as const)
    .map((mode, i) => {
      const lx = x + i * 140
      return `<rect x="${lx}" y="${y - 9}" width="12" height="12" fill="${COLOURS[mode]}"/><text x="${lx + 18}" y="${y + 1}">${mode}</text>`
    })
    .join('')
}
