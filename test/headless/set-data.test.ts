// setData from a page of a launched app (worker mode): path keys reach the view, the callback
// runs only after the view applied the patch, an undefined value is warned about, and a patch
// over the platform's 1024 KB limit is refused while the app keeps answering.

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type MiniProgram, type Page } from '../../index.ts'
import { tempDir } from './todo-flow.ts'

const FILES: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': 'App({})\n',
  'pages/index/index.wxml': `<view class="c">{{a.b[1].c}}</view>
<view class="item" wx:for="{{list}}" wx:key="*this">{{item}}</view>
<view class="deep">{{obj.x.y}}</view>
<view id="box" data-n="{{n}}">{{n}}</view>
`,
  'pages/index/index.js': `Page({
  data: { a: { b: [{ c: 1 }, { c: 2 }] }, list: ['x', 'y'], n: 0 },
})
`,
}

/** Runs in logic: setData with a callback that asks the view for #box's dataset. */
function setAndQuery(n: number): Promise<{ queried: unknown; dataN: unknown }> {
  return new Promise((resolve) => {
    const page = getCurrentPages()[0]!
    page.setData({ n }, () => {
      wx.createSelectorQuery()
        .select('#box')
        .fields({ dataset: true })
        .exec((res: Array<{ dataset: { n: unknown } } | null>) =>
          resolve({ queried: res[0] && res[0].dataset.n, dataN: page.data.n }),
        )
    })
  })
}
// Globals of the logic thread, named only for the type checker (the function runs there).
declare function getCurrentPages(): Array<{
  data: Record<string, unknown>
  setData(patch: Record<string, unknown>, cb?: () => void): void
}>
declare const wx: any

describe('setData in a running app', () => {
  let project: Awaited<ReturnType<typeof tempDir>>
  let mp: MiniProgram
  let page: Page
  const text = async (selector: string) => (await (await page.$(selector))!.text()).trim()

  beforeAll(async () => {
    project = await tempDir('mpsim-set-data-')
    for (const [file, body] of Object.entries(FILES)) {
      await mkdir(join(project.dir, file, '..'), { recursive: true })
      await writeFile(join(project.dir, file), body)
    }
    mp = await launch({ project: project.dir })
    page = (await mp.currentPage())!
  })
  afterAll(async () => {
    await mp?.close()
    await project?.remove()
  })

  it('applies path keys in logic and in the view', async () => {
    expect(await text('.c')).toBe('2')
    await page.setData({ 'a.b[1].c': 5, 'list[2]': 'z', 'obj.x.y': 'deep' })
    expect(await text('.c')).toBe('5')
    // 'list[2]' on a 2-item list appends a third item
    const items = await page.$$('.item')
    expect(await Promise.all(items.map((i) => i.text()))).toEqual(['x', 'y', 'z'])
    // keys that did not exist are created as objects along the path
    expect(await text('.deep')).toBe('deep')
    expect(await page.data()).toMatchObject({
      a: { b: [{ c: 1 }, { c: 5 }] },
      list: ['x', 'y', 'z'],
      obj: { x: { y: 'deep' } },
    })
    expect(mp.errors).toEqual([])
  })

  it('runs the callback after the view applied the patch', async () => {
    mp.record.clear()
    const got = await mp.evaluate(setAndQuery, 7)
    // The view already shows the new value when the callback asks it.
    expect(got).toEqual({ queried: 7, dataN: 7 })
    await mp.settle()
    expect(await text('#box')).toBe('7')
    // On the wire: setData to the view, its setDataDone back, then the ack to logic.
    const types = mp.record.entries
      .filter((e) => e.type === 'setData' || e.type === 'setDataDone')
      .map((e) => `${e.direction} ${e.type}`)
    expect(types).toEqual([
      'logic→host setData',
      'host→view setData',
      'view→host setDataDone',
      'host→logic setDataDone',
    ])
  })

  it('warns about an undefined value and sends the other keys', async () => {
    const before = mp.logs.length
    await mp.evaluate(() => getCurrentPages()[0]!.setData({ u: undefined, n: 8 }))
    await mp.settle()
    const warned = mp.logs.slice(before).filter((l) => l.level === 'warn')
    // Wording of the base library's warning (runtime/logic/set-data.ts)
    expect(warned.map((l) => l.args.join(' '))).toContain(
      'Setting data field "u" to undefined is invalid.',
    )
    expect(await text('#box')).toBe('8')
  })

  it('refuses a patch over 1024 KB with the platform error and keeps going', async () => {
    const size = await mp.evaluate(() => {
      const big = 'x'.repeat(1024 * 1024)
      getCurrentPages()[0]!.setData({ big })
      return JSON.stringify({ big }).length
    })
    await mp.settle()
    expect(mp.errors).toHaveLength(1)
    // WeChat devtools' wording for an over-long bridge transfer
    expect(mp.errors[0]!.message).toBe(
      `vdSyncBatch 数据传输长度为 ${size} 已经超过最大长度 1048576`,
    )
    expect(mp.errors[0]!.source).toBe('logic')
    expect(await page.data('big')).toBeUndefined()
    await page.setData({ n: 9 })
    expect(await text('#box')).toBe('9')
  })
})
