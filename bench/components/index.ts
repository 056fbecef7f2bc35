// Components benchmarks: a page of 500 instances of a small component (a `view` with two `text`s
// bound to its properties `a` and `b`), created and attached, then one property of one instance
// updated through the parent's setData and through the instance's own setData. Hand-written DOM,
// glass-easel and j-component run in this thread on jsdom; mpsim runs as a launched app, in
// dual-thread mode (logic in a worker, the bridge and its record included) and single-thread.

import { measureAll, ratio, type AnyBench, type Bench, type Result } from '../harness.ts'
import { printTable, type RatioColumn, type Target } from '../report.ts'
import { freshGlobalPage, freshPage, type Page } from '../render/dom.ts'
import { engines, glassEasel, jComponent, makeItems, type Engine, type Mounted } from './engines.ts'
import { mpsimApp, type MpsimApp } from './mpsim.ts'

const N = 500
/** The instance whose property changes. */
const INDEX = N / 2

const newPage = (engine: Engine): Page => (engine.globalDom ? freshGlobalPage() : freshPage())

function expectText(page: Page, text: string, what: string): void {
  if (!page.document.body.textContent?.includes(text))
    throw new Error(`after ${what}, the document does not show "${text}"`)
}

/** Each sample mounts the page on a fresh document (not timed) and attaches it. */
function createBench(engine: Engine): Bench<Page> {
  let mount: ((page: Page) => Mounted) | undefined
  let mounted: Mounted | undefined
  return {
    name: engine.name,
    before: () => {
      const page = newPage(engine)
      mount = engine.prepare(makeItems(N))
      const probe = mount(page)
      expectText(page, `b${N - 1}`, 'creating the page')
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

/** One mounted page per case; each run sets a new value and the DOM shows it synchronously. */
function updateBench(engine: Engine, target: 'parent' | 'child'): Bench {
  let page: Page | undefined
  let mounted: Mounted | undefined
  let count = 0
  const set = (value: string) =>
    target === 'parent' ? mounted!.setParent(INDEX, value) : mounted!.setChild(INDEX, value)
  return {
    name: engine.name,
    before: () => {
      page = newPage(engine)
      mounted = engine.prepare(makeItems(N))(page)
      set('probe')
      expectText(page, 'probe', `the ${target}'s setData`)
    },
    run: () => set(`x${count++}`),
    after: () => {
      mounted?.destroy()
      page?.close()
    },
    batch: true,
  }
}

const ratios = (rows: Result[]): RatioColumn[] => [
  { label: '× glass-easel', baseline: () => rows.find((r) => r.name === glassEasel.name) },
  { label: '× j-component', baseline: () => rows.find((r) => r.name === jComponent.name) },
]

async function run(group: string, benches: AnyBench[]): Promise<Result[]> {
  process.stderr.write(`  components: ${group}: ${benches.map((b) => b.name).join(', ')}…\n`)
  return measureAll(benches)
}

async function creation(dual: MpsimApp, single: MpsimApp): Promise<void> {
  const results = await run('create', [...engines.map(createBench), dual.create, single.create])
  const rows = [...results, dual.createdAll(results.at(-2)!), single.createdAll(results.at(-1)!)]
  const ge = rows.find((r) => r.name === glassEasel.name)
  const target = (row: Result): Target => ({
    label: `${row.name} ≤ glass-easel`,
    value: ratio(row, ge),
    pass: (v) => v <= 1,
  })
  printTable({
    title: `Components: create ${N} instances of a small component and attach them`,
    rows,
    ratios: ratios(rows),
    targets: [target(results.at(-2)!), target(rows.at(-2)!)],
    notes: [
      'hand-written DOM, glass-easel, j-component: mount on a fresh jsdom document (its creation not timed), attached to <body>',
      "mpsim: navigateTo from a home page, timed in the host: the view opened (on the host's spare jsdom document, made after the previous first render), logic creates the page (its data), the view renders the page and 500 instances",
      '  "→ first render": until the route got the view\'s firstRender; "→ logic instances attached": until logic also created the 500 instances and ran their lifetimes (an evaluate answered after it)',
      'mpsim rows with "logic instances attached" are taken from the same navigations as the "first render" rows',
    ],
  })
  printTable({
    title: 'Components: where an mpsim navigation to the 500-instance page spends its time',
    rows: [...dual.phases(), ...single.phases()],
    notes: [
      "medians of each phase over every navigation above (warm-up included), host clock, split at the bridge record's messages",
      'in dual-thread mode logic works in its worker while the host thread waits (or renders)',
    ],
  })
}

async function update(dual: MpsimApp, single: MpsimApp, target: 'parent' | 'child') {
  const mpsim =
    target === 'parent'
      ? [dual.parentUpdate, single.parentUpdate]
      : [dual.childUpdate, single.childUpdate]
  const rows = await run(`${target} update`, [
    ...engines.map((e) => updateBench(e, target)),
    ...mpsim,
  ])
  const dualRow = rows.at(-2)
  const ge = rows.find((r) => r.name === glassEasel.name)
  const jc = rows.find((r) => r.name === jComponent.name)
  const targets: Target[] =
    target === 'child'
      ? []
      : [
          {
            label: 'mpsim dual-thread ≥ 10× faster than j-component',
            value: ratio(jc, dualRow),
            pass: (v) => v >= 10,
            format: (v) => `${v.toFixed(1)}× faster`,
          },
          {
            label: 'mpsim dual-thread ≤ 2× glass-easel',
            value: ratio(dualRow, ge),
            pass: (v) => v <= 2,
          },
        ]
  const patch = target === 'parent' ? `'list[${INDEX}].a'` : `{ b } on #c${INDEX}`
  printTable({
    title: `Components: one property of one of ${N} instances, through the ${target === 'parent' ? "parent's" : "child's own"} setData (${patch})`,
    rows,
    ratios: ratios(rows),
    targets,
    notes: [
      'in-process engines: setData returns with the DOM updated (a new value each run; checked once before timing)',
      'mpsim: timed inside the logic thread, setData(patch, callback) until the callback: logic → host → view (DOM updated) → setDataDone → host → logic, i.e. the bridge round trip included',
    ],
  })
}

export async function componentBenchmarks(): Promise<void> {
  const dual = mpsimApp('worker', N, INDEX)
  const single = mpsimApp('single-thread', N, INDEX)
  try {
    process.stderr.write('  components: launching…\n')
    await dual.start()
    await single.start()
    await creation(dual, single)
    await update(dual, single, 'parent')
    await update(dual, single, 'child')
  } finally {
    await dual.close()
    await single.close()
  }
}
