// The scenarios of samples/jank and how the experiment drives each one in the simulator: what
// the user does (real input through Playwright's mouse and keyboard, so it goes through
// Chromium's input pipeline like a person's), which control's events count as actions, and
// which counter on screen says the app answered.

import type { Frame, Page } from 'playwright-core'
import type { ViewProbeOptions } from './probe.ts'

export interface ScenarioContext {
  page: Page
  /** The scenario page's view frame. */
  frame: Frame
  /** Resolves when the counter shows at least `n` (the app answered n actions). */
  answered(n: number): Promise<void>
  sleep(ms: number): Promise<void>
}

export interface Scenario {
  name: string
  /** The page's route in samples/jank. */
  route: string
  /** What it does, for the table. */
  title: string
  probe: ViewProbeOptions
  /** Whether each action has an answer to time (tap-to-update latency). */
  timesActions: boolean
  /** Does the user's part; the run is measured from before it to when it returns. */
  drive(ctx: ScenarioContext): Promise<void>
}

const HEAVY_TAPS = 6

/** Where to click `selector`: its centre on the page. Read before the work starts, as reading
 *  it waits for the view's thread. */
async function centreOf(ctx: ScenarioContext, selector: string): Promise<{ x: number; y: number }> {
  const box = await ctx.frame.locator(selector).first().boundingBox()
  if (!box) throw new Error(`${selector} is not on screen`)
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Clicks at the centre of `selector` with the mouse, without Playwright's actionability
 *  waits (they evaluate in the frame, which a busy thread would hold up). */
async function clickAt(ctx: ScenarioContext, selector: string): Promise<void> {
  const { x, y } = await centreOf(ctx, selector)
  await ctx.page.mouse.click(x, y)
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'heavy',
    route: 'pages/heavy/heavy',
    title: `tap handler computing 200 ms (${HEAVY_TAPS} taps)`,
    probe: { eventType: 'click', eventSelector: '.compute', counterSelector: '.taps' },
    timesActions: true,
    async drive(ctx) {
      for (let i = 1; i <= HEAVY_TAPS; i++) {
        await clickAt(ctx, '.compute')
        await ctx.answered(i)
        await ctx.sleep(300)
      }
    },
  },
  {
    name: 'filter',
    route: 'pages/filter/filter',
    title: 'filter 3,000 rows on each keystroke',
    probe: { eventType: 'input', eventSelector: '.filter-input', counterSelector: '.keystrokes' },
    timesActions: true,
    async drive(ctx) {
      await clickAt(ctx, '.filter-input')
      const keys = ['a', 'p', 'p', 'Backspace', 'Backspace', 'Backspace', 'e', ' ', '1']
      for (const [i, key] of keys.entries()) {
        await ctx.page.keyboard.press(key)
        await ctx.answered(i + 1)
        await ctx.sleep(150)
      }
    },
  },
  {
    name: 'stream',
    route: 'pages/stream/stream',
    title: 'setData 60×/s, 300 points each (3 s)',
    probe: { eventType: 'click', eventSelector: '.toggle', counterSelector: '.ticks' },
    timesActions: false,
    async drive(ctx) {
      const toggle = await centreOf(ctx, '.toggle')
      await ctx.page.mouse.click(toggle.x, toggle.y)
      await ctx.answered(1)
      await ctx.sleep(3000)
      // The run ends here: in dual-thread mode the view may still be working through the
      // setData calls logic sent faster than it could apply them.
      await ctx.page.mouse.click(toggle.x, toggle.y)
    },
  },
  {
    name: 'scroll',
    route: 'pages/scroll/scroll',
    title: 'wheel scroll, onPageScroll 30 ms + setData (2 s)',
    probe: { eventType: 'wheel', eventSelector: 'body', counterSelector: '.scrolls' },
    timesActions: false,
    async drive(ctx) {
      const box = await ctx.frame.locator('.row').nth(3).boundingBox()
      if (!box) throw new Error('the rows are not on screen')
      await ctx.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      for (let i = 0; i < 40; i++) {
        await ctx.page.mouse.wheel(0, 60)
        await ctx.sleep(50)
      }
      await ctx.answered(1)
      await ctx.sleep(300)
    },
  },
]

export function scenarioNamed(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name)
}
