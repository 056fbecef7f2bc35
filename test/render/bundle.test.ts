// A page built by `mpsim build` loads into a document and renders, with its components, WXS and
// WXSS (rpx converted for the window width).

import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, expect, test } from 'vitest'
import { JSDOM } from 'jsdom'
import { buildProject } from '../../compiler/index.ts'
import { View, loadViewBundle } from '../../runtime/view/index.ts'

let out = ''

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'mpsim-bundle-'))
  const result = await buildProject('samples/todo', { outDir: out })
  expect(result.errors).toEqual([])
})

function mount(page: string, data: Record<string, unknown>, windowWidth = 375) {
  const file = join(out, 'views', `${page}.view.js`)
  const bundle = loadViewBundle(readFileSync(file, 'utf8'), file)
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>')
  const errors: string[] = []
  const view = new View({
    document: dom.window.document,
    bundle,
    windowWidth,
    onError: (m) => errors.push(m),
  })
  const instance = view.mountPage(data)
  return { view, instance, dom, errors }
}

test('the todo page renders its list through the todo-item component', () => {
  const { instance, errors, dom } = mount('pages/index/index', {
    draft: '',
    filter: 'all',
    filters: ['all', 'active', 'done'],
    visible: [{ id: 1, title: 'Buy milk', done: false, created: 0 }],
    remaining: 1,
  })
  expect(errors).toEqual([])
  const host = instance.host.querySelector('todo-item')!
  expect(host.getAttribute('is')).toBe('components/todo-item/todo-item')
  expect(host.textContent).toContain('Buy milk')
  // The filters come from a keyed wx:for.
  expect(Array.from(instance.host.querySelectorAll('.filter'), (e) => e.textContent)).toEqual([
    'all',
    'active',
    'done',
  ])
  // Styles: app.wxss, the component's and the page's sheets are in the head.
  const sheets = Array.from(dom.window.document.head.querySelectorAll('style'), (s) =>
    s.getAttribute('data-mpsim'),
  )
  expect(sheets).toContain('app')
  expect(sheets).toContain('pages/index/index')
  expect(sheets).toContain('components/todo-item/todo-item')
  instance.setData({ 'visible[0].title': 'Buy bread' })
  expect(host.textContent).toContain('Buy bread')
})

test('rpx in WXSS follows the window width', () => {
  const narrow = mount('pages/index/index', { visible: [], filters: [] }, 375)
  const wide = mount('pages/index/index', { visible: [], filters: [] }, 750)
  const css = (m: ReturnType<typeof mount>) => m.dom.window.document.head.textContent ?? ''
  const px = (text: string) => [...text.matchAll(/padding:\s*(\d+)px/g)].map((x) => Number(x[1]))
  expect(px(css(narrow)).length).toBeGreaterThan(0)
  expect(px(css(wide))[0]).toBe(px(css(narrow))[0]! * 2)
})
