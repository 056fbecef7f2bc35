// The browser home: the dev server's simulator (devserver/) started in this process and opened
// in Debian's Chromium through playwright-core; the automator server drives the app running in
// that page (BROWSER_METHODS) and captureScreenshot shoots its phone. close() ends the server,
// Chromium, its profile and the dev server.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import type { LogEntry } from '../../bridge/protocol.ts'
import { CHROMIUM_ARGS, requireChromium } from '../../devserver/chromium.ts'
import { createDevServer } from '../../devserver/server/index.ts'
import type { HostError } from '../../runtime/host/index.ts'
import { exception, forward } from '../events.ts'
import { serveAutomator } from '../server.ts'
import { BROWSER_METHODS } from './methods.ts'
import { BrowserHandles, type BrowserSession } from './session.ts'

export interface BrowserAutomatorOptions {
  project: string
  /** Automator port; 0 (default): a free one. */
  port?: number
  /** Show the Chromium window (default false: headless, as CI runs it). */
  headed?: boolean
  onCloseRequest?: () => void
}

export interface BrowserAutomator {
  endpoint: string
  /** The simulator page's URL (the dev server's). */
  url: string
  close(): Promise<void>
}

export async function startBrowserAutomator(o: BrowserAutomatorOptions): Promise<BrowserAutomator> {
  const executablePath = requireChromium()
  const dev = await createDevServer({ project: o.project, port: 0, watch: false })
  const profile = await mkdtemp(join(tmpdir(), 'mpsim-automator-chromium-'))
  let context: BrowserContext | null = null
  const end = async () => {
    await context?.close()
    await dev.close()
    await rm(profile, { recursive: true, force: true })
  }
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      args: [...CHROMIUM_ARGS],
      headless: !o.headed,
      viewport: { width: 1000, height: 1000 },
    })
    const tab = context.pages()[0] ?? (await context.newPage())
    const clients = new Set<{ emit: BrowserSession['emit']; logs: () => boolean }>()
    await tab.exposeFunction('__mpsimAutomatorLog', (entry: LogEntry) => {
      for (const c of clients) forward(entry, { emit: c.emit, logsEnabled: c.logs })
    })
    await tab.exposeFunction('__mpsimAutomatorError', (error: HostError) => {
      for (const c of clients) c.emit('App.exceptionThrown', exception(error))
    })
    await tab.goto(dev.url)
    await tab.waitForFunction(() => (window as any).__mpsim?.ready !== undefined, null, {
      timeout: 30_000,
    })
    await tab.evaluate(async () => {
      const mpsim = (window as any).__mpsim
      await mpsim.ready
      const host = mpsim.host
      let logs = host.logs.length
      let errors = host.errors.length
      host.onActivity(() => {
        while (logs < host.logs.length) (window as any).__mpsimAutomatorLog(host.logs[logs++])
        while (errors < host.errors.length)
          (window as any).__mpsimAutomatorError(host.errors[errors++])
      })
    })
    const handles = new BrowserHandles()
    const server = await serveAutomator<BrowserSession>({
      port: o.port,
      methods: BROWSER_METHODS,
      connect: (client) => {
        let logs = false
        const entry = { emit: client.emit, logs: () => logs }
        clients.add(entry)
        const session: BrowserSession = {
          tab,
          handles,
          emit: client.emit,
          enableLog: () => (logs = true),
          requestClose: client.requestClose,
        }
        return { session, stop: () => clients.delete(entry) }
      },
    })
    server.onCloseRequest = o.onCloseRequest
    return {
      endpoint: server.endpoint,
      url: dev.url,
      close: async () => {
        await server.close()
        await end()
      },
    }
  } catch (error) {
    await end()
    throw error
  }
}
