// What mpsim must report for a component case: the authority's steps (j-component's, or
// glass-easel's), or the documented ones when the case follows the docs (a known j-component
// deviation glass-easel cannot show, named in the case's `why`).

import { stripUnreported } from '../normalise.ts'
import type { ComponentCase, ComponentRun, StepResult } from './types.ts'

export interface ExpectedSteps {
  steps: StepResult[]
  /** Drops what the authority cannot report from one of mpsim's steps. */
  strip(s: StepResult): StepResult
}

export function expectedSteps(
  c: ComponentCase,
  reference: ComponentRun | undefined,
): ExpectedSteps {
  if (c.follow === 'docs') {
    if (!c.expected) throw new Error(`${c.name} follows the docs but gives no expected steps`)
    return { steps: c.expected, strip: (s) => s }
  }
  if (!reference) throw new Error(`${c.name}: no reference engine ran`)
  const strip = (s: StepResult) => ({ tree: stripUnreported(s.tree, reference), log: s.log })
  return { steps: reference.steps, strip }
}
