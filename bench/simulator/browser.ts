// The browser side of the simulator bench: Debian's Chromium through playwright-core, a fresh
// browser context (empty cache, new storage) per page load, and the calls that run the probe
// code of probe.ts inside a page or frame.

import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, requireChromium } from '../../devserver/chromium.ts'
import { installLoadProbe } from './probe.ts'

export async function launchChromium(): Promise<Browser> {
  const executablePath = requireChromium()
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true })
}

/** Source of `fn(arg)` for the browser. tsx (esbuild, keepNames) may wrap inner functions in
 *  `__name(…)`, which the browser does not have: it gets a harmless one. */
export function browserCall(fn: (arg: never) => unknown, arg?: unknown): string {
  return `(() => { var __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}) })()`
}

/** `fn(arg)` evaluated in `target`, its result returned (structured by Playwright). */
export async function callIn<T>(
  target: Page | Frame,
  fn: (arg: never) => T,
  arg?: unknown,
): Promise<Awaited<T>> {
  return (await target.evaluate(browserCall(fn, arg))) as Awaited<T>
}

export interface OpenedPage {
  context: BrowserContext
  page: Page
  errors: string[]
}

/** A fresh context with the load probe in every document, and a page in it (not navigated). */
export async function freshPage(browser: Browser): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1000 } })
  await context.addInitScript({ content: browserCall(installLoadProbe) })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return { context, page, errors }
}

/** The view frame of the page on top of the simulator's stack. */
export async function currentViewFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.mpsim-page-frame[data-current]')
  const frame = await handle.contentFrame()
  if (!frame) throw new Error('the current page frame has no document')
  return frame
}

/** Waits until the simulator launched its app (`window.__mpsim.ready`). */
export async function simulatorReady(page: Page): Promise<void> {
  await page.waitForFunction(
    browserCall(() => (window as any).__mpsim?.ready !== undefined),
    null,
    {
      timeout: 30_000,
    },
  )
  await page.evaluate(browserCall(() => (window as any).__mpsim.ready))
}

/** Polls `read` until it gives a value that `done` accepts, or fails after `timeoutMs`. */
export async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}
