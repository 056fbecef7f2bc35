// samples/components, the vant page: reached from the index page, it renders its components from
// node_modules/@vant/weapp (mounted as "build npm" does) with no error, and its events reach the
// page, which shows the last one.

import { afterAll, beforeAll, expect, it } from 'vitest'
import { launch, type MiniProgram, type Page } from '../../index.ts'

const SAMPLE = new URL('../../samples/components', import.meta.url).pathname

let mp: MiniProgram | undefined
let page: Page

beforeAll(async () => {
  mp = await launch({ project: SAMPLE, mode: 'worker' })
  page = await mp.navigateTo('/pages/vant/index')
  await mp.settle()
}, 60_000)

afterAll(async () => {
  await mp?.close()
})

const lastEvent = async () => (await (await page.$('#last-event'))!.text()).trim()
const until = (value: string) => page.waitFor(async () => (await lastEvent()) === value, 20_000)

it('renders the vant components of the page with no error', async () => {
  expect(page.path).toBe('pages/vant/index')
  const roots = [
    'van-notice-bar',
    'van-cell-group',
    'van-cell',
    'van-field',
    'van-search',
    'van-button',
    'van-switch',
    'van-stepper',
    'van-rate',
    'van-slider',
    'van-checkbox-group',
    'van-checkbox',
    'van-radio-group',
    'van-radio',
    'van-divider',
    'van-tabs',
    'van-steps',
    'van-collapse',
    'van-collapse-item',
    'van-tag',
    'van-icon',
    'van-loading',
    'van-count-down',
    'van-progress',
    'van-card',
    'van-submit-bar',
  ]
  const missing = []
  for (const root of roots) if (!(await page.$(`.${root}`))) missing.push(root)
  expect(missing).toEqual([])
  expect(await lastEvent()).toBe('none yet')
  expect(mp!.errors).toEqual([])
  expect(mp!.logs.filter((l) => l.level === 'error')).toEqual([])
})

it('shows the events the page receives', async () => {
  await (await page.$('#primary .van-button'))!.tap()
  await until('button tapped')
  await (await page.$('#name'))!.input('Ada')
  await until('name: Ada')
  await (await page.$('#qty .van-stepper__plus'))!.tap()
  await until('quantity: 2')
  await (await page.$('#agree .van-switch'))!.tap()
  await until('agree: true')
  const tabs = await page.$$('#tabs .van-tab')
  await tabs[1]!.tap()
  await until('tab: Grid')
  expect(mp!.errors).toEqual([])
})

it('opens the dialog through its function API and the toast', async () => {
  const buttons = await page.$$('.row .van-button')
  const byText = async (label: string) => {
    for (const b of buttons) if ((await b.text()).trim() === label) return b
    throw new Error(`no button ${label}`)
  }
  await (await byText('Dialog')).tap()
  await page.waitFor('.van-dialog__confirm')
  await (await page.$('.van-dialog__confirm'))!.tap()
  await until('dialog: confirmed')
  expect(await page.data('agree')).toBe(true)
  await (await byText('Toast')).tap()
  await until('toast shown')
  // a text toast: the message in a plain <text> of .van-toast
  const toast = async () => (await (await page.$('.van-toast'))?.text())?.trim()
  await page.waitFor(async () => (await toast()) === 'Hello from Toast')
  expect(mp!.errors).toEqual([])
})
