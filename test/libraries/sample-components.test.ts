// samples/components as a user runs it: launched from its folder (the libraries come from its
// package.json dependencies, found in the repository's node_modules), logic in a worker. The
// index page links to a page per library; each opens with no error. The weui page's events
// reach the page.

import { afterAll, beforeAll, expect, it } from 'vitest'
import { launch, type MiniProgram, type Page } from '../../index.ts'

let mp: MiniProgram

beforeAll(async () => {
  mp = await launch({ project: 'samples/components', mode: 'worker' })
  await mp.settle()
}, 60_000)

afterAll(async () => {
  await mp?.close()
})

const problems = () => [
  ...mp.errors.map((e) => `${e.name}: ${e.message} ${e.where ?? ''}`),
  ...mp.logs.filter((l) => l.level === 'error').map((l) => `console.error ${String(l.args[0])}`),
]

it('the index page lists the three libraries', async () => {
  const page = (await mp.currentPage())!
  expect(page.path).toBe('pages/index/index')
  const names = await Promise.all(
    (await page.$$('.name')).map(async (n) => (await n.text()).trim()),
  )
  expect(names).toEqual(['@vant/weapp', 'tdesign-miniprogram', 'weui-miniprogram'])
  expect(problems()).toEqual([])
})

it.each(['vant', 'tdesign', 'weui'])('tapping %s opens its page with no error', async (lib) => {
  const index = (await mp.reLaunch('/pages/index/index'))!
  const link = (await index.$$('.item')).find(
    (item) => item.dataset.route === `/pages/${lib}/index`,
  )
  expect(link).toBeDefined()
  await link!.tap()
  const page = (await mp.currentPage()) as Page
  await page.waitFor(async () => page.path === `pages/${lib}/index`, 20_000)
  await mp.settle()
  expect(problems()).toEqual([])
})

it('the weui page: the dialog button and the checkbox group reach the page handlers', async () => {
  const page = await mp.reLaunch('/pages/weui/index')
  const last = async () => (await page.$('#last'))!.text().then((t) => t.trim())
  await (await page.$('#open-dialog'))!.tap()
  await page.waitFor(async () => (await page.$$('.weui-dialog__btn')).length === 2, 20_000)
  await (await page.$$('.weui-dialog__btn'))[1]!.tap()
  await page.waitFor(async () => (await last()).startsWith('dialog '), 20_000)
  expect(JSON.parse((await last()).slice('dialog '.length))).toMatchObject({
    index: 1,
    item: { text: 'OK' },
  })
  const labels = await page.$$('.weui-check__label')
  expect(labels).toHaveLength(2)
  await labels[1]!.tap()
  await page.waitFor(async () => (await last()).startsWith('checkbox '), 20_000)
  expect(await page.data('picked')).toEqual(['apple', 'pear'])
  expect(problems()).toEqual([])
})
