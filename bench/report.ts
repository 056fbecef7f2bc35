// Prints a benchmark's results as two plain-text tables: the measured cases (median, p95,
// samples, ratios to baselines of the same run), then the targets with PASS/MISS. A miss is
// reported, never turned into a non-zero exit.

import { isStats, type Result } from './harness.ts'

export interface RatioColumn {
  /** Column heading, e.g. `× hand`. */
  label: string
  /** The baseline result for a row, or undefined for an empty cell. */
  baseline: (row: Result) => Result | undefined
}

export interface Target {
  /** What the issue asks, e.g. `initial render ≤ 1.5× hand-written`. */
  label: string
  /** The measured value (usually a ratio of medians), or undefined when a side is missing. */
  value: number | undefined
  pass: (value: number) => boolean
  /** How to show the value; defaults to `1.23×`. */
  format?: (value: number) => string
}

export interface Table {
  title: string
  rows: Result[]
  ratios?: RatioColumn[]
  targets?: Target[]
  /** Extra columns after the timing ones (e.g. peak memory). */
  extra?: { label: string; cell: (row: Result) => string }[]
  notes?: string[]
}

export function formatMs(ms: number): string {
  if (ms < 0) return '-' + formatMs(-ms)
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`
  if (ms >= 10) return `${ms.toFixed(1)} ms`
  if (ms >= 0.1) return `${ms.toFixed(2)} ms`
  return `${(ms * 1000).toFixed(1)} µs`
}

export const formatRatio = (r: number): string => (r >= 100 ? r.toFixed(0) : r.toFixed(2)) + '×'

/** Every table printed in this run, for the one summary at the end (`summary.ts`). */
export const printedTables: Table[] = []

export function printTable(table: Table, out: (line: string) => void = console.log): void {
  printedTables.push(table)
  out('')
  out(`== ${table.title}`)
  const head = ['case', 'median', 'p95', 'n']
  const ratios = table.ratios ?? []
  const extra = table.extra ?? []
  const body = table.rows.map((row) => [
    row.name,
    ...timingCells(row),
    ...ratios.map((c) => ratioCell(row, c.baseline(row))),
    ...extra.map((c) => (isStats(row) ? c.cell(row) : '')),
  ])
  head.push(...ratios.map((c) => c.label), ...extra.map((c) => c.label))
  printGrid([head, ...body], out)
  for (const row of table.rows) if (!isStats(row)) out(`   ${row.name}: not measured: ${row.error}`)
  if (table.targets?.length) {
    out('')
    printGrid([['target', 'measured', 'result'], ...table.targets.map(targetCells)], out)
  }
  for (const note of table.notes ?? []) out(`   note: ${note}`)
}

export function timingCells(row: Result): string[] {
  if (!isStats(row)) return ['—', '—', '0']
  const n = row.batch > 1 ? `${row.samples.length}×${row.batch}` : String(row.samples.length)
  return [formatMs(row.median), formatMs(row.p95), n]
}

export function ratioCell(row: Result, base: Result | undefined): string {
  if (!base || !isStats(row) || !isStats(base) || base.median === 0) return ''
  return formatRatio(row.median / base.median)
}

export function targetCells(t: Target): string[] {
  if (t.value === undefined || !Number.isFinite(t.value))
    return [t.label, 'n/a', 'MISS (not measured)']
  return [t.label, (t.format ?? formatRatio)(t.value), t.pass(t.value) ? 'PASS' : 'MISS']
}

function printGrid(rows: string[][], out: (line: string) => void): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) =>
    '   ' +
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()
  out(line(rows[0]!))
  out('   ' + widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows.slice(1)) out(line(r))
}
