// Hot reload in the browser simulator, on a copy of the todo sample in a temp folder: the dev
// server watches it, rebuilds on each edit and the page applies the build through the host.
// A WXSS edit restyles in place, a WXML edit renders again with the data kept, a JS edit
// relaunches on the same page, and a broken WXML shows the overlay until it is fixed.

import { cp, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../headless/todo-flow.ts'
import { openSimulator, poll, type Simulator } from './simulator.ts'

const TODO = resolve(import.meta.dirname, '../../samples/todo')
const TITLE = 'todo-item [class$="--title"]'

describe('browser simulator: hot reload', () => {
  let sim: Simulator
  let dir: Awaited<ReturnType<typeof tempDir>>
  const edit = async (path: string, change: (text: string) => string) => {
    const file = join(dir.dir, path)
    await writeFile(file, change(await readFile(file, 'utf8')))
  }
  /** The host's log lines that say what a hot reload did. */
  const hotLogs = () =>
    sim.page.evaluate(() =>
      window
        .__mpsim!.host.logs.map((l) => String(l.args[0]))
        .filter((t) => t.includes('[hot reload]')),
    )

  beforeAll(async () => {
    dir = await tempDir('mpsim-hot-todo-')
    await cp(TODO, dir.dir, { recursive: true })
    sim = await openSimulator(dir.dir)
  }, 90_000)
  afterAll(async () => {
    await sim?.close()
    await dir?.remove()
  }, 30_000)

  const addItem = async (frame: Frame, title: string) => {
    await frame.locator('.add-input input').fill(title)
    await frame.locator('.add-btn').click()
    await frame.locator(TITLE, { hasText: title }).waitFor()
  }

  it('a WXSS edit restyles the page in place, the item still there', async () => {
    const frame = await sim.currentFrame()
    await addItem(frame, 'Buy milk')
    const color = () => frame.locator('.footer').evaluate((el) => getComputedStyle(el).color)
    const before = await color()
    await edit('pages/index/index.wxss', (t) => `${t}\n.footer { color: rgb(1, 2, 3); }\n`)
    await poll(color).toBe('rgb(1, 2, 3)')
    expect(before).not.toBe('rgb(1, 2, 3)')
    expect(await frame.locator(TITLE, { hasText: 'Buy milk' }).count()).toBe(1)
    expect(await sim.currentFrame()).toBe(frame)
    await poll(hotLogs).toContainEqual(expect.stringContaining('WXSS changed: restyled'))
    await sim.screenshot('hot-reload-wxss')
  })

  it('a WXML edit renders the page again with its data kept', async () => {
    const frame = await sim.currentFrame()
    await frame.locator('.add-input input').fill('half typed')
    await edit('pages/index/index.wxml', (t) =>
      t.replace(
        '<view class="footer">',
        '<view class="footer"><text class="hot-added">Hot!</text>',
      ),
    )
    await frame.locator('.hot-added', { hasText: 'Hot!' }).waitFor()
    expect(await frame.locator(TITLE, { hasText: 'Buy milk' }).count()).toBe(1)
    // the draft lives in the page's data (bindinput), so it is rendered again too
    await poll(() => frame.locator('.add-input input').inputValue()).toBe('half typed')
    // the style edit before still applies
    expect(await frame.locator('.footer').evaluate((el) => getComputedStyle(el).color)).toBe(
      'rgb(1, 2, 3)',
    )
    await poll(hotLogs).toContainEqual(expect.stringContaining('WXML changed: rendered'))
    await sim.screenshot('hot-reload-wxml')
  })

  it('a JS edit relaunches the app on the same page', async () => {
    const frame = await sim.currentFrame()
    await frame.locator('.link').click()
    const total = async () =>
      (await sim.currentFrame())
        .locator('.row')
        .first()
        .innerText({ timeout: 500 })
        .catch(() => null)
    await poll(total).toMatch(/Total: \d+/)
    const totalBefore = await total()
    // mark the stats page's iframe: a relaunch opens new views
    await sim.page.$eval('iframe[data-current]', (el) => (el.dataset.beforeRelaunch = 'yes'))
    await edit('pages/stats/stats.js', (t) =>
      t.replace('data: { total: 0, done: 0 }', "data: { total: 0, done: 0, hot: 'relaunched' }"),
    )
    await edit('pages/stats/stats.wxml', (t) =>
      t.replace('<view class="page">', '<view class="page"><view class="hot">{{hot}}</view>'),
    )
    // read with a short timeout: the frame read first may be the old one, going away
    const hot = async () =>
      (await sim.currentFrame())
        .locator('.hot')
        .innerText({ timeout: 500 })
        .catch(() => null)
    await poll(hot).toBe('relaunched')
    // the same page on top of the same stack, in a new view; the items (storage) kept
    expect(await sim.page.locator('iframe[data-before-relaunch]').count()).toBe(0)
    const stack = await sim.page.evaluate(() =>
      window.__mpsim!.host.stack.pages().map((p) => p.route),
    )
    expect(stack).toEqual(['pages/index/index', 'pages/stats/stats'])
    expect(await total()).toBe(totalBefore)
    await poll(hotLogs).toContainEqual(expect.stringContaining('JS changed: relaunched'))
    await sim.screenshot('hot-reload-js')
    await sim.page.locator('.mpsim-nav-back').click()
    await (await sim.currentFrame()).locator(TITLE, { hasText: 'Buy milk' }).waitFor()
  })

  it('a broken WXML file shows the overlay with file:line:column, and fixing it removes it', async () => {
    const overlay = sim.page.locator('.mpsim-compile-errors')
    const wxml = 'pages/index/index.wxml'
    const good = await readFile(join(dir.dir, wxml), 'utf8')
    await writeFile(
      join(dir.dir, wxml),
      good.replace('<view class="footer">', '<view class="footer"'),
    )
    await overlay.waitFor()
    expect(await overlay.innerText()).toMatch(/pages\/index\/index\.wxml:\d+:\d+/)
    expect(await overlay.innerText()).toContain('^')
    await sim.screenshot('hot-reload-overlay')
    // the app runs on with the last good build
    const frame = await sim.currentFrame()
    expect(await frame.locator(TITLE, { hasText: 'Buy milk' }).count()).toBe(1)
    await writeFile(join(dir.dir, wxml), good)
    await overlay.waitFor({ state: 'detached' })
    await (await sim.currentFrame()).locator('.hot-added').waitFor()
  })
})
