// One run of one scenario in one mode: a fresh browser context opens the simulator (logic in
// its Worker, or on the page's thread), goes from the sample's index page to the scenario's
// page, starts the probes in the view frame and in logic, lets the view settle, does the
// user's part and reads what the probes recorded.

import type { Browser, Frame, Page } from 'playwright-core'
import { browserCall, callIn, simulatorReady, until } from '../simulator/browser.ts'
import {
  installViewProbe,
  LOGIC_PROBE_START,
  LOGIC_PROBE_STOP,
  readViewProbe,
  viewNow,
  type LogicRecord,
  type ViewRecord,
} from './probe.ts'
import type { Scenario } from './scenarios.ts'

export type Mode = 'dual-thread' | 'single-thread'
export const MODES: readonly Mode[] = ['dual-thread', 'single-thread']

/**
 * Both modes keep the views on the simulator page's origin (`views=same`): the view frame then
 * shares its renderer's main thread with the page, which is where single-thread mode runs
 * logic. (With views on the other origin, Chromium gives them their own process, and
 * single-thread logic would block the simulator page instead of the view.)
 */
export const MODE_QUERY: Record<Mode, string> = {
  'dual-thread': '?views=same',
  'single-thread': '?mode=single-thread&views=same',
}

export interface RunRecord {
  scenario: string
  mode: Mode
  /** The user's part (epoch ms): from the view's clock before it, plus its length here. */
  start: number
  end: number
  view: ViewRecord
  logic: LogicRecord | null
  /** The host's own recording of the run (runtime/instruments, `host.trace`): a Chrome trace
   *  file with every thread's track, or null when the simulator has no instruments. */
  instruments: unknown
  /** Errors the simulator page threw (should be none). */
  pageErrors: string[]
}

/** Quiet time before the user's part: the view's first render and layout are done. */
const SETTLE_MS = 700
const LOGIC_PERIOD_MS = 5

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export async function runScenario(
  browser: Browser,
  url: string,
  scenario: Scenario,
  mode: Mode,
): Promise<RunRecord> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } })
  try {
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (e) => pageErrors.push(e.message))
    await page.goto(url + MODE_QUERY[mode])
    await simulatorReady(page)
    const frame = await openScenario(page, scenario)
    await callIn(frame, installViewProbe, scenario.probe)
    await evaluateInLogic(page, LOGIC_PROBE_START, [LOGIC_PERIOD_MS])
    const instrumented = await callIn(page, startInstruments)
    await sleep(SETTLE_MS)
    // The end is taken on this side: reading the view's clock would wait for a busy view.
    // Both clocks count epoch ms on this machine.
    const start = await callIn(frame, viewNow)
    const startedHere = performance.now()
    await scenario.drive({
      page,
      frame,
      sleep,
      answered: (n) => counterReaches(frame, scenario.probe.counterSelector, n),
    })
    const end = start + (performance.now() - startedHere)
    const logic = (await evaluateInLogic(page, LOGIC_PROBE_STOP, [])) as LogicRecord | null
    const view = await callIn(frame, readViewProbe)
    if (!view) throw new Error('the view probe is gone (the frame reloaded?)')
    const instruments = instrumented ? await callIn(page, collectInstruments) : null
    return { scenario: scenario.name, mode, start, end, view, logic, instruments, pageErrors }
  } finally {
    await context.close()
  }
}

/** Taps the scenario's entry on the index page and waits for its page to be on top. */
async function openScenario(page: Page, scenario: Scenario): Promise<Frame> {
  const index = await frameOf(page, 'pages/index/index')
  await index.locator(`.scenario-${scenario.name}`).click()
  const frame = await frameOf(page, scenario.route)
  await frame.locator(scenario.probe.counterSelector).waitFor({ timeout: 20_000 })
  return frame
}

async function frameOf(page: Page, route: string): Promise<Frame> {
  const handle = await page.waitForSelector(
    `iframe.mpsim-page-frame[data-current][data-route="${route}"]`,
    { timeout: 20_000 },
  )
  const frame = await handle.contentFrame()
  if (!frame) throw new Error(`the frame of ${route} has no document`)
  return frame
}

/** Starts the host's instruments on every thread, when the simulator has them. */
function startInstruments(): boolean {
  const trace = (window as any).__mpsim.host.trace
  if (!trace) return false
  trace.start()
  return true
}

async function collectInstruments(): Promise<unknown> {
  const trace = (window as any).__mpsim.host.trace
  const file = await trace.collect()
  trace.stop()
  return file
}

function evaluateInLogic(page: Page, code: string, args: unknown[]): Promise<unknown> {
  return page.evaluate(
    browserCall(
      ((a: { code: string; args: unknown[] }) =>
        (window as any).__mpsim.host.evaluate(a.code, a.args)) as (arg: never) => unknown,
      { code, args },
    ),
  )
}

async function counterReaches(frame: Frame, selector: string, n: number): Promise<void> {
  const read = () =>
    callIn(frame, ((s: string) => document.querySelector(s)?.textContent ?? '') as any, selector)
  await until(
    async () => Number(/\d+/.exec(String(await read()))?.[0] ?? 0),
    (value) => value >= n,
    `${selector} to show ${n}`,
    20_000,
  )
}
