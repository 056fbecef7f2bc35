// Browser tests' helper: starts the dev server on a free port for a project and opens the
// simulator in Debian's Chromium through playwright-core, with a fresh profile. Without
// Chromium the test fails and says how to install it (never skips).

import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { CHROMIUM_ARGS, requireChromium } from '../../devserver/chromium.ts'
import { createDevServer, type DevServer } from '../../devserver/server/index.ts'

/** `expect.poll` with room for a busy machine (the whole suite runs beside the browser). */
export const poll = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 20_000, interval: 50 })

/** Where tests put their screenshots (kept out of git). */
export const OUTPUT = resolve(import.meta.dirname, '../../test-results/browser')

export interface Simulator {
  server: DevServer
  context: BrowserContext
  page: Page
  /** The iframe of the page on top of the stack. */
  currentFrame(): Promise<Frame>
  /** Reloads the simulator page and waits until the app launched again. */
  reload(): Promise<void>
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

export async function openSimulator(project: string, query = ''): Promise<Simulator> {
  const executablePath = requireChromium()
  const server = await createDevServer({ project, port: 0 })
  const profile = await mkdtemp(join(tmpdir(), 'mpsim-chromium-'))
  let context: BrowserContext | null = null
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      args: [...CHROMIUM_ARGS],
      headless: true,
      viewport: { width: 1000, height: 1000 },
    })
    const page = context.pages()[0] ?? (await context.newPage())
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    const launched = async () => {
      await page.waitForFunction(() => window.__mpsim?.ready !== undefined, null, {
        timeout: 30_000,
      })
      await page.evaluate(() => window.__mpsim!.ready)
    }
    await page.goto(server.url + query)
    await launched()
    const sim: Simulator = {
      server,
      context,
      page,
      async currentFrame() {
        const handle = await page.waitForSelector('iframe.mpsim-page-frame[data-current]')
        const frame = await handle.contentFrame()
        if (!frame) throw new Error('the current page frame has no document')
        return frame
      },
      async reload() {
        await page.reload()
        await launched()
      },
      async screenshot(name) {
        await mkdir(OUTPUT, { recursive: true })
        const path = join(OUTPUT, `${name}.png`)
        await page.screenshot({ path })
        return path
      },
      async close() {
        await context?.close()
        await server.close()
        await rm(profile, { recursive: true, force: true })
      },
    }
    return sim
  } catch (error) {
    await context?.close()
    await server.close()
    await rm(profile, { recursive: true, force: true })
    throw error
  }
}
