// `mpsim bench load`: its arguments, and one round of every strategy on a small project (no
// preloadRule there: the subpackage strategies are left out) with its table, chart and JSON.

import { describe, expect, it } from 'vitest'
import { loadChart, loadTable } from '../../bench/load/report.ts'
import { runLoadBench } from '../../bench/load/run.ts'
import { parseLoadArgs } from '../../cli/bench-load.ts'
import { writeSubpackagesProject } from '../support/subpackages-project.ts'

describe('mpsim bench load', () => {
  it('parses its arguments and refuses bad ones', () => {
    expect(parseLoadArgs(['samples/loading'])).toEqual({
      project: 'samples/loading',
      network: '4g',
      runs: 5,
      out: 'dist/load-bench',
    })
    expect(parseLoadArgs(['p', '--network=3g', '--runs', '2', '-o', 'x'])).toMatchObject({
      network: '3g',
      runs: 2,
      out: 'x',
    })
    expect(parseLoadArgs([])).toBe('missing <project>')
    expect(parseLoadArgs(['p', '--runs', '0'])).toBe('--runs needs a whole number ≥ 1')
    expect(parseLoadArgs(['p', '--network', '6g'])).toMatch(/^unknown network profile "6g"/)
  })

  it('runs each strategy and reports phases, targets, a chart and raw samples', async () => {
    const project = await writeSubpackagesProject()
    try {
      const result = await runLoadBench({ project: project.dir, network: 'latency=20', runs: 1 })
      expect(result.results.map((r) => r.strategy)).toEqual([
        'cold launch',
        'hot launch',
        'navigate, new webview',
        'navigate, preloaded webview',
      ])
      const [cold, hot] = result.results
      expect(cold!.phases.download).toBeGreaterThan(0)
      expect(hot!.phases.download).toBeUndefined()
      expect(hot!.phases.cache).toBeGreaterThan(0)
      for (const r of result.results) expect(r.firstRender).toBeGreaterThan(0)
      const table = loadTable(result)
      expect(table.targets!.map((t) => t.label)).toEqual([
        'hot launch first render ≥ 3× faster than cold',
        'navigation with a preloaded webview ≥ 30% faster to first render',
        'preloaded subpackage route faster than on demand',
      ])
      expect(table.targets![2]!.value).toBeUndefined() // no preloadRule in this project
      const svg = loadChart(result)
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
      expect(svg).toContain('<title>download: ')
      expect(JSON.parse(JSON.stringify(result)).results[0].samples[0].marks.length).toBeGreaterThan(
        5,
      )
    } finally {
      await project.remove()
    }
  })
})
