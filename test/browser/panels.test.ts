// The dev panels beside the phone in the browser simulator, on a small project written to a
// temp folder: the console shows the app's console.log and an error at its original
// file:line, AppData shows a page's data and an edit re-renders the page, the storage panel
// shows and clears keys, and the bridge record lists messages with direction, type and size,
// filtered by type and direction.

import { rm } from 'node:fs/promises'
import type { Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CRASH_LINE, writeFeedProject } from './feed-project.ts'
import { openSimulator, poll, type Simulator } from './simulator.ts'

describe('browser simulator: dev panels', () => {
  let project: string
  let sim: Simulator
  let frame: Frame
  beforeAll(async () => {
    project = await writeFeedProject()
    sim = await openSimulator(project)
    frame = await sim.currentFrame()
    await frame.locator('.row', { hasText: 'Row 59' }).waitFor()
  }, 90_000)
  afterAll(async () => {
    await sim?.close()
    await rm(project, { recursive: true, force: true })
  }, 30_000)

  const status = () => frame.locator('.status').innerText()
  const tab = (name: string) => sim.page.locator(`.mpsim-panel-tab[data-panel="${name}"]`).click()

  it('sits beside the phone', async () => {
    const phone = (await sim.page.locator('.mpsim-phone').boundingBox())!
    const panels = (await sim.page.locator('.mpsim-panels').boundingBox())!
    expect(panels.x).toBeGreaterThanOrEqual(phone.x + phone.width)
    expect(panels.width).toBeGreaterThan(300)
    await expect(sim.page.locator('.mpsim-panel-tab').allInnerTexts()).resolves.toEqual([
      'Console',
      'AppData',
      'Storage',
      'Bridge',
      'Performance',
    ])
  })

  it("console: the app's console.log, and an error at its original file:line", async () => {
    await tab('console')
    await frame.locator('.do-log').click()
    const log = sim.page.locator('.mpsim-console-row', { hasText: 'feed says hello 42' })
    await poll(() => log.count()).toBe(1)
    await expect(log.getAttribute('data-source')).resolves.toBe('logic')
    await frame.locator('.do-crash').click()
    const error = sim.page.locator('.mpsim-console-row.mpsim-level-error', {
      hasText: 'feed crashed on purpose',
    })
    await poll(() => error.count()).toBe(1)
    await expect(error.locator('.mpsim-console-location').innerText()).resolves.toMatch(
      new RegExp(`^pages/feed/feed\\.js:${CRASH_LINE}:\\d+$`),
    )
    await sim.screenshot('panels-console')
    // The simulator itself logged no error of its own.
    const others = await sim.page
      .locator('.mpsim-console-row.mpsim-level-error')
      .filter({ hasNotText: 'feed crashed on purpose' })
      .allInnerTexts()
    expect(others).toEqual([])
  })

  it("AppData: shows the page's data; an edit is setData and the page re-renders", async () => {
    await tab('appdata')
    const section = sim.page.locator('.mpsim-appdata-page', { hasText: 'pages/feed/feed' })
    const note = section.locator('> .mpsim-tree input.mpsim-tree-value[data-path="note"]')
    await poll(() => note.inputValue()).toBe('"first"')
    await expect(section.locator('[data-path="rows[59]"]').inputValue()).resolves.toBe('59')
    await note.fill('"edited in the panel"')
    await note.press('Enter')
    await poll(status).toContain('note=edited in the panel')
    await sim.screenshot('panels-appdata')
    // A change made by the app shows in the panel.
    await frame.locator('.do-sheet').click()
    await sim.page.locator('.mpsim-action-sheet-item', { hasText: 'Blue' }).click()
    await poll(() => section.locator('> .mpsim-tree [data-path="picked"]').inputValue()).toBe(
      '"Blue"',
    )
  })

  it('storage: shows the keys the app wrote, and clears them', async () => {
    await tab('storage')
    await frame.locator('.do-store').click()
    const keys = () => sim.page.locator('.mpsim-storage .mpsim-storage-key').allInnerTexts()
    await poll(keys).toEqual(['colour', 'count'])
    const colour = sim.page.locator('.mpsim-storage-value[aria-label="Value of colour"]')
    await expect(colour.inputValue()).resolves.toBe('{"name":"green"}')
    await sim.screenshot('panels-storage')
    await sim.page.locator('.mpsim-storage-clear').click()
    await poll(keys).toEqual([])
    const left = await sim.page.evaluate(() =>
      window.__mpsim!.host.evaluate('function () { return wx.getStorageInfoSync().keys }'),
    )
    expect(left).toEqual([])
  })

  it('bridge: each message with direction, type and size, filtered by type and direction', async () => {
    await tab('bridge')
    await frame.locator('.do-toast').click()
    const rows = sim.page.locator('.mpsim-bridge tr.mpsim-bridge-row')
    await poll(() => rows.count()).toBeGreaterThan(10)
    const cells = (selector: string) =>
      sim.page.locator(`.mpsim-bridge ${selector}`).allInnerTexts()
    const directions = new Set(await cells('.mpsim-bridge-dir'))
    expect([...directions].sort()).toEqual(
      expect.arrayContaining(['host→logic', 'host→view', 'logic→host', 'view→host']),
    )
    for (const size of await cells('.mpsim-bridge-size')) expect(size).toMatch(/^[1-9]\d* B$/)
    const types = await cells('.mpsim-bridge-type-cell')
    expect(types).toEqual(expect.arrayContaining(['setData', 'event']))

    await sim.page.locator('.mpsim-bridge-type').fill('setData')
    await poll(async () => [...new Set(await cells('.mpsim-bridge-type-cell'))]).toEqual([
      'setData',
    ])
    await sim.page.locator('.mpsim-bridge-direction').selectOption('host→view')
    await poll(async () => [...new Set(await cells('.mpsim-bridge-dir'))]).toEqual(['host→view'])
    await sim.screenshot('panels-bridge')
    await sim.page.locator('.mpsim-bridge-type').fill('')
    await sim.page.locator('.mpsim-bridge-direction').selectOption('all')
    await poll(() => rows.count()).toBeGreaterThan(10)
  })
})
