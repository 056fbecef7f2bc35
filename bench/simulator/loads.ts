// One fresh page load, timed inside the browser: a new context (empty cache), the URL opened,
// then the marks of probe.ts read back. Every time is in ms since the top page's navigation
// start; a view frame's marks are moved onto that clock (see clockShift).

import type { Browser, Frame, Page } from 'playwright-core'
import { callIn, currentViewFrame, freshPage, simulatorReady, until } from './browser.ts'
import {
  frameClockOffset,
  readFramePhases,
  readLoadMarks,
  readPagePhases,
  type LoadMarks,
} from './probe.ts'

export interface LoadSample {
  /** The host got the view's `firstRender` (simulator only). */
  firstRender?: number
  /** The list is in the (view's) document. */
  domPresent: number
  /** The first animation frame after that. */
  domFrame: number
  /** First contentful paint of the document that shows the list. */
  firstContentfulPaint: number
  /** The simulator's steps, on the same clock (see probe.ts). */
  phases?: SimulatorPhases
}

export interface SimulatorPhases {
  pageModulesRun: number
  packageFetched: number
  frameOpened: number
  frameModulesRun: number
  logicReady: number
  pageCreate: number
  pageData: number
  pageRequests: number
  frameRequests: number
}

const complete = (m: LoadMarks | null): m is Required<LoadMarks> =>
  !!m &&
  m.domPresent !== undefined &&
  m.domFrame !== undefined &&
  m.firstContentfulPaint !== undefined

async function listMarks(frame: Frame): Promise<Required<LoadMarks>> {
  const marks = await until(() => callIn(frame, readLoadMarks), complete, 'the list and its paint')
  return marks as Required<LoadMarks>
}

/**
 * How far the view frame's clock is from the page's. Each renderer process turns its monotonic
 * clock into `timeOrigin` on its own, and two processes can disagree by 10–20 ms, so the page
 * pings the frame and measures the offset (probe.ts `frameClockOffset`). (The page's Resource
 * Timing entry of a cross-site frame cannot tie them: its `responseEnd` is the frame's load.)
 */
async function clockShift(page: Page, top: LoadMarks, view: LoadMarks): Promise<number> {
  const offset = (await callIn(page, frameClockOffset)) as number
  return view.timeOrigin - offset - top.timeOrigin
}

/** Opens the simulator in a fresh context; times the first page's first render. */
export async function loadSimulator(browser: Browser, url: string): Promise<LoadSample> {
  const { context, page, errors } = await freshPage(browser)
  try {
    await page.goto(url)
    await simulatorReady(page)
    const top = await until(
      () => callIn(page, readLoadMarks),
      (m) => m?.firstRender !== undefined,
      'the host to see firstRender',
    )
    const frame = await currentViewFrame(page)
    const view = await listMarks(frame)
    if (errors.length) throw new Error(`the simulator page failed: ${errors.join('; ')}`)
    const pagePhases = await callIn(page, readPagePhases)
    const framePhases = await callIn(frame, readFramePhases)
    const shift = await clockShift(page, top!, view)
    return {
      phases: {
        pageModulesRun: pagePhases.modulesRun ?? NaN,
        packageFetched: pagePhases.packageFetched ?? NaN,
        frameOpened: pagePhases.frameOpened ?? NaN,
        frameModulesRun: (framePhases.modulesRun ?? NaN) + shift,
        logicReady: top!.logicReady ?? NaN,
        pageCreate: top!.pageCreate ?? NaN,
        pageData: top!.pageData ?? NaN,
        pageRequests: pagePhases.requests,
        frameRequests: framePhases.requests,
      },
      firstRender: top!.firstRender!,
      domPresent: view.domPresent + shift,
      domFrame: view.domFrame + shift,
      firstContentfulPaint: view.firstContentfulPaint + shift,
    }
  } finally {
    await context.close()
  }
}

/** Opens the static baseline page in a fresh context; times its list. */
export async function loadBaseline(browser: Browser, url: string): Promise<LoadSample> {
  const { context, page, errors } = await freshPage(browser)
  try {
    await page.goto(url)
    const marks = await listMarks(page.mainFrame())
    if (errors.length) throw new Error(`the baseline page failed: ${errors.join('; ')}`)
    const { domPresent, domFrame, firstContentfulPaint } = marks
    return { domPresent, domFrame, firstContentfulPaint }
  } finally {
    await context.close()
  }
}
