// `npm run bench` runs every benchmark group; `npm run bench -- render` (or compile, build) runs
// the named ones. Results are a report: a missed target prints MISS but never fails the run.
// The run ends with one Markdown summary of every table, also written to bench/results.md.

import { automatorBenchmarks } from './automator/index.ts'
import { backendBenchmarks } from './backend/index.ts'
import { bridgeBenchmarks } from './bridge.ts'
import { buildBenchmarks } from './build/index.ts'
import { compileBenchmarks } from './compile.ts'
import { componentBenchmarks } from './components/index.ts'
import { jankBenchmarks } from './jank/index.ts'
import { loadBenchmarks } from './load/index.ts'
import { renderBenchmarks } from './render/index.ts'
import { printedTables } from './report.ts'
import { runtimeBenchmarks } from './runtime.ts'
import { simulatorBenchmarks } from './simulator/index.ts'
import { markdownSummary } from './summary.ts'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const groups: Record<string, () => Promise<void>> = {
  bridge: bridgeBenchmarks,
  compile: compileBenchmarks,
  render: renderBenchmarks,
  build: buildBenchmarks,
  runtime: runtimeBenchmarks,
  components: componentBenchmarks,
  simulator: simulatorBenchmarks,
  jank: jankBenchmarks,
  load: loadBenchmarks,
  backend: backendBenchmarks,
  automator: automatorBenchmarks,
}

async function main(args: string[]): Promise<void> {
  const unknown = args.filter((a) => !(a in groups))
  if (unknown.length) {
    console.error(
      `unknown benchmark group: ${unknown.join(', ')} (have: ${Object.keys(groups).join(', ')})`,
    )
    return
  }
  const names = args.length ? args : Object.keys(groups)
  const started = new Date()
  console.log(`mpsim benchmarks — node ${process.version}, ${new Date().toISOString()}`)
  console.log('times are medians of samples taken in this run; ratios compare medians of this run')
  for (const name of names) {
    try {
      await groups[name]!()
    } catch (e) {
      console.log(
        `\n== ${name}: failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      )
    }
  }
  // One summary of the whole run; a partial run (named groups) is written too, and says so.
  const summary = markdownSummary(printedTables, args, started)
  const file = fileURLToPath(new URL('./results.md', import.meta.url))
  writeFileSync(file, summary)
  console.log('\n' + summary)
  console.log(`written to ${file}`)
}

await main(process.argv.slice(2))
