// The whole run as one Markdown document: a table of every case (median, p95 and its ratios to
// the baselines of the same run), then every target with PASS/MISS, headed by the machine it ran
// on. `npm run bench` prints it last and writes it to bench/results.md.

import { cpus, totalmem, type as osType, release } from 'node:os'
import { isStats } from './harness.ts'
import { ratioCell, targetCells, timingCells, type Table } from './report.ts'

export function machineLine(): string {
  const cpu = cpus()
  const model = cpu[0]?.model.trim() ?? 'unknown cpu'
  const gib = (totalmem() / 2 ** 30).toFixed(0)
  return `${osType()} ${release()}, ${cpu.length} × ${model}, ${gib} GiB, node ${process.version}`
}

export function markdownSummary(tables: Table[], groups: string[], started: Date): string {
  const lines: string[] = [
    '# mpsim benchmark results',
    '',
    `Run ${started.toISOString()} (\`npm run bench${groups.length ? ' -- ' + groups.join(' ') : ''}\`) on ${machineLine()}.`,
    'Times are medians (and p95) of samples taken in this run; every ratio compares medians of',
    'this run (`a / b`: above 1 means slower than the baseline named in the column heading).',
    '',
    '| table (named on its first row) | case | median | p95 | n | ratios |',
    '| --- | --- | ---: | ---: | ---: | --- |',
  ]
  for (const table of tables) {
    table.rows.forEach((row, i) => {
      const [median, p95, n] = timingCells(row)
      const ratios = (table.ratios ?? [])
        .map((c) => {
          const cell = ratioCell(row, c.baseline(row))
          return cell && `${cell} ${c.label.replace(/^×\s*/, 'vs ')}`
        })
        .filter(Boolean)
      const note = isStats(row) ? '' : ` (not measured: ${row.error})`
      lines.push(
        `| ${i === 0 ? cellText(table.title) : ''} | ${cellText(row.name + note)} | ${median} | ${p95} | ${n} | ${cellText(ratios.join(', '))} |`,
      )
    })
  }
  const targets = tables.flatMap((t) => (t.targets ?? []).map((target) => ({ t, target })))
  if (targets.length) {
    lines.push('', '| table | target | measured | result |', '| --- | --- | ---: | --- |')
    for (const { t, target } of targets) {
      const [label, measured, result] = targetCells(target)
      lines.push(`| ${cellText(t.title)} | ${cellText(label!)} | ${measured} | ${result} |`)
    }
  }
  return lines.join('\n') + '\n'
}

const cellText = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
