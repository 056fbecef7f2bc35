// Every component of @vant/weapp rendered in one page, as a user has the package (under
// miniprogram_npm), with logic in a worker: no error in the log, and each component's root
// elements rendered. Interaction tests are in vant-interactions.test.ts.

import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Page } from '../../index.ts'
import { canvasDrawing } from '../../runtime/view/canvas.ts'
import { componentsOf, LIBRARIES, libraryFiles } from './library-files.ts'
import { VANT_CASES, VANT_DATA } from './vant-cases.ts'
import { launchVant, type VantApp } from './vant-project.ts'

const VANT = LIBRARIES.find((lib) => lib.pkg === '@vant/weapp')!
const names = Object.keys(VANT_CASES)

let app: VantApp | undefined
let page: Page

beforeAll(async () => {
  const uses = [...new Set(Object.values(VANT_CASES).flatMap((c) => c.uses))]
  const wxml = names
    .map((name) => `<view class="case" id="case-${name}">${VANT_CASES[name]!.wxml}</view>`)
    .join('\n')
  const js = `Page({ data: ${JSON.stringify(VANT_DATA)} })`
  app = await launchVant([{ route: 'pages/index/index', wxml, js, uses }])
  page = (await app.mp.currentPage())!
  await app.mp.settle()
}, 60_000)

afterAll(async () => {
  await app?.close()
})

it('has a case for every component of the package', async () => {
  const all = componentsOf(VANT, await libraryFiles(VANT)).map((c) => c.id)
  // `calendar/components/month`, `share-sheet/options`: used inside their component only
  const published = all.filter((id) => /^[^/]+\/index$/.test(id)).map((id) => id.split('/')[0])
  const covered = new Set(Object.values(VANT_CASES).flatMap((c) => c.uses))
  expect(published.length).toBeGreaterThan(60)
  expect(published.filter((id) => !covered.has(id!))).toEqual([])
})

it('renders every component with no error in the log', () => {
  const mp = app!.mp
  expect(mp.errors).toEqual([])
  expect(mp.logs.filter((l) => l.level === 'error')).toEqual([])
})

it.each(names)('%s renders its root elements', async (name) => {
  const box = (await page.$(`#case-${name}`))!
  const missing: string[] = []
  for (const root of VANT_CASES[name]!.roots) {
    if (!box.node.querySelector(`.${root}`)) missing.push(root)
  }
  expect(missing).toEqual([])
})

it('circle paints its arcs through wx.createCanvasContext', async () => {
  const canvas = (await page.$('#case-circle canvas'))!.node
  await page.waitFor(() => canvasDrawing(canvas).some((a) => a.method === 'arc'))
  const methods = canvasDrawing(canvas).map((a) => a.method)
  expect(methods).toContain('stroke')
  expect(canvas.getAttribute('canvas-id')).toBe('van-circle')
})
