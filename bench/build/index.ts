// Build benchmark: wall time and peak memory of `node bin/mpsim.js build <app> --out <dir>` on a
// generated 3-page and 250-page app, next to the cost of starting node at all.

import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'
import { defaultOptions, isStats, measureAll, type Bench, type Result } from '../harness.ts'
import { formatMs, printTable } from '../report.ts'
import { generateApp, LARGE_APP, SMALL_APP, type AppShape } from './generate.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const TIME = '/usr/bin/time'
const RSS_HOOK = fileURLToPath(new URL('./report-rss.mjs', import.meta.url))
const RSS_LINE = /Maximum resident set size \(kbytes\): (\d+)|mpsim-bench-maxrss-kb: (\d+)/

/** Runs `node <args>` in the repo; returns its peak RSS in KiB. Throws when it fails. */
function runNode(args: string[]): number {
  const useTime = existsSync(TIME)
  const [cmd, argv] = useTime
    ? [TIME, ['-v', process.execPath, ...args]]
    : [process.execPath, ['--import', RSS_HOOK, ...args]]
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })
  if (r.status !== 0) {
    const own = r.stderr.split('\tCommand being timed:')[0]! // drop /usr/bin/time's report
    const tail = `${r.stdout}\n${own}`.trim().split('\n').slice(-6).join(' | ')
    throw new Error(`node ${args.join(' ')} exited with ${r.status ?? r.signal}: ${tail}`)
  }
  const m = RSS_LINE.exec(r.stderr)
  return m ? Number(m[1] ?? m[2]) : NaN
}

/** A bench that spawns node each run and keeps the peak RSS of every run. */
function nodeBench(name: string, args: () => string[], rss: Map<string, number[]>): Bench {
  const peaks: number[] = []
  rss.set(name, peaks)
  return { name, run: () => void peaks.push(runNode(args())) }
}

function buildBench(
  name: string,
  shape: AppShape,
  rss: Map<string, number[]>,
  notes: string[],
): Bench {
  const dir = mkdtempSync(join(tmpdir(), 'mpsim-bench-app-'))
  const out = mkdtempSync(join(tmpdir(), 'mpsim-bench-out-'))
  const bench = nodeBench(name, () => ['bin/mpsim.js', 'build', dir, '--out', out], rss)
  return {
    ...bench,
    before: () => {
      const counts = generateApp(dir, shape)
      notes.push(
        `${name}: ${Object.entries(counts)
          .map(([k, n]) => `${n} .${k}`)
          .join(', ')}`,
      )
    },
    after: () => {
      if (readdirSync(out).length) notes.push(`${name} output: ${describeDir(out)}`)
      rmSync(dir, { recursive: true, force: true })
      rmSync(out, { recursive: true, force: true })
    },
  }
}

function describeDir(dir: string): string {
  let files = 0
  let bytes = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += statSync(join(entry.parentPath, entry.name)).size
  }
  return `${files} files, ${(bytes / 1024).toFixed(0)} KiB`
}

const peakMb = (rss: Map<string, number[]>, name: string) =>
  Math.max(...(rss.get(name) ?? []).filter(Number.isFinite)) / 1024

export async function buildBenchmarks(): Promise<void> {
  const rss = new Map<string, number[]>()
  const notes: string[] = []
  const benches = [
    nodeBench('node (empty script)', () => ['-e', ''], rss),
    buildBench('mpsim build, 3-page app', SMALL_APP, rss, notes),
    buildBench('mpsim build, 250-page app', LARGE_APP, rss, notes),
  ]
  const options = { ...defaultOptions, budgetMs: defaultOptions.budgetMs * 2, minSamples: 3 }
  process.stderr.write(`  build: ${benches.map((b) => b.name).join(', ')}…\n`)
  const rows = await measureAll(benches, options)
  const [node, small, large] = rows
  printTable({
    title: 'Build: `node bin/mpsim.js build <app> --out <dir>`, wall time and peak RSS per run',
    rows,
    ratios: [{ label: '× node startup', baseline: () => node }],
    extra: [
      { label: 'peak RSS', cell: (row) => `${peakMb(rss, row.name).toFixed(0)} MB` },
      { label: 'minus node startup', cell: (row) => minus(row, node) },
    ],
    targets: [
      { label: '3-page app ≤ 0.3 s', value: ms(small), pass: (v) => v <= 300, format: formatMs },
      { label: '250-page app ≤ 3 s', value: ms(large), pass: (v) => v <= 3000, format: formatMs },
      {
        label: '250-page app peak RSS ≤ 500 MB',
        value: large && isStats(large) ? peakMb(rss, large.name) : undefined,
        pass: (v) => v <= 500,
        format: (v) => `${v.toFixed(0)} MB`,
      },
    ],
    notes: [
      ...notes,
      existsSync(TIME) ? 'peak RSS from /usr/bin/time -v' : 'peak RSS from process.resourceUsage()',
    ],
  })
}

/** What a run costs beyond starting node (loading the CLI bundle and building). */
function minus(row: Result, base: Result | undefined): string {
  if (!isStats(row) || !base || !isStats(base) || row === base || row.name.startsWith('node'))
    return ''
  return formatMs(row.median - base.median)
}

const ms = (r: Result | undefined) => (r && isStats(r) ? r.median : undefined)
