// Fuzzing the per-file compilers: thousands of generated, truncated and mutated inputs. None may
// throw or hang; every error must point inside the input with a code frame; the output must be
// valid JavaScript (or CSS) that runs. Reproduce with the printed seed:
//   FUZZ_SEED=<seed> npx vitest run test/fuzz       (FUZZ_SEED=random for a fresh seed,
//   FUZZ_RUNS=<n> for more or fewer inputs, FUZZ_CASE=<stream>:<index> to print one input)

import { beforeAll, describe, expect, it } from 'vitest'
import { memoryFiles, resolveAsset } from '../../compiler/project/index.ts'
import type { ProjectFiles } from '../../compiler/project/index.ts'
import { LIBRARIES, libraryFiles, wxmlHost, wxssHost } from '../libraries/library-files.ts'
import { checkWxml, checkWxs, checkWxss } from './checks.ts'
import type { Outcome } from './checks.ts'
import { damage, slice } from './mutate.ts'
import { fuzzRuns, fuzzSeed, inputSeed, mulberry32 } from './prng.ts'
import type { Rng } from './prng.ts'
import { deepWxml, expressionInWxml, wxmlFile } from './wxml-grammar.ts'
import { wxsFile, wxssFile } from './wxss-wxs-grammar.ts'

const SEED = fuzzSeed()
const RUNS = fuzzRuns(3000)
const ONLY = process.env.FUZZ_CASE ?? ''

const PAGE = 'pages/index/index'
const CONTEXT: Record<string, string> = {
  'pages/index/other.wxml':
    '<template name="t1"><text>{{a}}</text></template><template name="t2">{{b}}</template><view>o</view>',
  'pages/index/loop.wxml': '<include src="./index"/>',
  // Errors inside an included file must point into that file.
  'pages/index/broken.wxml': '<view>\n  {{ a + }}</view>\n<text wx:else>',
  'pages/index/fmt.wxs': 'module.exports = { f: function (x) { return x } }',
  'utils/fmt.wxs': "var f = require('../pages/index/fmt.wxs'); module.exports = f",
  'pages/index/other.wxss': '.o { width: 10rpx }',
  'styles/base.wxss': '@import "/pages/index/other.wxss"; .b { margin: 1rpx }',
}

/** The fuzz context plus the input itself (so `<include src="./index">` finds it). */
function project(file: string, source: string): ProjectFiles {
  return memoryFiles({ ...CONTEXT, [file]: source })
}

function hostOf(files: ProjectFiles) {
  return {
    wxml: wxmlHost(files),
    wxss: wxssHost(files),
    wxs: (from: string, request: string) => resolveAsset(files, from, request, '.wxs'),
  }
}

interface Failure {
  stream: string
  index: number
  input: string
  problems: string[]
}

interface Stream {
  name: string
  share: number
  /** Makes input `i` and checks it. */
  run(rng: Rng): { input: string; outcome: Outcome }
}

const wxmlStream = (name: string, share: number, make: (rng: Rng) => string): Stream => ({
  name,
  share,
  run(rng) {
    const input = make(rng)
    const file = `${PAGE}.wxml`
    const files = project(file, input)
    return { input, outcome: checkWxml(file, input, files, hostOf(files).wxml) }
  },
})

/** Runs a stream and returns its failures; logs how many inputs it ran and the slowest. */
function fuzz(stream: Stream, streamNo: number): Failure[] {
  const count = Math.max(1, Math.round(RUNS * stream.share))
  const failures: Failure[] = []
  let withErrors = 0
  let slowest = 0
  let total = 0
  for (let i = 0; i < count; i++) {
    if (ONLY && ONLY !== `${stream.name}:${i}`) continue
    const { input, outcome } = stream.run(mulberry32(inputSeed(SEED, streamNo, i)))
    if (ONLY)
      console.log(`${stream.name}:${i} input:\n${input}\n${JSON.stringify(outcome, null, 2)}`)
    if (outcome.errors > 0) withErrors++
    slowest = Math.max(slowest, outcome.ms)
    total += outcome.ms
    if (outcome.problems.length) failures.push({ stream: stream.name, index: i, input, ...outcome })
  }
  console.log(
    `fuzz ${stream.name}: ${count} inputs (${withErrors} with errors), compiling took ${total.toFixed(0)} ms (slowest ${slowest.toFixed(1)} ms), ${failures.length} failing`,
  )
  return failures
}

function report(failures: Failure[]): string {
  return failures
    .slice(0, 8)
    .map((f) => {
      const input =
        f.input.length > 600 ? `${f.input.slice(0, 600)}…(${f.input.length} chars)` : f.input
      const problems = [...new Set(f.problems)].slice(0, 4).join('\n    ')
      return `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} FUZZ_CASE=${f.stream}:${f.index}\n  input: ${JSON.stringify(input)}\n    ${problems}`
    })
    .join('\n\n')
}

const libraryWxml: Array<{ lib: number; file: string; files: ProjectFiles }> = []

const STREAMS: Stream[] = [
  wxmlStream('wxml', 0.39, (rng) => damage(rng, wxmlFile(rng))),
  wxmlStream('expression', 0.25, (rng) => expressionInWxml(rng)),
  wxmlStream('deep', 0.01, (rng) => deepWxml(rng)),
  {
    name: 'library-slice',
    share: 0.15,
    run(rng) {
      const { file, files } = rng.pick(libraryWxml)
      const input = slice(rng, files.read(file) ?? '')
      const host = wxmlHost(files)
      const read = (f: string) => (f === file ? input : host.read(f))
      return { input, outcome: checkWxml(file, input, files, { ...host, read }) }
    },
  },
  {
    name: 'wxss',
    share: 0.1,
    run(rng) {
      const input = damage(rng, wxssFile(rng))
      const file = `${PAGE}.wxss`
      const files = project(file, input)
      const scope = rng.chance(0.5) ? { prefix: null, host: null } : { prefix: 'c1', host: PAGE }
      return { input, outcome: checkWxss(file, input, files, hostOf(files).wxss, scope) }
    },
  },
  {
    name: 'wxs',
    share: 0.1,
    run(rng) {
      const code = damage(rng, wxsFile(rng))
      if (rng.chance(0.5)) {
        const files = project('utils/a.wxs', code)
        return { input: code, outcome: checkWxs('utils/a.wxs', code, hostOf(files).wxs) }
      }
      const input = `<view>{{m.f(1)}}</view>\n<wxs module="m">${code}</wxs>`
      const files = project(`${PAGE}.wxml`, input)
      return { input, outcome: checkWxml(`${PAGE}.wxml`, input, files, hostOf(files).wxml) }
    },
  },
]

describe(`compilers under fuzz (seed ${SEED})`, () => {
  beforeAll(async () => {
    console.log(`fuzz seed ${SEED}, ${RUNS} inputs: reproduce with FUZZ_SEED=${SEED}`)
    for (const [lib, library] of LIBRARIES.entries()) {
      const files = await libraryFiles(library)
      for (const file of files.list)
        if (file.endsWith('.wxml')) libraryWxml.push({ lib, file, files })
    }
  })

  it.each(STREAMS.map((s, i) => [s.name, i] as const))('%s inputs', (_name, i) => {
    const failures = fuzz(STREAMS[i]!, i)
    expect(failures.length, report(failures)).toBe(0)
  })
})
