// `mpsim bench load`: packs a project, serves it from a loopback CDN with a network profile,
// and runs every loading strategy (strategies.ts) in rounds, so a burst of load on this shared
// machine hits them alike. Answers every sample and the medians per phase.

import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { buildProject } from '../../compiler/index.ts'
import { launch } from '../../index.ts'
import { startCdn } from '../../packages/cdn.ts'
import { packBuild, writePack } from '../../packages/pack.ts'
import { summarize } from '../harness.ts'
import { strategies, type LoadContext, type Sample } from './strategies.ts'

export interface LoadBenchOptions {
  project: string
  /** A network profile spec (default `4g`). */
  network?: string
  /** Runs of each strategy (default 5). */
  runs?: number
  progress?(line: string): void
}

export interface StrategyResult {
  strategy: string
  kind: 'launch' | 'navigation'
  samples: Sample[]
  /** Median time to first render (ms). */
  firstRender: number
  p95: number
  /** Median of each phase (ms). */
  phases: Record<string, number>
}

export interface LoadBenchResult {
  project: string
  network: string
  runs: number
  packages: Array<{ name: string; size: number }>
  results: StrategyResult[]
}

export async function runLoadBench(options: LoadBenchOptions): Promise<LoadBenchResult> {
  const network = options.network ?? '4g'
  const runs = options.runs ?? 5
  const say = options.progress ?? (() => {})
  await generateIfNeeded(options.project)
  const work = await mkdtemp(join(tmpdir(), 'mpsim-bench-load-'))
  try {
    const build = join(work, 'build')
    const result = await buildProject(options.project, { outDir: build })
    const errors = result.errors.filter((e) => e.severity !== 'warning')
    if (errors.length) throw new Error(`${options.project} does not compile: ${errors[0]!.message}`)
    const packed = await packBuild(build)
    await writePack(join(work, 'cdn'), packed)
    const packages = packed.manifest.packages.map(({ name, size }) => ({ name, size }))
    say(`packages: ${packages.map((p) => `${p.name} ${(p.size / 1024).toFixed(0)} KB`).join(', ')}`)
    const cdn = await startCdn({ root: join(work, 'cdn'), network })
    try {
      const ctx = await context(options.project, cdn.url, join(work, 'warm-cache'))
      const list = strategies(ctx)
      const samples = new Map(list.map((s) => [s.name, [] as Sample[]]))
      for (let round = 1; round <= runs; round++) {
        for (const strategy of list) {
          const sample = await strategy.run(ctx)
          samples.get(strategy.name)!.push(sample)
          say(`round ${round}/${runs} ${strategy.name}: ${sample.firstRender.toFixed(0)} ms`)
        }
      }
      const results = list.map((s) => summarise(s.name, s.kind, samples.get(s.name)!))
      return { project: options.project, network, runs, packages, results }
    } finally {
      await cdn.close()
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** A sample whose files are generated (samples/loading) is generated before its first use. */
async function generateIfNeeded(project: string): Promise<void> {
  if (existsSync(join(project, 'app.json')) || !existsSync(join(project, 'generate.mjs'))) return
  const run = spawnSync(process.execPath, [join(project, 'generate.mjs'), project], {
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`${project}/generate.mjs failed: ${run.stderr}`)
}

async function context(project: string, cdn: string, warmCache: string): Promise<LoadContext> {
  const appId = 'wx-bench-load'
  // a cold launch fills the cache the hot strategies start from
  await (await launch({ cdn, appId, load: 'cold', cacheDir: warmCache })).close()
  const app = JSON.parse(await readFile(join(project, 'app.json'), 'utf8')) as AppJson
  const mainPage = app.pages[1] ?? app.pages[0]!
  return { cdn, appId, warmCache, mainPage: `/${mainPage}`, subpackage: preloaded(app) }
}

interface AppJson {
  pages: string[]
  subpackages?: Array<{ root: string; name?: string; pages: string[] }>
  preloadRule?: Record<string, { network?: string; packages: string[] }>
}

/** The first subpackage the entry page's preloadRule preloads, and on which network. */
function preloaded(app: AppJson): LoadContext['subpackage'] {
  const rule = app.preloadRule?.[app.pages[0]!]
  const sub = app.subpackages?.find(
    (s) => rule?.packages.includes(s.root) || (s.name && rule?.packages.includes(s.name)),
  )
  if (!rule || !sub) return undefined
  const wifiOnly = (rule.network ?? 'wifi') === 'wifi'
  return {
    page: `/${sub.root}/${sub.pages[0]}`,
    preloadNetwork: 'wifi',
    // on-demand: a network the rule leaves out (any network preloads a rule of "all")
    otherNetwork: wifiOnly ? '4g' : 'none',
  }
}

function summarise(
  strategy: string,
  kind: StrategyResult['kind'],
  samples: Sample[],
): StrategyResult {
  const { median, p95 } = summarize(samples.map((s) => s.firstRender))
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.phases)))]
  const phases: Record<string, number> = {}
  for (const name of names) phases[name] = summarize(samples.map((s) => s.phases[name] ?? 0)).median
  return { strategy, kind, samples, firstRender: median, p95, phases }
}
