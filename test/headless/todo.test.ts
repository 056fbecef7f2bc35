// The todo sample headless, logic in a worker thread: input, taps, the list in the DOM, storage
// that survives a relaunch, and the bridge record of one tap.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MiniProgram } from '../../index.ts'
import { TODO, addItem, footer, runTodoFlow, tempDir, titles } from './todo-flow.ts'
import { launch } from '../../index.ts'

describe('todo sample, logic in a worker', () => {
  let storage: Awaited<ReturnType<typeof tempDir>>
  let mp: MiniProgram | undefined

  beforeAll(async () => {
    storage = await tempDir('mpsim-todo-store-')
  })
  afterAll(async () => {
    await mp?.close()
    await storage.remove()
  })

  it('adds two items by input and tap, completes one, and shows list and counts', async () => {
    mp = await runTodoFlow({ mode: 'worker', storageDir: storage.dir })
    expect(mp.errors).toEqual([])
  })

  it('records one tap: event in, setData out, setDataDone back, in order, with sizes', async () => {
    const page = (await mp!.currentPage())!
    mp!.record.clear()
    await (await page.$$('.filter'))[1]!.tap() // "active"
    const flow = mp!.record.entries.map((e) => `${e.direction} ${e.type}`)
    const at = (step: string) => flow.indexOf(step)
    const steps = [
      'view→host event',
      'host→logic event',
      'logic→host setData',
      'host→view setData',
      'view→host setDataDone',
      'host→logic setDataDone',
    ]
    for (const step of steps) expect(flow).toContain(step)
    const order = steps.map(at)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    for (const e of mp!.record.entries) expect(e.bytes).toBeGreaterThan(0)
    const [fromView, toLogic] = mp!.record.filter({ type: 'event' })
    // the host adds the webviewId on the way to logic: the same event, a few bytes more
    expect(toLogic!.bytes).toBeGreaterThan(fromView!.bytes)
    expect(toLogic!.receivedAt).toBeGreaterThanOrEqual(fromView!.receivedAt)
    expect(await titles(page)).toEqual([
      'Write a component',
      'Ship the mini program',
      'Walk the dog',
    ])
  })

  it('keeps the items after a relaunch with the same storage', async () => {
    await mp!.close()
    mp = await launch({ project: TODO, appId: 'todo', storageDir: storage.dir })
    const page = (await mp.currentPage())!
    expect((await titles(page)).slice(3)).toEqual(['Buy milk', 'Walk the dog'])
    expect(await footer(page)).toBe('3 items left')
    await addItem(page, 'Third run') // ids go on after the saved ones
    expect(new Set(((await page.data('visible')) as { id: number }[]).map((t) => t.id)).size).toBe(
      6,
    )
  })

  it('removes an item with the × inside its component (catchtap, then triggerEvent)', async () => {
    const page = (await mp!.currentPage())!
    const before = await titles(page)
    const last = (await page.$$('todo-item')).at(-1)!
    await (await last.$('.remove'))!.tap()
    expect(await titles(page)).toEqual(before.slice(0, -1))
  })

  it('has no DOM in the logic thread', async () => {
    expect(await mp!.evaluate(() => typeof document)).toBe('undefined')
    expect(await mp!.evaluate(() => typeof window)).toBe('undefined')
  })
})
