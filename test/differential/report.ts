// Prints where the reference engines disagree, case by case:
//   npx tsx test/differential/report.ts [name filter]
// The vitest file asserts; this is for reading the platform's behaviour.
import { JSDOM } from 'jsdom'

const dom = new JSDOM('<!doctype html><html><body></body></html>')
const g = globalThis as Record<string, unknown>
for (const key of [
  'window',
  'document',
  'Node',
  'Element',
  'HTMLElement',
  'Event',
  'CustomEvent',
]) {
  g[key] = key === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[key]
}

const { allCases } = await import('./cases/index.ts')
const { runAll } = await import('./engines/index.ts')
const { describeRuns } = await import('./compare.ts')

const filter = process.argv[2] ?? ''
let disagreeing = 0
for (const c of allCases.filter((x) => x.name.includes(filter))) {
  const lines = describeRuns(c, runAll(c), process.argv.includes('--all'))
  if (lines.length === 0) continue
  disagreeing += 1
  console.log(`\n## ${c.name}${c.follow ? `  (follows ${c.follow})` : ''}`)
  for (const l of lines) console.log(l)
}
console.log(`\n${disagreeing} of ${allCases.length} cases with disagreements`)
