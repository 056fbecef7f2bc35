// mpsim in the components benchmark: the same page as a real app (a home page, and a page of N
// `item` components), launched headless in dual-thread (worker) or single-thread mode, with the
// bridge and its record as by default. Creation is a navigation from the home page; updates are
// setData calls timed inside the logic thread until their callback, i.e. until the view applied
// the patch to the DOM and its acknowledgement came back.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { launch, type MiniProgram } from '../../index.ts'
import type { RecordEntry } from '../../bridge/index.ts'
import { summarize, type Result, type TimedBench } from '../harness.ts'
import { ITEM_WXML, PAGE_WXML } from './engines.ts'

export type Mode = 'worker' | 'single-thread'

export function projectFiles(n: number): Record<string, string> {
  const list = `Array.from({ length: ${n} }, (_, id) => ({ id, a: 'a' + id, b: 'b' + id }))`
  return {
    'app.json': JSON.stringify({ pages: ['pages/home/home', 'pages/list/list'] }),
    'app.js': 'App({})\n',
    'pages/home/home.wxml': '<view>home</view>\n',
    'pages/home/home.js': 'Page({})\n',
    'pages/list/list.json': JSON.stringify({ usingComponents: { item: '/components/item/item' } }),
    'pages/list/list.wxml': PAGE_WXML + '\n',
    'pages/list/list.js': `Page({ data: { list: ${list} } })\n`,
    'components/item/item.json': JSON.stringify({ component: true }),
    'components/item/item.wxml': ITEM_WXML + '\n',
    'components/item/item.js': 'Component({ properties: { a: String, b: String } })\n',
  }
}

/** Runs in logic: `count` setData calls one after another on the page or on instance `#c<i>`,
 *  each timed until its callback; ms of each. */
const UPDATE_LOOP = `async function (count, start, target, index) {
  const page = getCurrentPages().at(-1)
  const child = page.selectComponent('#c' + index)
  const times = []
  for (let i = 0; i < count; i++) {
    const value = 'x' + (start + i)
    const t0 = performance.now()
    await new Promise((resolve) =>
      target === 'parent'
        ? page.setData({ ['list[' + index + '].a']: value }, resolve)
        : child.setData({ b: value }, resolve),
    )
    times.push(performance.now() - t0)
  }
  return times
}`

/** Trips per call of an update case (a few ms of work). */
const TRIPS = 20

export interface MpsimApp {
  mode: Mode
  /** Launched, the list page shown once and checked; not timed. */
  start(): Promise<void>
  /** Navigate from home to the list page until its first render; then back (not timed). */
  create: TimedBench
  /** The same navigations as `create`, until logic also created every instance and ran its
   *  lifetimes (a row of its own, built from those samples). */
  createdAll(rendered: Result): Result
  /** Where the navigations' time went, one row per phase (host clock, from the bridge record). */
  phases(): Result[]
  parentUpdate: TimedBench
  childUpdate: TimedBench
  close(): Promise<void>
}

export function mpsimApp(mode: Mode, n: number, index: number): MpsimApp {
  let dir: string | undefined
  let mp: MiniProgram | undefined
  let next = 0
  const allDone: number[] = []
  const phases: Phases = {}
  const label = mode === 'worker' ? 'mpsim dual-thread' : 'mpsim single-thread'
  const app = () => mp ?? fail('the app did not launch')

  /** One navigation; the first render's time, and the time until logic is done too. */
  async function navigate(): Promise<[number, number]> {
    const host = app().host
    host.record.clear()
    const t0 = performance.now()
    const result = await host.track(host.stack.navigateTo({ url: '/pages/list/list' }))
    const rendered = performance.now() - t0
    if (!result.errMsg.endsWith(':ok')) fail(result.errMsg)
    // logic handles messages in order: this answer comes after it handled `instances`
    await host.evaluate('0')
    const all = performance.now() - t0
    addPhases(phases, host.record.entries, t0, all)
    await app().navigateBack()
    return [rendered, all]
  }

  const updates = (target: 'parent' | 'child'): TimedBench => ({
    name: `${label}, ${target === 'parent' ? "parent's" : "child's own"} setData`,
    before: async () => void (await app().navigateTo('/pages/list/list')),
    timed: async () => {
      const times = (await app().evaluate(UPDATE_LOOP, TRIPS, next, target, index)) as number[]
      next += TRIPS
      app().record.clear()
      return times
    },
    after: async () => void (await app().navigateBack()),
  })

  return {
    mode,
    async start() {
      dir = await mkdtemp(join(tmpdir(), 'mpsim-bench-components-'))
      for (const [file, text] of Object.entries(projectFiles(n))) {
        await mkdir(dirname(join(dir, file)), { recursive: true })
        await writeFile(join(dir, file), text)
      }
      mp = await launch({ project: dir, mode })
      await check(mp, n, index)
    },
    create: {
      name: `${label}, navigate → first render`,
      timed: async () => {
        const [rendered, all] = await navigate()
        allDone.push(all)
        return [rendered]
      },
    },
    createdAll: (rendered) => {
      const name = `${label}, navigate → logic instances attached`
      if (!('samples' in rendered)) return { name, error: 'not measured (see the first render)' }
      // the same navigations as the first-render samples (the warm-up ones left out)
      const samples = allDone.slice(allDone.length - rendered.samples.length)
      return { name, samples, batch: 1, ...summarize(samples) }
    },
    phases: () =>
      Object.entries(phases).map(([phase, samples]) => ({
        name: `${label}: ${phase}`,
        samples,
        batch: 1,
        ...summarize(samples),
      })),
    parentUpdate: updates('parent'),
    childUpdate: updates('child'),
    async close() {
      await mp?.close()
      if (dir) await rm(dir, { recursive: true, force: true })
    },
  }
}

type Phases = Record<string, number[]>

/** Splits one navigation at the messages the host passed: each phase ends when the host got (or
 *  sent) the message that starts the next. */
function addPhases(phases: Phases, entries: readonly RecordEntry[], t0: number, end: number) {
  const at = (type: string, direction: string) =>
    entries.find((e) => e.type === type && e.direction === direction)?.sentAt
  const marks: [string, number | undefined][] = [
    ['host opens the view (jsdom document, view bundle)', at('pageCreate', 'host→logic')],
    ['logic creates the page, its data reaches the host', at('pageData', 'logic→host')],
    ['host sends the data to the view', at('mount', 'host→view')],
    ['view renders the page and instances, host gets firstRender', at('firstRender', 'view→host')],
    ['logic creates the instances, runs lifetimes (+ a probe)', end + t0],
  ]
  let from = t0
  for (const [name, mark] of marks) {
    if (mark === undefined) continue
    ;(phases[name] ??= []).push(mark - from)
    from = mark
  }
}

/** The list page shows every instance, and both updates reach the DOM before their callback. */
async function check(mp: MiniProgram, n: number, index: number): Promise<void> {
  await mp.navigateTo('/pages/list/list')
  const doc = () => mp.host.views.all().at(-1)!.document
  const text = () => doc().getElementById(`c${index}`)?.textContent ?? ''
  if (!doc().body.textContent?.includes(`b${n - 1}`)) fail('the list page misses the last item')
  await mp.evaluate(UPDATE_LOOP, 1, 0, 'parent', index)
  if (!text().includes('x0')) fail(`after the parent's setData, #c${index} shows "${text()}"`)
  await mp.evaluate(UPDATE_LOOP, 1, 1, 'child', index)
  if (!text().includes('x1')) fail(`after the child's setData, #c${index} shows "${text()}"`)
  if (mp.errors.length) fail(`errors: ${mp.errors.map((e) => e.message).join('; ')}`)
  await mp.navigateBack()
}

function fail(message: string): never {
  throw new Error(`mpsim components bench: ${message}`)
}
