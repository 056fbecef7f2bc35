// Style isolation as the platform applies it: by default a component's template sees only its
// own WXSS (page and app classes do not reach it), `addGlobalClass` / `styleIsolation:
// 'apply-shared'` let page and app styles in, and `externalClasses` take the user's classes.

import { afterEach, expect, it } from 'vitest'
import { componentJson, run, type Running } from './components-project.ts'

const template = `<view class="title global own ext">x</view>`
const files: Record<string, string> = {
  'app.wxss': `.global { font-style: italic }`,
  'pages/index/index.json': JSON.stringify({
    usingComponents: { iso: '/components/iso/iso', open: '/components/open/open' },
  }),
  'pages/index/index.wxml': `<iso id="i" ext="mine"/><open id="o" ext="mine"/><view class="title">page</view>`,
  'pages/index/index.wxss': `.title { color: red } .mine { text-decoration: underline }`,
  'pages/index/index.js': `Page({})`,
  'components/iso/iso.json': componentJson(),
  'components/iso/iso.wxml': template,
  'components/iso/iso.wxss': `.own { font-weight: bold } .title { letter-spacing: 2px }`,
  'components/iso/iso.js': `Component({ externalClasses: ['ext'] })`,
  'components/open/open.json': componentJson(),
  'components/open/open.wxml': template,
  'components/open/open.wxss': `.own { font-weight: bold }`,
  'components/open/open.js': `Component({ externalClasses: ['ext'], options: { addGlobalClass: true } })`,
}

let app: Running | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

it('isolates component styles; addGlobalClass lets page and app classes in; external classes', async () => {
  app = await run(files, 'worker')
  const page = (await app.mp.currentPage())!
  const doc = page.pageView()!.view()!.document
  const style = (selector: string) =>
    doc.defaultView!.getComputedStyle(doc.querySelector(selector)!)
  const iso = style('#i wx-view')
  expect(iso.color).not.toBe('rgb(255, 0, 0)') // the page's .title does not reach it
  expect([iso.fontStyle, iso.fontWeight]).toEqual(['normal', 'bold'])
  expect(iso.letterSpacing).toBe('2px')
  expect(iso.textDecoration).toContain('underline') // the external class, mapped in the page
  const open = style('#o wx-view')
  expect([open.color, open.fontStyle, open.fontWeight]).toEqual([
    'rgb(255, 0, 0)',
    'italic',
    'bold',
  ])
  // the component's own .title rule stays inside it
  expect(style('wx-view.title:not([class*="--"])').letterSpacing).not.toBe('2px')
  expect(app.mp.errors).toEqual([])
})
