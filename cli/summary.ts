// The table `mpsim build` prints after a build: counts, each output file's size, total, time.

import type { BuildResult } from '../compiler/index.ts'

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`
}

export function summaryTable(result: BuildResult, outDir: string): string {
  const errors = result.errors.filter((e) => e.severity === 'error').length
  const warnings = result.errors.length - errors
  const rows = result.files.map((f) => [f.path, formatSize(f.size)] as const)
  const total = result.files.reduce((n, f) => n + f.size, 0)
  const width = Math.max(4, ...rows.map(([p]) => p.length))
  const line = (a: string, b: string) => `  ${a.padEnd(width)}  ${b.padStart(10)}\n`
  let out = `\nmpsim build → ${outDir}\n`
  out += `  pages: ${result.pages.length}   components: ${result.components.length}   `
  out += `errors: ${errors}   warnings: ${warnings}\n\n`
  out += line('file', 'size')
  for (const [path, size] of rows) out += line(path, size)
  out += line('total', formatSize(total))
  out += `\n  done in ${Math.round(result.timings.total ?? 0)} ms\n`
  return out
}
