// `npm run bench` runs every benchmark group; `npm run bench -- render` (or compile, build) runs
// the named ones. Results are a report: a missed target prints MISS but never fails the run.

import { bridgeBenchmarks } from './bridge.ts'
import { buildBenchmarks } from './build/index.ts'
import { compileBenchmarks } from './compile.ts'
import { componentBenchmarks } from './components/index.ts'
import { renderBenchmarks } from './render/index.ts'
import { runtimeBenchmarks } from './runtime.ts'
import { simulatorBenchmarks } from './simulator/index.ts'

const groups: Record<string, () => Promise<void>> = {
  bridge: bridgeBenchmarks,
  compile: compileBenchmarks,
  render: renderBenchmarks,
  build: buildBenchmarks,
  runtime: runtimeBenchmarks,
  components: componentBenchmarks,
  simulator: simulatorBenchmarks,
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
}

await main(process.argv.slice(2))
