// Tap to update: a real mouse click (Playwright's mouse, through Chromium's input pipeline) on
// a todo item's check mark, timed inside the document that shows it: from the click event's
// `timeStamp` to the MutationObserver seeing the mark change, and to the next animation frame.

import type { Browser, Frame } from 'playwright-core'
import {
  callIn,
  currentViewFrame,
  freshPage,
  simulatorReady,
  until,
  type OpenedPage,
} from './browser.ts'
import {
  armTap,
  frameClockOffset,
  readLoadMarks,
  readTap,
  recordSince,
  type PassedStep,
  type TapMarks,
} from './probe.ts'

/** The sample's second item (not done at first); each tap toggles it. */
export const TAPPED_ITEM = 'todo-item#todo-write-a-component'

export interface TapSample {
  /** Click → the DOM shows the change. */
  updated: number
  /** Click → the first animation frame after that. */
  frame: number
  /** Simulator: the messages the host passed for this tap, in ms after the click (host clock). */
  steps?: { label: string; sentAt: number; receivedAt: number }[]
}

export interface TapTarget {
  tap(): Promise<TapSample>
  /** The host's logic mode (`worker`, `single-thread`); undefined on the static page. */
  mode(): Promise<string | undefined>
  close(): Promise<void>
}

/** Maps a time of the view frame's clock onto the simulator page's (see loads.ts). */
type ToPageClock = (frameTime: number) => number

async function pageClock(opened: OpenedPage, frame: Frame): Promise<ToPageClock> {
  const offset = (await callIn(opened.page, frameClockOffset)) as number
  const page = await callIn(opened.page, readLoadMarks)
  const view = await callIn(frame, readLoadMarks)
  const shift = view!.timeOrigin - offset - page!.timeOrigin
  return (t) => t + shift
}

/** The record's steps of one tap, relative to the click, labelled in order (`view→host event`). */
function tapSteps(steps: PassedStep[], clickAt: number): TapSample['steps'] {
  const seen = new Map<string, number>()
  return steps.map((s) => ({
    label: numbered(seen, `${s.direction} ${s.type}`),
    sentAt: s.sentAt - clickAt,
    receivedAt: s.receivedAt - clickAt,
  }))
}

/** `label`, or `label #2`, `#3`… when it came before in the same tap. */
function numbered(seen: Map<string, number>, label: string): string {
  const n = (seen.get(label) ?? 0) + 1
  seen.set(label, n)
  return n > 1 ? `${label} #${n}` : label
}

async function tapOnce(frame: Frame): Promise<TapSample> {
  await callIn(frame, armTap, TAPPED_ITEM)
  await frame.locator(`${TAPPED_ITEM} [class$="--check"]`).click()
  const marks = await until(
    () => callIn(frame, readTap),
    (m): m is Required<TapMarks> => m?.event !== undefined && m.frame !== undefined,
    'the tapped item to change',
  )
  const { event, updated, frame: shown } = marks as Required<TapMarks>
  return { updated: updated - event, frame: shown - event }
}

function target(opened: OpenedPage, frame: Frame, toPage?: ToPageClock): TapTarget {
  let recorded = 0
  const readRecord = async () => (await callIn(opened.page, recordSince, recorded)).steps
  return {
    tap: async () => {
      if (toPage) recorded = (await callIn(opened.page, recordSince, 0)).next
      const sample = await tapOnce(frame)
      if (opened.errors.length) throw new Error(`page error: ${opened.errors.join('; ')}`)
      if (!toPage) return sample
      const marks = (await callIn(frame, readTap)) as Required<TapMarks>
      return { ...sample, steps: tapSteps(await readRecord(), toPage(marks.event)) }
    },
    mode: () => callIn(opened.page, () => (window as any).__mpsim?.host.mode as string | undefined),
    close: () => opened.context.close(),
  }
}

/** The simulator in a fresh context, its first page shown; `url` may carry a query. */
export async function simulatorTaps(browser: Browser, url: string): Promise<TapTarget> {
  const opened = await freshPage(browser)
  await opened.page.goto(url)
  await simulatorReady(opened.page)
  const frame = await currentViewFrame(opened.page)
  await frame.locator(TAPPED_ITEM).waitFor()
  return target(opened, frame, await pageClock(opened, frame))
}

export async function baselineTaps(browser: Browser, url: string): Promise<TapTarget> {
  const opened = await freshPage(browser)
  await opened.page.goto(url)
  await opened.page.locator(TAPPED_ITEM).waitFor()
  return target(opened, opened.page.mainFrame())
}
