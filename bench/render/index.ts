// Render benchmarks: the initial render of a 1,000-row list, and setData on one row of a
// 10-row and a 10,000-row list, in mpsim and in three baselines measured in the same run.

import { measureAll, ratio, type Bench, type Result } from '../harness.ts'
import { printTable } from '../report.ts'
import { freshGlobalPage, freshPage, type Page } from './dom.ts'
import { engines, hand, glassEasel, makeList, mpsim, type Engine, type Mounted } from './engines.ts'

const INITIAL_ROWS = 1000
const SMALL = 10
const LARGE = 10_000

const newPage = (engine: Engine): Page => (engine.globalDom ? freshGlobalPage() : freshPage())

/** A check that the engine really rendered (or updated) synchronously before timing it. */
function expectText(page: Page, text: string, what: string): void {
  if (!page.document.body.textContent?.includes(text)) {
    throw new Error(`after ${what}, the document does not show "${text}"`)
  }
}

/** Initial render: each sample mounts the list on a fresh document. */
function initialBench(engine: Engine, rows: number): Bench<Page> {
  let mount: ((page: Page) => Mounted) | undefined
  let mounted: Mounted | undefined
  return {
    name: engine.name,
    before: async () => {
      const page = newPage(engine) // libraries that need a global document get one to load with
      mount = await engine.prepare(makeList(rows))
      const probe = mount(page)
      expectText(page, `name ${rows - 1}`, 'the initial render')
      probe.destroy()
      page.close()
    },
    setup: () => newPage(engine),
    run: (page) => void (mounted = mount!(page)),
    teardown: (page) => {
      mounted?.destroy()
      page.close()
    },
  }
}

/** One-row update: one mounted list per case; each sample sets the middle row's name. */
function updateBench(engine: Engine, rows: number): Bench {
  let page: Page | undefined
  let mounted: Mounted | undefined
  let count = 0
  const index = rows / 2
  return {
    name: `${engine.name}, ${rows.toLocaleString('en')} rows`,
    before: async () => {
      page = newPage(engine)
      const mount = await engine.prepare(makeList(rows))
      mounted = mount(page)
      mounted.setName(index, 'probe')
      expectText(page, 'probe', 'setData')
    },
    run: () => mounted!.setName(index, `x${count++}`),
    after: () => {
      mounted?.destroy()
      page?.close()
    },
    batch: true,
  }
}

async function runAll(benches: Bench<any>[]): Promise<Result[]> {
  process.stderr.write(`  render: ${benches.map((b) => b.name).join(', ')}…\n`)
  return measureAll(benches)
}

async function initialRender(): Promise<void> {
  const rows = await runAll(engines.map((e) => initialBench(e, INITIAL_ROWS)))
  const byName = (e: Engine) => rows.find((r) => r.name === e.name)
  printTable({
    title: `Render: initial render of a ${INITIAL_ROWS.toLocaleString('en')}-row list (fresh jsdom document per sample)`,
    rows,
    ratios: [{ label: '× hand', baseline: () => byName(hand) }],
    targets: [
      {
        label: 'mpsim initial render ≤ 1.5× hand-written',
        value: ratio(byName(mpsim), byName(hand)),
        pass: (v) => v <= 1.5,
      },
    ],
  })
}

async function oneRowUpdate(): Promise<void> {
  const cases = engines.flatMap((e) => [updateBench(e, SMALL), updateBench(e, LARGE)])
  const measured = await runAll(cases)
  const results = new Map<Engine, { small: Result; large: Result }>()
  engines.forEach((e, i) =>
    results.set(e, { small: measured[2 * i]!, large: measured[2 * i + 1]! }),
  )
  const rows = [...results.values()].flatMap((r) => [r.small, r.large])
  const pairOf = (row: Result) =>
    [...results.values()].find((r) => r.small === row || r.large === row)
  const handPair = results.get(hand)!
  const mp = results.get(mpsim)!
  printTable({
    title: `Render: setData on one row ('list[n/2].name') of a ${SMALL}- and a ${LARGE.toLocaleString('en')}-row list`,
    rows,
    ratios: [
      {
        label: '× hand (same size)',
        baseline: (row) => (pairOf(row)?.small === row ? handPair.small : handPair.large),
      },
      {
        label: `× own ${SMALL} rows`,
        baseline: (row) => (pairOf(row)?.large === row ? pairOf(row)?.small : undefined),
      },
    ],
    targets: [
      {
        label: `mpsim ${LARGE.toLocaleString('en')} rows ≤ 2× mpsim ${SMALL} rows`,
        value: ratio(mp.large, mp.small),
        pass: (v) => v <= 2,
      },
      {
        label: `mpsim ${LARGE.toLocaleString('en')} rows ≥ 50× faster than glass-easel`,
        value: ratio(results.get(glassEasel)!.large, mp.large),
        pass: (v) => v >= 50,
        format: (v) => `${v.toFixed(1)}× faster`,
      },
    ],
  })
}

export async function renderBenchmarks(): Promise<void> {
  await initialRender()
  await oneRowUpdate()
}
