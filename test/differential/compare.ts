// Comparing engine runs: where the reference engines disagree, and what mpsim is expected to
// render for a case (glass-easel's forms unless the case follows another authority).
import type { RunResult } from './engines/index.ts'
import { stripUnreported } from './normalise.ts'
import type { DiffCase, EngineName } from './types.ts'

export interface Disagreement {
  engine: EngineName
  /** 0 = first render, n = after patch n. */
  step: number
  glassEasel: string
  other: string
}

export function snapshots(r: RunResult | undefined): string[] | undefined {
  return r && 'snapshots' in r ? r.snapshots : undefined
}

/** Every place where wcc or j-component differs from glass-easel (or fails where it did not). */
export function disagreements(runs: Partial<Record<EngineName, RunResult>>): Disagreement[] {
  const base = runs['glass-easel']
  const out: Disagreement[] = []
  for (const engine of ['wcc', 'j-component'] as const) {
    const other = runs[engine]
    if (!other || !base) continue
    if ('error' in base || 'error' in other) {
      const a = 'error' in base ? `error: ${base.error}` : 'ok'
      const b = 'error' in other ? `error: ${other.error}` : 'ok'
      // both failing is agreement: the messages are each engine's own
      if ('error' in base !== 'error' in other)
        out.push({ engine, step: 0, glassEasel: a, other: b })
      continue
    }
    base.snapshots.forEach((s, step) => {
      const mine = stripUnreported(s, other)
      const theirs = other.snapshots[step] ?? '(missing)'
      if (mine !== theirs) out.push({ engine, step, glassEasel: mine, other: theirs })
    })
  }
  return out
}

export interface Expectation {
  authority: EngineName | 'docs'
  forms?: string[]
  error?: string
  /** What the authority can report; mpsim's forms are stripped the same way before comparing. */
  reports: { reportsHidden: boolean; reportsId: boolean }
}

/** What mpsim must render for this case. */
export function expectationFor(
  c: DiffCase,
  runs: Partial<Record<EngineName, RunResult>>,
): Expectation {
  const authority = c.follow ?? 'glass-easel'
  const all = { reportsHidden: true, reportsId: true }
  if (authority === 'docs') return { authority, forms: c.expected, reports: all }
  const r = runs[authority]
  if (!r) return { authority, error: `${authority} did not run`, reports: all }
  if ('error' in r) return { authority, error: r.error, reports: all }
  return { authority, forms: r.snapshots, reports: r }
}

const stepName = (step: number) => (step === 0 ? 'first render' : `after patch ${step}`)

export function describeRuns(
  c: DiffCase,
  runs: Partial<Record<EngineName, RunResult>>,
  all = false,
): string[] {
  const lines = disagreements(runs).map(
    (d) =>
      `  ${d.engine} differs ${stepName(d.step)}:\n    glass-easel ${d.glassEasel}\n    ${d.engine.padEnd(11)} ${d.other}`,
  )
  if (all && lines.length === 0) {
    const s = snapshots(runs['glass-easel'])
    lines.push(...(s ?? ['(glass-easel failed)']).map((x, i) => `  ${stepName(i)}: ${x}`))
  }
  return lines
}
