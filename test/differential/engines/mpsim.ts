// mpsim engine: `renderWxml` from the test facade, normalised from the DOM it renders into.
import * as facade from '../../support/render.ts'
import { normaliseDom, serialise } from '../normalise.ts'
import type { DiffCase, Engine, EngineRun } from '../types.ts'

function run(c: DiffCase): EngineRun {
  const rendered = facade.renderWxml(c.files, 'index.wxml', structuredClone(c.data))
  try {
    // a case that expects errors (the platform warns too) still has to render the same DOM
    const check = (when: string) => {
      if (rendered.errors.length > 0 && !c.expectErrors)
        throw new Error(`mpsim errors ${when}:\n${rendered.errors.join('\n')}`)
    }
    check('on first render')
    const snap = () => serialise(normaliseDom(rendered.root, true))
    const snapshots = [snap()]
    for (const [i, patch] of (c.patches ?? []).entries()) {
      rendered.setData(structuredClone(patch))
      check(`after patch ${i + 1}`)
      snapshots.push(snap())
    }
    return { snapshots, reportsHidden: true, reportsId: true, errors: [...rendered.errors] }
  } finally {
    rendered.destroy()
  }
}

export const mpsimEngine: Engine = { name: 'mpsim', run }
