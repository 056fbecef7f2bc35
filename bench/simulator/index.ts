// Simulator benchmarks (issue 6): the browser simulator in Chromium, timed inside the pages.
// (a) Opening the simulator's URL until its first page is rendered, over fresh page loads (a new
// browser context each: empty cache), the dev server warm; a stale runtime bundle's rebuild is the
// first load, reported apart. (b) A real mouse click on a todo item until the view's DOM shows
// the change, logic in the Worker (dual-thread) and, when the simulator page offers it, in the
// page (single-thread).
// Baseline for both: a static HTML page of the same list, served by the same server, with a
// plain DOM click handler (baseline.ts). Loads and taps alternate between cases.

import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { createDevServer, type DevServer } from '../../devserver/server/index.ts'
import { summarize, type Result, type Stats } from '../harness.ts'
import { formatMs, printTable, type Target } from '../report.ts'
import { BASELINE_FILE, baselineHtml } from './baseline.ts'
import { launchChromium } from './browser.ts'
import { loadBaseline, loadSimulator, type LoadSample, type SimulatorPhases } from './loads.ts'
import { baselineTaps, simulatorTaps, type TapSample, type TapTarget } from './taps.ts'

const LOADS = Number(process.env.BENCH_SIM_LOADS) || 12
const TAPS = 20
const WARM_TAPS = 3
const SINGLE_THREAD = '?mode=single-thread'

const stats = (name: string, samples: number[]): Stats => ({
  name,
  samples,
  batch: 1,
  ...summarize(samples),
})

const median = (r: Result | undefined) => (r && 'median' in r ? r.median : undefined)
const ms = (v: number) => formatMs(v)

/** The todo sample copied to a temp folder with the baseline page beside it (served at
 *  /__mpsim/project/, like the project's other files). */
async function projectWithBaseline(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-bench-sim-'))
  await cp(resolve(import.meta.dirname, '../../samples/todo'), dir, { recursive: true })
  await writeFile(join(dir, BASELINE_FILE), baselineHtml())
  return dir
}

export async function simulatorBenchmarks(): Promise<void> {
  const project = await projectWithBaseline()
  let server: DevServer | undefined
  let browser: Browser | undefined
  try {
    server = await createDevServer({ project, port: 0 })
    browser = await launchChromium()
    await loadTables(browser, server)
    await tapTables(browser, server)
  } finally {
    await browser?.close()
    await server?.close()
    await rm(project, { recursive: true, force: true })
  }
}

async function loadTables(browser: Browser, server: DevServer): Promise<void> {
  const baselineUrl = `${server.url}__mpsim/project/${BASELINE_FILE}`
  process.stderr.write(`  simulator: first load (may rebuild a stale runtime bundle)…\n`)
  const wall = performance.now()
  const cold = await loadSimulator(browser, server.url)
  const coldWall = performance.now() - wall
  // One more of each, not counted: the server's and the browser's first-time work is done.
  await loadSimulator(browser, server.url)
  await loadBaseline(browser, baselineUrl)
  process.stderr.write(`  simulator: ${LOADS} fresh loads of each page…\n`)
  const sim: LoadSample[] = []
  const base: LoadSample[] = []
  for (let i = 0; i < LOADS; i++) {
    sim.push(await loadSimulator(browser, server.url))
    base.push(await loadBaseline(browser, baselineUrl))
  }
  const rows = [
    stats(
      'simulator: host gets firstRender',
      sim.map((s) => s.firstRender!),
    ),
    stats(
      'simulator: list in the view DOM',
      sim.map((s) => s.domPresent),
    ),
    stats(
      'simulator: next frame after that',
      sim.map((s) => s.domFrame),
    ),
    stats(
      'simulator: view first contentful paint',
      sim.map((s) => s.firstContentfulPaint),
    ),
    stats(
      'static page: list in the DOM',
      base.map((s) => s.domPresent),
    ),
    stats(
      'static page: next frame after that',
      base.map((s) => s.domFrame),
    ),
    stats(
      'static page: first contentful paint',
      base.map((s) => s.firstContentfulPaint),
    ),
  ]
  const [firstRender, dom, frame, fcp, baseDom, baseFrame, baseFcp] = rows
  const pair: Record<string, Stats> = {
    [firstRender!.name]: baseDom!,
    [dom!.name]: baseDom!,
    [frame!.name]: baseFrame!,
    [fcp!.name]: baseFcp!,
  }
  const targets: Target[] = [
    {
      label: 'first render (host gets firstRender) ≤ 0.5 s',
      value: median(firstRender),
      pass: (v) => v <= 500,
      format: ms,
    },
    {
      label: 'first page in the view DOM ≤ 0.5 s',
      value: median(dom),
      pass: (v) => v <= 500,
      format: ms,
    },
  ]
  printTable({
    title: `Simulator: opening the URL → first page rendered (fresh context per load, ${LOADS} loads each, ms since navigation start)`,
    rows,
    ratios: [{ label: '× static', baseline: (row) => pair[row.name] }],
    targets,
    notes: [
      `first load after the server started (a stale runtime bundle is rebuilt on request): firstRender at ${ms(cold.firstRender!)}, list in the view DOM at ${ms(cold.domPresent)} (${ms(coldWall)} wall, Playwright included)`,
      'the static page is the todo list as plain HTML (same server, same way of loading); × static compares with its row of the same kind (firstRender with its list in the DOM)',
    ],
  })
  printLoadPhases(sim)
}

/** When a load reached each step (probe.ts). The page starts the package, the logic worker
 *  and the first view frame at once, so the steps overlap: they are milestones, not spans. */
function printLoadPhases(sim: LoadSample[]): void {
  const steps: [string, (s: LoadSample, p: SimulatorPhases) => number][] = [
    ['simulator page script runs (HTML + main bundle)', (_, p) => p.pageModulesRun],
    ['view frame requested (started early, hidden)', (_, p) => p.frameOpened],
    ['package fetched (build files)', (_, p) => p.packageFetched],
    ['logic ready (Worker loaded and started)', (_, p) => p.logicReady],
    ['view frame runtime ran (its DOMContentLoaded)', (_, p) => p.frameModulesRun],
    ['first page created (host sends pageCreate)', (_, p) => p.pageCreate],
    ['page data from logic (pageData; the host mounts it)', (_, p) => p.pageData],
    ['list in the view DOM', (s) => s.domPresent],
    ['host gets firstRender', (s) => s.firstRender!],
  ]
  const rows = steps.map(([name, at]) =>
    stats(
      name,
      sim.map((s) => at(s, s.phases!)),
    ),
  )
  const counts = (f: (p: SimulatorPhases) => number) =>
    summarize(sim.map((s) => f(s.phases!))).median
  printTable({
    title:
      'Simulator: when a load reached each step (ms since navigation start, medians; the steps overlap)',
    rows,
    notes: [
      "the view's times are moved onto the page's clock by a ping (error ≤ half its round trip); the list can show before the host hears firstRender (the view posts it inside its render task)",
      `requests per load (median): ${counts((p) => p.pageRequests)} by the simulator page and its logic Worker, ${counts((p) => p.frameRequests)} by the view frame`,
    ],
  })
}

async function tapTables(browser: Browser, server: DevServer): Promise<void> {
  const baselineUrl = `${server.url}__mpsim/project/${BASELINE_FILE}`
  const cases: { name: string; target: TapTarget }[] = []
  const notes: string[] = []
  try {
    cases.push({
      name: 'simulator, dual-thread (logic in Worker)',
      target: await simulatorTaps(browser, server.url),
    })
    const single = await simulatorTaps(browser, server.url + SINGLE_THREAD)
    const mode = await single.mode()
    if (mode === 'single-thread')
      cases.push({ name: 'simulator, single-thread (logic in page)', target: single })
    else {
      notes.push(
        `single-thread: not measured: the simulator page ignores ${SINGLE_THREAD} (its host ran in mode "${mode}")`,
      )
      await single.close()
    }
    cases.push({
      name: 'static page, DOM click handler',
      target: await baselineTaps(browser, baselineUrl),
    })
    process.stderr.write(`  simulator: ${TAPS} taps in each of ${cases.length} pages…\n`)
    const samples = cases.map(() => [] as TapSample[])
    for (let i = 0; i < WARM_TAPS + TAPS; i++)
      for (const [k, c] of cases.entries()) {
        const sample = await c.target.tap()
        if (i >= WARM_TAPS) samples[k]!.push(sample)
      }
    printTapTables(
      cases.map((c) => c.name),
      samples,
      notes,
    )
    for (const [k, c] of cases.entries())
      if (samples[k]!.some((s) => s.steps)) printTapSteps(c.name, samples[k]!)
  } finally {
    for (const c of cases) await c.target.close()
  }
}

/** The messages the host passed during a tap (its bridge record), when each was handed on. */
function printTapSteps(name: string, samples: TapSample[]): void {
  const at = new Map<string, { handed: number[] }>()
  for (const sample of samples)
    for (const step of sample.steps ?? []) {
      const times = at.get(step.label) ?? { handed: [] }
      times.handed.push(step.receivedAt)
      at.set(step.label, times)
    }
  const rows = [
    ...[...at].map(([label, t]) => stats(label, t.handed)),
    stats(
      'view DOM shows the change',
      samples.map((s) => s.updated),
    ),
  ].sort((a, b) => a.median - b.median)
  printTable({
    title: `Simulator: where a tap spends its time, ${name} (ms after the click, when the host handed each message on)`,
    rows,
    notes: [
      "from the host's bridge record (the host hands a message on within ~0.1 ms of getting it); the click and the view's update are moved onto the host's clock by a ping (error ≤ half its round trip)",
    ],
  })
}

function printTapTables(names: string[], samples: TapSample[][], notes: string[]): void {
  const updated = names.map((n, k) =>
    stats(
      n,
      samples[k]!.map((s) => s.updated),
    ),
  )
  const framed = names.map((n, k) =>
    stats(
      n,
      samples[k]!.map((s) => s.frame),
    ),
  )
  const base = (rows: Stats[]) => rows.at(-1)!
  printTable({
    title: `Simulator: tap → updated DOM in the view (mouse click on an item, ${TAPS} taps each, click timeStamp → MutationObserver)`,
    rows: updated,
    ratios: [{ label: '× static', baseline: () => base(updated) }],
    extra: [
      {
        label: 'minus static',
        cell: (row) => ('median' in row ? ms(row.median - base(updated).median) : ''),
      },
    ],
    targets: updated.slice(0, -1).map((row) => ({
      label: `${row.name} < 16 ms`,
      value: row.median,
      pass: (v: number) => v < 16,
      format: ms,
    })),
    notes,
  })
  printTable({
    title:
      'Simulator: tap → the next animation frame after the update (the frame that can show it)',
    rows: framed,
    ratios: [{ label: '× static', baseline: () => base(framed) }],
  })
}
