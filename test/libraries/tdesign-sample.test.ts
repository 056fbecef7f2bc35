// samples/components' tdesign page as a user meets it: launched from the sample's folder
// (tdesign-miniprogram comes from its package.json, mounted under miniprogram_npm as the
// devtools' "build npm" does), logic in a worker. The page renders its components with no
// error, and its events reach the page's handlers, which show what they heard.

import { afterAll, beforeAll, expect, it } from 'vitest'
import { launch, type MiniProgram, type Page } from '../../index.ts'
import { Element } from '../../headless/element.ts'

let mp: MiniProgram
let page: Page

beforeAll(async () => {
  mp = await launch({ project: 'samples/components', mode: 'worker' })
  page = await mp.navigateTo('/pages/tdesign/index')
}, 60_000)

afterAll(async () => {
  await mp?.close()
})

const problems = () => [
  ...mp.errors.map((e) => `${e.name}: ${e.message} ${e.where ?? ''}`),
  ...mp.logs.filter((l) => l.level === 'error').map((l) => `console.error ${String(l.args[0])}`),
]
const last = async () => (await (await page.$('#last'))!.text()).trim()

/** An element of the n-th instance of a tdesign component, by that component's class names. */
function inComponent(name: string, selector: string, index = 0): Element {
  const view = page.pageView()!.view()!
  const id = `miniprogram_npm/tdesign-miniprogram/${name}/${name}`
  const instance = [...view.instances.values()].filter((i) => i.def.id === id)[index]
  if (!instance) throw new Error(`no ${name} #${index} on the page`)
  const mapped = selector.replace(/\.([\w-]+)/g, (_, n: string) => {
    return `.${instance.mapClass(n).split(' ')[0]}`
  })
  const found = instance.querySelectorAll(mapped)[0]
  if (!found) throw new Error(`${name}: nothing matches ${selector}`)
  return new Element(page, found)
}

it('opens with at least 20 tdesign components rendered and no error', async () => {
  expect(page.path).toBe('pages/tdesign/index')
  const view = page.pageView()!.view()!
  const used = new Set(
    [...view.instances.values()]
      .map((i) => /tdesign-miniprogram\/([\w-]+)\//.exec(i.def.id)?.[1])
      .filter(Boolean),
  )
  expect(used.size).toBeGreaterThanOrEqual(20)
  expect(problems()).toEqual([])
})

it('typing a name and tapping a checkbox reach the page', async () => {
  await inComponent('input', 'input').input('Ann')
  expect(await last()).toBe('name {"value":"Ann"}')
  await inComponent('checkbox', '.t-checkbox', 1).tap()
  expect(await last()).toBe('checkbox {"value":["apple","pear"]}')
  expect(problems()).toEqual([])
})

it('the dialog opens from a button and its confirm closes it', async () => {
  await inComponent('button', '.t-button', 0).tap()
  expect(await last()).toBe('button {"open":"dialog"}')
  expect(await page.data('dialog')).toBe(true)
  await inComponent('dialog', '.t-dialog__button--confirm').tap()
  expect(await last()).toBe('dialog {"confirm":true}')
  expect(await page.data('dialog')).toBe(false)
  expect(problems()).toEqual([])
})
