// The loading strategies `mpsim bench load` compares, each one run of which gives the time to
// the first render it is about and that time's phases (host.timeline). Launches: cold (every
// package downloaded) and hot (from the package cache). Navigations inside a running app: to a
// main-package page with and without a preloaded webview, and into a subpackage downloaded on
// demand by the route or ahead by preloadRule.

import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch } from '../../index.ts'
import type { MiniProgram } from '../../headless/index.ts'
import type { PhaseMark } from '../../runtime/host/timeline.ts'

export interface LoadContext {
  cdn: string
  appId: string
  /** A cache folder that already holds the app's current version (for hot launches). */
  warmCache: string
  /** A main-package page to navigate to (not the entry page). */
  mainPage: string
  /** A subpackage page and the network type on which preloadRule preloads its package. */
  subpackage?: { page: string; preloadNetwork: string; otherNetwork: string }
}

export interface Sample {
  strategy: string
  /** Launch start (or route start) to first render, ms. */
  firstRender: number
  phases: Record<string, number>
  marks: PhaseMark[]
}

export interface Strategy {
  name: string
  kind: 'launch' | 'navigation'
  run(ctx: LoadContext): Promise<Sample>
}

const freshCache = () => mkdtemp(join(tmpdir(), 'mpsim-bench-cache-'))

function launchStrategy(name: string, load: 'cold' | 'hot'): Strategy {
  return {
    name,
    kind: 'launch',
    async run(ctx) {
      const cacheDir = load === 'hot' ? ctx.warmCache : await freshCache()
      // on 4g, as the CDN's profile: a wifi-only preloadRule stays out of the launch's phases
      const mp = await launch({ cdn: ctx.cdn, appId: ctx.appId, load, cacheDir, networkType: '4g' })
      try {
        const timeline = mp.host.timeline
        const [summary] = timeline.summaries()
        if (summary?.firstRender === undefined) throw new Error(`${name}: no first render`)
        const marks = timeline.marks.filter((m) => m.launch === summary.launch)
        return { strategy: name, firstRender: summary.firstRender, phases: summary.phases, marks }
      } finally {
        await mp.close()
      }
    },
  }
}

/** Launches (not timed), then times a navigateTo to `page(ctx)` from route start to render. */
function navigationStrategy(
  name: string,
  page: (ctx: LoadContext) => string,
  options: (ctx: LoadContext) => Record<string, unknown>,
  fresh: boolean,
): Strategy {
  return {
    name,
    kind: 'navigation',
    async run(ctx) {
      const cacheDir = fresh ? await freshCache() : ctx.warmCache
      const mp = await launch({
        cdn: ctx.cdn,
        appId: ctx.appId,
        load: fresh ? 'cold' : 'hot',
        cacheDir,
        networkType: '4g',
        ...options(ctx),
      })
      try {
        // what the client does in the idle time after a launch (a spare view, preloads)
        await mp.host.settle()
        await new Promise((done) => setTimeout(done, 50))
        return await timeNavigation(mp, name, page(ctx))
      } finally {
        await mp.close()
      }
    },
  }
}

async function timeNavigation(mp: MiniProgram, name: string, url: string): Promise<Sample> {
  await mp.navigateTo(url)
  const nav = mp.navigationTimings().at(-1)
  if (!nav?.firstRender || nav.toFirstRender === null) throw new Error(`${name}: no first render`)
  const { start, firstRender } = nav
  const marks = mp.host.timeline.marks.filter(
    (m) =>
      m.webviewId === nav.webviewId ||
      (m.webviewId === undefined && m.start >= start && m.end <= firstRender),
  )
  const phases: Record<string, number> = {}
  for (const m of marks) phases[m.phase] = (phases[m.phase] ?? 0) + (m.end - m.start)
  return { strategy: name, firstRender: nav.toFirstRender, phases, marks }
}

export function strategies(ctx: LoadContext): Strategy[] {
  const list = [
    launchStrategy('cold launch', 'cold'),
    launchStrategy('hot launch', 'hot'),
    navigationStrategy(
      'navigate, new webview',
      (c) => c.mainPage,
      () => ({ preloadWebview: false }),
      false,
    ),
    navigationStrategy(
      'navigate, preloaded webview',
      (c) => c.mainPage,
      () => ({ preloadWebview: true }),
      false,
    ),
  ]
  if (ctx.subpackage)
    list.push(
      navigationStrategy(
        'subpackage, on demand',
        (c) => c.subpackage!.page,
        (c) => ({ networkType: c.subpackage!.otherNetwork }),
        true,
      ),
      navigationStrategy(
        'subpackage, preloaded',
        (c) => c.subpackage!.page,
        (c) => ({ networkType: c.subpackage!.preloadNetwork }),
        true,
      ),
    )
  return list
}
