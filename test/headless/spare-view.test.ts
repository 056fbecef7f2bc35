// The host keeps one spare webview document (made after a page's first render, as WeChat
// preloads the next page's webview): the next page takes it with its own URL, the built-ins'
// styles parsed once, and nothing of the page before it.

import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import { tempDir } from './todo-flow.ts'

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/a/a', 'pages/b/b'] }),
  'app.js': 'App({})',
  'pages/a/a.wxml': '<view class="a">A</view>',
  'pages/a/a.js': 'Page({})',
  'pages/b/b.wxml': '<view class="b">{{n}}</view>',
  'pages/b/b.js': 'Page({ data: { n: 1 } })',
}

let mp: MiniProgram | undefined
let dir: Awaited<ReturnType<typeof tempDir>> | undefined

afterAll(async () => {
  await mp?.close()
  await dir?.remove()
})

it('a navigation takes a prepared document: its URL, built-in styles once, only its page', async () => {
  dir = await tempDir('mpsim-spare-view-')
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir.dir, path)), { recursive: true })
    await writeFile(join(dir.dir, path), text)
  }
  mp = await launch({ project: dir.dir, mode: 'single-thread' })
  for (const route of ['pages/b/b', 'pages/a/a', 'pages/b/b']) {
    await new Promise((resolve) => setTimeout(resolve, 20)) // time for the spare
    await mp.navigateTo(`/${route}`)
    const doc = mp.host.views.all().at(-1)!.document
    expect(doc.URL).toBe(`https://mpsim.local/${route}`)
    expect(doc.querySelectorAll('style[data-mpsim="builtins"]').length).toBe(1)
    expect(doc.querySelectorAll('page').length).toBe(1)
    expect(doc.body.textContent).toBe(route === 'pages/a/a' ? 'A' : '1')
  }
  expect(mp.errors).toEqual([])
})
