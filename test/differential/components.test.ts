// @vitest-environment jsdom
// Differential test of custom components: each case (a page, several components, a script of
// actions) runs in its authority — j-component (wcc + miniprogram-exparser) unless the case
// names glass-easel or the docs, with the reason — and in mpsim through `launch()` (compiler,
// view, logic, bridge). After every step the rendered tree (custom hosts kept) and the lines the
// components logged (lifetimes, observers, events) must be the authority's.
// `npx tsx test/differential/components/report.ts [filter]` prints all three engines side by side.
import { describe, expect, it } from 'vitest'
import { componentCases } from './components/cases/index.ts'
import { expectedSteps } from './components/compare.ts'
import { glassEaselComponentEngine } from './components/engines/glass-easel.ts'
import { jComponentComponentEngine } from './components/engines/j-component.ts'
import { mpsimComponentEngine } from './components/engines/mpsim.ts'
import type { StepResult } from './components/types.ts'
import { wccAvailable } from './engines/wcc-compile.ts'

describe('component cases', () => {
  it('has at least 50 cases with unique names, and every followed authority says why', () => {
    expect(componentCases.length).toBeGreaterThanOrEqual(50)
    expect(new Set(componentCases.map((c) => c.name)).size).toBe(componentCases.length)
    expect(componentCases.filter((c) => c.follow && !c.why).map((c) => c.name)).toEqual([])
    expect(componentCases.filter((c) => c.follow === 'docs' && !c.expected)).toEqual([])
    // known bugs stay few and say why they are not fixed
    expect(componentCases.filter((c) => c.knownMpsimBug).length).toBeLessThanOrEqual(3)
  })
})

/** A launch builds the case's project and starts a host: slow when every suite runs at once. */
const TIMEOUT = 30_000

const withoutReady = (s: StepResult): StepResult => ({
  tree: s.tree,
  log: s.log.filter((l) => !l.startsWith('ready')),
})

describe.runIf(wccAvailable())('components', () => {
  for (const c of componentCases) {
    it(
      c.name,
      async () => {
        const authority = c.follow ?? 'j-component'
        const engine =
          authority === 'glass-easel' ? glassEaselComponentEngine : jComponentComponentEngine
        const reference = authority === 'docs' ? undefined : await engine.run(c)
        const expected = expectedSteps(c, reference)
        const mine = await mpsimComponentEngine.run(c)
        expect(mine.errors).toEqual([])
        const actual = mine.steps.map((s) => expected.strip(s))
        if (c.knownMpsimBug) expect(actual, `fixed? drop knownMpsimBug`).not.toEqual(expected.steps)
        else expect(actual).toEqual(expected.steps)
      },
      TIMEOUT,
    )

    // glass-easel, the platform's current framework, checks the authority where it can: it
    // leaves `ready` to its host, so ready lines are not compared
    if (c.follow !== 'glass-easel')
      it(
        `${c.name} (glass-easel agrees, or the case says why not)`,
        async () => {
          const reference = c.follow === 'docs' ? undefined : await jComponentComponentEngine.run(c)
          const expected = expectedSteps(c, reference)
          const ge = await glassEaselComponentEngine.run(c)
          const found = ge.steps.map((s) => withoutReady(expected.strip(s)))
          const wanted = expected.steps.map(withoutReady)
          if (c.glassEaselDiffers) expect(found).not.toEqual(wanted)
          else expect(found).toEqual(wanted)
        },
        TIMEOUT,
      )
  }
})
