// Takes the screenshots the README and docs show: the simulator on the todo sample, and each
// library page of samples/components. Run: `node --import tsx docs/screenshots/take.ts`
// (needs Debian's Chromium at /usr/bin/chromium, as the browser tests do).

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, requireChromium } from '../../devserver/chromium.ts'
import { createDevServer } from '../../devserver/server/index.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const OUT = import.meta.dirname

async function withSimulator(project: string, run: (page: Page) => Promise<void>) {
  const server = await createDevServer({ project: join(ROOT, project), port: 0 })
  const profile = await mkdtemp(join(tmpdir(), 'mpsim-shots-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    args: [...CHROMIUM_ARGS],
    headless: true,
    viewport: { width: 1280, height: 900 },
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('console', (m) => m.type() === 'error' && console.error('[page]', m.text()))
    page.on('pageerror', (e) => console.error('[page error]', e.message))
    await page.goto(server.url)
    await page.waitForFunction(() => window.__mpsim?.ready !== undefined, null, { timeout: 60_000 })
    await page.evaluate(() => window.__mpsim!.ready)
    await run(page)
  } finally {
    await context.close()
    await server.close()
    await rm(profile, { recursive: true, force: true })
  }
}

/** Lets the app settle and the frame paint before the shot. */
const settle = (page: Page) => page.waitForTimeout(1500)

await withSimulator('samples/todo', async (page) => {
  await settle(page)
  await page.screenshot({ path: join(OUT, 'simulator-todo.png') })
})

await withSimulator('samples/components', async (page) => {
  for (const lib of ['vant', 'tdesign', 'weui']) {
    await page.evaluate(
      (url) => window.__mpsim!.host.stack.reLaunch({ url }),
      `/pages/${lib}/index`,
    )
    await settle(page)
    await page.screenshot({ path: join(OUT, `components-${lib}.png`) })
  }
})
console.log(`screenshots written to ${OUT}`)
