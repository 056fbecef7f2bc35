// tdesign-miniprogram as a user meets it: every component rendered with its documented minimal
// props in pages of a project that has the library under miniprogram_npm, logic in a worker.
// No error may reach the app's error list or its log, and each component renders its root
// element (`.t-button`…), found through that component's own class scope.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MiniProgram, Page } from '../../index.ts'
import { CASE_DATA, TDESIGN_CASES, tagOf, type TdesignCase } from './tdesign-cases.ts'
import { launchTdesign, type TdesignApp } from './tdesign-project.ts'

const GROUPS = 4
const groups: TdesignCase[][] = Array.from({ length: GROUPS }, () => [])
TDESIGN_CASES.forEach((c, i) => groups[Math.floor((i * GROUPS) / TDESIGN_CASES.length)]!.push(c))
const using = Object.fromEntries(TDESIGN_CASES.map((c) => [tagOf(c.id), c.id]))
const route = (i: number) => `pages/p${i}/index`

let app: TdesignApp
let mp: MiniProgram

beforeAll(async () => {
  app = await launchTdesign(
    groups.map((cases, i) => ({
      route: route(i),
      wxml: cases.map((c) => `<view class="case">${c.wxml}</view>`).join('\n'),
      js: `Page({ data: ${JSON.stringify(CASE_DATA)} })`,
      using,
    })),
  )
  mp = app.mp
}, 120_000)
afterAll(async () => {
  await app?.close()
})

/** What mpsim cannot do yet, with what it makes the app report. The test expects exactly these,
 *  so it fails (and this list must shrink) the day one is fixed. */
const KNOWN_GAPS: Record<number, string[]> = {
  // watermark draws on `<canvas type="2d">` through SelectorQuery `fields({ node: true })`:
  // mpsim gives no Canvas node, so the component logs and draws nothing.
  3: ['logic console.error Canvas node not found'],
}

/** Problems the app reported: errors, and error-level log entries. */
function problems(from: number, fromLog: number): string[] {
  return [
    ...mp.errors.slice(from).map((e) => `${e.source} ${e.name}: ${e.message} ${e.where}`),
    ...mp.logs
      .slice(fromLog)
      .filter((l) => l.level === 'error')
      .map((l) => `${l.source} console.error ${l.args.map(String).join(' ')}`),
  ]
}

/** Case ids whose component did not render its root element. */
function missingRoots(page: Page, cases: TdesignCase[]): string[] {
  const view = page.pageView()?.view()
  if (!view) return ['no view']
  const instances = [...view.instances.values()]
  return cases.flatMap((c) => {
    if (!c.root) return []
    const mine = instances.filter((i) => i.def.id === `miniprogram_npm/tdesign-miniprogram/${c.id}`)
    const found = mine.some((i) => {
      const selector = c.root!.replace(
        /\.([\w-]+)/g,
        (_, n: string) => `.${i.mapClass(n).split(' ')[0]}`,
      )
      return i.querySelectorAll(selector).length > 0
    })
    return found ? [] : [`${c.id}: ${mine.length} instances, none with ${c.root}`]
  })
}

describe('tdesign-miniprogram: every component renders with no error', () => {
  it.each(groups.map((cases, i) => ({ i, names: cases.map((c) => tagOf(c.id)).join(' ') })))(
    'page $i: $names',
    async ({ i }) => {
      const errors = mp.errors.length
      const logs = mp.logs.length
      const page = i === 0 ? (await mp.currentPage())! : await mp.reLaunch(`/${route(i)}`)
      expect(page.path ?? route(i)).toContain(route(i))
      await mp.settle()
      expect(problems(i === 0 ? 0 : errors, i === 0 ? 0 : logs)).toEqual(KNOWN_GAPS[i] ?? [])
      expect(missingRoots(page, groups[i]!)).toEqual([])
    },
  )

  it('has a case for every component the package declares', async () => {
    const { componentsOf, LIBRARIES, libraryFiles } = await import('./library-files.ts')
    const lib = LIBRARIES.find((l) => l.pkg === 'tdesign-miniprogram')!
    const declared = componentsOf(lib, await libraryFiles(lib)).map((c) => c.id)
    expect(TDESIGN_CASES.map((c) => c.id).sort()).toEqual(declared.sort())
  })
})
