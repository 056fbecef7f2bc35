// The load benchmark's table (bench/report.ts printTable: first render per strategy, the median
// of each phase, and the issue's targets as PASS/MISS rows) and its stacked-phase SVG chart.

import type { Stats } from '../harness.ts'
import { formatMs, formatRatio, type Table } from '../report.ts'
import type { LoadBenchResult, StrategyResult } from './run.ts'

/** Phases in the order a load goes through them. */
export const PHASE_ORDER = [
  'manifest',
  'cache',
  'download',
  'verify',
  'unpack',
  'logic-start',
  'logic-inject',
  'page-create',
  'view-inject',
  'view-create',
  'first-render',
  'ready',
]

const COLORS: Record<string, string> = {
  manifest: '#9e9e9e',
  cache: '#8d6e63',
  download: '#e53935',
  verify: '#fb8c00',
  unpack: '#fdd835',
  'logic-start': '#7cb342',
  'logic-inject': '#43a047',
  'page-create': '#00897b',
  'view-inject': '#1e88e5',
  'view-create': '#3949ab',
  'first-render': '#8e24aa',
  ready: '#d81b60',
}

function phasesOf(result: LoadBenchResult): string[] {
  const seen = new Set(result.results.flatMap((r) => Object.keys(r.phases)))
  return [
    ...PHASE_ORDER.filter((p) => seen.has(p)),
    ...[...seen].filter((p) => !PHASE_ORDER.includes(p)),
  ]
}

const find = (result: LoadBenchResult, name: string) =>
  result.results.find((r) => r.strategy === name)

const stats = (r: StrategyResult): Stats => ({
  name: r.strategy,
  samples: r.samples.map((s) => s.firstRender),
  median: r.firstRender,
  p95: r.p95,
  batch: 1,
})

export function loadTable(result: LoadBenchResult): Table {
  const byName = new Map(result.results.map((r) => [r.strategy, r]))
  const ratio = (a: string, b: string) => {
    const x = find(result, a)
    const y = find(result, b)
    return x && y && y.firstRender > 0 ? x.firstRender / y.firstRender : undefined
  }
  const baselineOf: Record<string, string> = {
    'hot launch': 'cold launch',
    'navigate, preloaded webview': 'navigate, new webview',
    'subpackage, preloaded': 'subpackage, on demand',
  }
  return {
    title: `load: time to first render by strategy, ${result.network} (${result.project})`,
    rows: result.results.map(stats),
    ratios: [
      {
        label: '× baseline',
        baseline: (row) => {
          const base = baselineOf[row.name]
          const found = base ? byName.get(base) : undefined
          return found ? stats(found) : undefined
        },
      },
    ],
    extra: phasesOf(result).map((phase) => ({
      label: phase,
      cell: (row) => {
        const value = byName.get(row.name)?.phases[phase]
        return value === undefined ? '' : formatMs(value)
      },
    })),
    targets: [
      {
        label: 'hot launch first render ≥ 3× faster than cold',
        value: ratio('cold launch', 'hot launch'),
        pass: (v) => v >= 3,
        format: (v) => `${formatRatio(v)} faster`,
      },
      {
        label: 'navigation with a preloaded webview ≥ 30% faster to first render',
        value: ratio('navigate, preloaded webview', 'navigate, new webview'),
        pass: (v) => v <= 0.7,
        format: (v) => `${((1 - v) * 100).toFixed(0)}% faster`,
      },
      {
        label: 'preloaded subpackage route faster than on demand',
        value: ratio('subpackage, preloaded', 'subpackage, on demand'),
        pass: (v) => v < 1,
        format: (v) => `${formatRatio(1 / v)} faster`,
      },
    ],
    notes: [
      `packages: ${result.packages.map((p) => `${p.name} ${(p.size / 1024).toFixed(0)} KB`).join(', ')}; ${result.runs} runs per strategy, in rounds`,
      'launches: from launch() to the first page’s first render; navigations: from the route’s start (its subpackage download included) to the new page’s first render',
      'phase columns are medians of each phase’s summed time (phases on different threads overlap, so they need not add up)',
    ],
  }
}

/** Horizontal bars, one per strategy, each the stacked medians of its phases. */
export function loadChart(result: LoadBenchResult): string {
  const phases = phasesOf(result)
  const rows = result.results
  const total = (r: StrategyResult) => phases.reduce((n, p) => n + (r.phases[p] ?? 0), 0)
  const max = Math.max(...rows.map((r) => Math.max(total(r), r.firstRender)), 1)
  const left = 200
  const width = 640
  const rowHeight = 34
  const top = 40
  const height = top + rows.length * rowHeight + 30 + Math.ceil(phases.length / 4) * 18
  const x = (ms: number) => left + (ms / max) * width
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 90}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<text x="10" y="20" font-size="14" font-weight="bold">${esc(`Load phases by strategy (${result.network}, medians of ${result.runs} runs)`)}</text>`,
  ]
  rows.forEach((r, i) => {
    const y = top + i * rowHeight
    parts.push(`<text x="${left - 8}" y="${y + 16}" text-anchor="end">${esc(r.strategy)}</text>`)
    let at = 0
    for (const phase of phases) {
      const ms = r.phases[phase] ?? 0
      if (ms <= 0) continue
      parts.push(
        `<rect x="${x(at).toFixed(1)}" y="${y + 4}" width="${Math.max(0.5, x(at + ms) - x(at)).toFixed(1)}" height="18" fill="${COLORS[phase] ?? '#607d8b'}"><title>${esc(`${phase}: ${formatMs(ms)}`)}</title></rect>`,
      )
      at += ms
    }
    // the time to first render, for comparison with the stacked phases
    parts.push(
      `<line x1="${x(r.firstRender).toFixed(1)}" x2="${x(r.firstRender).toFixed(1)}" y1="${y}" y2="${y + 26}" stroke="#000" stroke-width="2"/>`,
      `<text x="${(x(Math.max(at, r.firstRender)) + 6).toFixed(1)}" y="${y + 17}">${esc(formatMs(r.firstRender))}</text>`,
    )
  })
  const legendTop = top + rows.length * rowHeight + 10
  phases.forEach((phase, i) => {
    const lx = 10 + (i % 4) * 180
    const ly = legendTop + Math.floor(i / 4) * 18
    parts.push(
      `<rect x="${lx}" y="${ly}" width="12" height="12" fill="${COLORS[phase] ?? '#607d8b'}"/>`,
      `<text x="${lx + 16}" y="${ly + 10}">${esc(phase)}</text>`,
    )
  })
  parts.push(
    `<text x="${left + width - 300}" y="${legendTop + 10}">black line: time to first render</text>`,
    '</svg>',
  )
  return parts.join('\n') + '\n'
}
