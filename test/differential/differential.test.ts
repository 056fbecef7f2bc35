// @vitest-environment jsdom
// Differential test: every case renders in glass-easel (WeChat's open-source framework and its
// template compiler), in wcc (the platform's own WXML compiler, its virtual tree) and in
// j-component (wcc's output rendered by miniprogram-simulate's runtime). The reference engines
// must agree, or the case must say which one mpsim follows and why; mpsim must equal that one,
// on the first render and after every patch.
import { describe, expect, it } from 'vitest'
import { allCases } from './cases/index.ts'
import { disagreements, expectationFor } from './compare.ts'
import { mpsimEngine, runAll, runCase } from './engines/index.ts'
import { stripUnreported } from './normalise.ts'

describe('differential cases', () => {
  it('has at least 160 cases with unique names', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(160)
    expect(new Set(allCases.map((c) => c.name)).size).toBe(allCases.length)
  })

  it('every case that follows an authority says why', () => {
    const unexplained = allCases.filter((c) => c.follow && !c.why).map((c) => c.name)
    expect(unexplained).toEqual([])
  })
})

for (const c of allCases) {
  describe(c.name, () => {
    const runs = runAll(c)

    it('reference engines agree, or the case says whom mpsim follows', () => {
      const found = disagreements(runs)
      if (c.follow) return
      expect(found).toEqual([])
    })

    it('the authority renders the case', () => {
      const exp = expectationFor(c, runs)
      expect(exp.error).toBeUndefined()
      expect(exp.forms?.length).toBe((c.patches?.length ?? 0) + 1)
    })

    it(`mpsim renders as ${c.follow ?? 'glass-easel'}`, () => {
      const exp = expectationFor(c, runs)
      const mine = runCase(mpsimEngine, c)
      if ('error' in mine) throw new Error(mine.error)
      const actual = mine.snapshots.map((s) => stripUnreported(s, exp.reports))
      expect(actual).toEqual(exp.forms)
      if (c.expectErrors) expect(mine.errors?.length).toBeGreaterThan(0)
    })
  })
}
