// Prints, case by case, what j-component and mpsim report (tree and log after each step) and
// where they differ:  npx tsx test/differential/components/report.ts [name filter] [--all]
import { JSDOM } from 'jsdom'

const dom = new JSDOM('<!doctype html><html><body></body></html>')
const g = globalThis as Record<string, unknown>
for (const key of ['window', 'document', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent'])
  g[key] = key === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[key]

const { componentCases } = await import('./cases/index.ts')
const { jComponentComponentEngine } = await import('./engines/j-component.ts')
const { mpsimComponentEngine } = await import('./engines/mpsim.ts')
const { glassEaselComponentEngine } = await import('./engines/glass-easel.ts')
const { expectedSteps } = await import('./compare.ts')

const filter = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : ''
const all = process.argv.includes('--all')
let differing = 0
const cases = componentCases.filter((x) => x.name.includes(filter))
for (const c of cases) {
  const safe = async <T>(f: () => Promise<T>) => f().catch((e: unknown) => ({ error: String(e) }))
  const ref = await safe(() => jComponentComponentEngine.run(c))
  const mine = await safe(() => mpsimComponentEngine.run(c))
  const ge = await safe(() => glassEaselComponentEngine.run(c))
  const lines: string[] = []
  if ('error' in ref || 'error' in mine)
    lines.push(`  j-component: ${JSON.stringify(ref)}`, `  mpsim: ${JSON.stringify(mine)}`)
  else {
    const authority = c.follow === 'glass-easel' ? ge : ref
    const exp = expectedSteps(
      c,
      c.follow === 'docs' || 'error' in authority ? undefined : authority,
    )
    if (mine.errors?.length) lines.push(`  mpsim errors: ${mine.errors.join(' | ')}`)
    mine.steps.forEach((s, i) => {
      const m = exp.strip(s)
      const e = exp.steps[i]
      const g = 'error' in ge ? ge : exp.strip(ge.steps[i]!)
      const text = (x: { tree: string; log: string[] } | undefined) =>
        x ? `${x.tree}\n             ${JSON.stringify(x.log)}` : '(none)'
      const same = JSON.stringify(m) === JSON.stringify(e)
      const geSame = JSON.stringify(g) === JSON.stringify(e)
      if (same && geSame && !all) return
      lines.push(`  step ${i}${same ? '' : ' DIFFERS'}${geSame ? '' : ' (glass-easel differs)'}:`)
      lines.push(`    expected ${text(e)}`)
      if (!same) lines.push(`    mpsim    ${text(m)}`)
      if (!geSame) lines.push(`    glass-e. ${'error' in g ? g.error : text(g)}`)
    })
  }
  if (lines.length === 0) continue
  differing += 1
  console.log(`\n## ${c.name}${c.follow ? `  (follows ${c.follow})` : ''}`)
  for (const l of lines) console.log(l)
}
console.log(`\n${differing} of ${cases.length} cases differ`)
process.exit(0)
