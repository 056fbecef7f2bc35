// wx.createCanvasContext across the threads: draw() sends the recorded calls to the view, which
// keeps them on the `<canvas canvas-id>` of the page or of a component (`.in` scope) and answers;
// the draw callback runs then. reserve adds to the drawing; an unknown canvas-id fails.

import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launch, type MiniProgram, type Page } from '../../index.ts'
import { canvasDrawing } from '../../runtime/view/canvas.ts'
import { tempDir } from './todo-flow.ts'

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/index/index.json': JSON.stringify({ usingComponents: { ring: '/components/ring/ring' } }),
  'pages/index/index.wxml': `<canvas canvas-id="page" id="page-canvas" /><ring id="ring" />`,
  'pages/index/index.js': `const log = (x) => getApp().globalData.log.push(x)
Page({
  paint() {
    const ctx = wx.createCanvasContext('page')
    ctx.setFillStyle('red')
    ctx.fillRect(0, 0, 10, 10)
    ctx.draw(false, () => {
      ctx.fillStyle = '#00f'
      ctx.fillText('hi', 5, 5)
      ctx.draw(true, () => log('reserved'))
    })
  },
  missing() {
    wx.createCanvasContext('nope').draw(false, () => log('missing done'))
  },
})`,
  'components/ring/ring.json': JSON.stringify({ component: true }),
  'components/ring/ring.wxml': `<canvas canvas-id="page" class="inner" />`,
  'components/ring/ring.js': `Component({
  methods: {
    paint() {
      const ctx = wx.createCanvasContext('page', this)
      const g = ctx.createLinearGradient(0, 0, 100, 0)
      g.addColorStop(0, '#fff')
      ctx.setStrokeStyle(g)
      ctx.arc(50, 50, 40, 0, 2 * Math.PI)
      ctx.stroke()
      ctx.draw()
    },
  },
})`,
}

let mp: MiniProgram | undefined
let dir: Awaited<ReturnType<typeof tempDir>> | undefined
let page: Page

beforeAll(async () => {
  dir = await tempDir('mpsim-canvas-')
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir.dir, path)), { recursive: true })
    await writeFile(join(dir.dir, path), text)
  }
  mp = await launch({ project: dir.dir, mode: 'worker' })
  page = (await mp.currentPage())!
})

afterAll(async () => {
  await mp?.close()
  await dir?.remove()
})

const log = () => mp!.evaluate('function () { return getApp().globalData.log }')
const drawn = async (selector: string) => canvasDrawing((await page.$(selector))!.node)

it('draws on the page canvas; reserve adds to the drawing, then the callback runs', async () => {
  await page.callMethod('paint')
  await page.waitFor(async () => ((await log()) as string[]).includes('reserved'))
  expect(await drawn('#page-canvas')).toEqual([
    { method: 'setFillStyle', data: ['red'] },
    { method: 'fillRect', data: [0, 0, 10, 10] },
    { method: 'setFillStyle', data: ['#00f'] },
    { method: 'fillText', data: ['hi', 5, 5] },
  ])
  // the component's canvas with the same canvas-id is another one
  expect(await drawn('#ring canvas')).toEqual([])
})

it('draws in a component scope, gradients as data', async () => {
  await mp!.evaluate('function () { getCurrentPages()[0].selectComponent("#ring").paint() }')
  await page.waitFor(async () => (await drawn('#ring canvas')).length > 0)
  expect(await drawn('#ring canvas')).toEqual([
    {
      method: 'setStrokeStyle',
      data: [{ type: 'linear', data: [0, 0, 100, 0], colorStops: [[0, '#fff']] }],
    },
    { method: 'arc', data: [50, 50, 40, 0, 2 * Math.PI] },
    { method: 'stroke', data: [] },
  ])
})

it('a canvas-id that names no canvas still calls back, and nothing is drawn', async () => {
  await page.callMethod('missing')
  await page.waitFor(async () => ((await log()) as string[]).includes('missing done'))
  expect(mp!.errors).toEqual([])
})
