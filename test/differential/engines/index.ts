// The engines, and running one case in one of them with its failure captured as a result.
import type { DiffCase, Engine, EngineName, EngineRun } from '../types.ts'
import { glassEaselEngine } from './glass-easel.ts'
import { jComponentEngine } from './j-component.ts'
import { mpsimEngine } from './mpsim.ts'
import { wccAvailable } from './wcc-compile.ts'
import { wccEngine } from './wcc.ts'

export { mpsimEngine }

/** The engines mpsim is measured against; wcc needs its Linux x64 binary. */
export const referenceEngines: Engine[] = wccAvailable()
  ? [glassEaselEngine, wccEngine, jComponentEngine]
  : [glassEaselEngine]

export type RunResult = EngineRun | { error: string }

export function runCase(engine: Engine, c: DiffCase): RunResult {
  if (c.skip?.[engine.name]) return { error: `skipped: ${c.skip[engine.name]}` }
  try {
    return engine.run(c)
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) }
  }
}

export function runAll(c: DiffCase): Partial<Record<EngineName, RunResult>> {
  const out: Partial<Record<EngineName, RunResult>> = {}
  for (const engine of referenceEngines) out[engine.name] = runCase(engine, c)
  return out
}
