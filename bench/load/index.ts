// `npm run bench -- load`: the loading strategies on samples/loading under the 4g profile
// (issue 7's targets), the chart and raw JSON written to dist/load-bench.

import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { printTable } from '../report.ts'
import { loadChart, loadTable } from './report.ts'
import { runLoadBench, type LoadBenchOptions, type LoadBenchResult } from './run.ts'

const SAMPLE = fileURLToPath(new URL('../../samples/loading', import.meta.url))

/** Runs the benchmark, prints its table, writes load.svg and load.json into `out`. */
export async function loadBench(
  options: LoadBenchOptions & { out: string },
): Promise<{ result: LoadBenchResult; files: string[] }> {
  const result = await runLoadBench(options)
  printTable(loadTable(result))
  await mkdir(options.out, { recursive: true })
  const files = [join(options.out, 'load.svg'), join(options.out, 'load.json')]
  await writeFile(files[0]!, loadChart(result))
  await writeFile(files[1]!, JSON.stringify(result, null, 1))
  return { result, files }
}

export async function loadBenchmarks(): Promise<void> {
  const out = fileURLToPath(new URL('../../dist/load-bench', import.meta.url))
  const { files } = await loadBench({ project: SAMPLE, network: '4g', runs: 5, out })
  console.log(`load: chart and raw samples in ${files.join(', ')}`)
}
