// What the UI tests share: a jsdom document to mount in, a real headless app behind a
// hostSession, a small tab-bar project written to a temp folder, and polling waits.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { JSDOM } from 'jsdom'
import { launch, type MiniProgram } from '../../index.ts'
import { hostSession } from '../../devserver/client/ui/host-session.ts'
import type { SimulatorSession } from '../../devserver/client/ui/session.ts'

export interface Rig {
  mp: MiniProgram
  session: SimulatorSession
  doc: Document
  root: HTMLElement
  close(): Promise<void>
}

export async function rig(project: string): Promise<Rig> {
  const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>')
  const doc = dom.window.document
  const mp = await launch({ project, mode: 'single-thread' })
  const session = hostSession(mp.host, {
    assetUrl: (path) => `/project/${path.replace(/^\//, '')}`,
  })
  return {
    mp,
    session,
    doc,
    root: doc.getElementById('root')!,
    async close() {
      session.dispose()
      await mp.close()
      dom.window.close()
    },
  }
}

/** Polls until `check` returns something truthy (its value) or fails after `timeoutMs`. */
export async function until<T>(
  check: () => T | Promise<T>,
  what: string,
  timeoutMs = 5000,
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value as Exclude<T, false | null | undefined | 0 | ''>
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click')
  const view = el.ownerDocument.defaultView!
  el.dispatchEvent(new view.MouseEvent('click', { bubbles: true }))
}

/** Types into an input and commits it as a user would (Enter). */
export function commit(input: HTMLInputElement, text: string): void {
  const view = input.ownerDocument.defaultView!
  input.value = text
  input.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
  input.dispatchEvent(new view.Event('change', { bubbles: true }))
}

/** A project with two tab pages (each with its own title), icons and one plain page. */
export const TAB_PROJECT: Record<string, string> = {
  'app.json': JSON.stringify({
    pages: ['pages/home/home', 'pages/me/me', 'pages/detail/detail'],
    window: {
      navigationBarTitleText: 'Tabs',
      navigationBarBackgroundColor: '#ffffff',
      navigationBarTextStyle: 'black',
    },
    tabBar: {
      color: '#999999',
      selectedColor: '#07c160',
      backgroundColor: '#fafafa',
      list: [
        {
          pagePath: 'pages/home/home',
          text: 'Home',
          iconPath: 'icons/home.png',
          selectedIconPath: 'icons/home-on.png',
        },
        {
          pagePath: 'pages/me/me',
          text: 'Me',
          iconPath: 'icons/me.png',
          selectedIconPath: 'icons/me-on.png',
        },
      ],
    },
  }),
  'app.js': 'App({})',
  'pages/home/home.json': JSON.stringify({ navigationBarTitleText: 'Home page' }),
  'pages/home/home.wxml':
    '<view class="home">home {{count}}</view><button class="boom" bindtap="boom">boom</button>',
  'pages/home/home.js': `Page({
  data: { count: 1 },
  onShow() { console.log('home shown', this.data.count) },
  boom() {
    throw new Error('boom from home')
  },
})`,
  'pages/me/me.json': JSON.stringify({ navigationBarTitleText: 'About me' }),
  'pages/me/me.wxml': '<view class="me">me</view>',
  'pages/me/me.js': 'Page({})',
  'pages/detail/detail.wxml': '<view>detail</view>',
  'pages/detail/detail.js': 'Page({})',
  'icons/home.png': 'png',
  'icons/home-on.png': 'png',
  'icons/me.png': 'png',
  'icons/me-on.png': 'png',
}

export async function writeProject(
  files: Record<string, string>,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-ui-'))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}
