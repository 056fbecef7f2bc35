// mpsim engine for component cases: the case is written out as a project (page + components,
// each with its .json) and run by `launch()` — compiler, view and logic runtime, the bridge
// between them — in single-thread mode (logic in this thread; set MPSIM_DIFF_MODE=worker for a
// worker). Actions go through the headless API as a test would: `setData` and method calls run
// in logic, a tap is a click on the view's DOM.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Element, launch, type MiniProgram, type Page } from '../../../../index.ts'
import { customTagsOf, LOG_LINE, serialiseComponentDom } from '../normalise.ts'
import type { ComponentCase, ComponentEngine, ComponentRun, Step } from '../types.ts'

const PAGE = 'pages/index/index'
const LOG = `function log(...args) { getApp().globalData.log.push((${LOG_LINE})(args)) }\n`

function projectFiles(c: ComponentCase): Record<string, string> {
  const using = (u: Record<string, string> = {}) =>
    Object.fromEntries(Object.entries(u).map(([tag, path]) => [tag, `/${path}`]))
  const files: Record<string, string> = {
    'app.json': JSON.stringify({ pages: [PAGE] }),
    'app.js': 'App({ globalData: { log: [] } })',
  }
  const add = (path: string, src: ComponentCase['page'], component: boolean) => {
    files[`${path}.wxml`] = src.wxml
    files[`${path}.js`] = LOG + src.js
    files[`${path}.json`] = JSON.stringify({
      ...(component ? { component: true } : {}),
      usingComponents: using(src.using),
    })
  }
  add(PAGE, c.page, false)
  for (const [path, src] of Object.entries(c.components)) add(path, src, true)
  return files
}

async function writeProject(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
}

const TAKE_LOG = 'function () { const l = getApp().globalData.log; return l.splice(0, l.length) }'

/** Runs in logic: the page, then `selectComponent` along the path. */
const REACH = `const page = getCurrentPages()[0]
  let target = page
  for (const s of on) {
    target = target.selectComponent(s)
    if (!target) throw new Error('selectComponent(' + s + ') found nothing')
  }`

async function act(mp: MiniProgram, page: Page, step: Step): Promise<void> {
  if ('tap' in step) {
    let node: globalThis.Element | null = page.pageView()!.document.querySelector('page')
    for (const s of step.tap) node = node?.querySelector(s) ?? null
    if (!node) throw new Error(`tap: ${step.tap.join(' ')} not found`)
    return new Element(page, node).tap()
  }
  const code =
    'setData' in step
      ? `function (on, patch) { ${REACH}
        return new Promise((resolve) => target.setData(patch, () => resolve(undefined))) }`
      : `function (on, method, args) { ${REACH}
        target[method](...args) }`
  const args =
    'setData' in step ? [step.on ?? [], step.setData] : [step.on, step.call, step.args ?? []]
  await mp.evaluate(code, ...args)
  await mp.settle()
}

async function run(c: ComponentCase): Promise<ComponentRun> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-diff-components-'))
  let mp: MiniProgram | undefined
  try {
    await writeProject(dir, projectFiles(c))
    const mode = process.env['MPSIM_DIFF_MODE'] === 'worker' ? 'worker' : 'single-thread'
    mp = await launch({ project: dir, mode })
    const page = (await mp.currentPage())!
    const tags = customTagsOf(c)
    const snap = async () => {
      await mp!.settle()
      const root = page.pageView()!.document.querySelector('page')!
      const log = (await mp!.evaluate(TAKE_LOG)) as string[]
      return { tree: serialiseComponentDom(root, tags, true), log }
    }
    const steps = [await snap()]
    for (const step of c.steps ?? []) {
      await act(mp, page, step)
      steps.push(await snap())
    }
    const errors = [
      ...mp.errors.map((e) => `${e.where}: ${e.message}`),
      ...mp.logs
        .filter((l) => l.level === 'error' || l.level === 'warn')
        .map((l) => l.args.join(' ')),
    ]
    return { steps, reportsHidden: true, reportsId: true, errors }
  } finally {
    await mp?.close()
    await rm(dir, { recursive: true, force: true })
  }
}

export const mpsimComponentEngine: ComponentEngine = { name: 'mpsim', run }
