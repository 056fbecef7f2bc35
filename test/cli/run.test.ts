// `mpsim run` as a user types it: the real bin (bundled CLI, bundled logic worker) in a child
// process, driving the todo sample with a script; a script that throws; an app whose handler
// throws (the original file:line in the output); a script that never loads (the timeout).

import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseRunArgs } from '../../cli/run.ts'

const ROOT = join(import.meta.dirname, '../..')
/** A real process that may first bundle the CLI: generous, as the whole suite runs beside it. */
const RUN_TIMEOUT_MS = 60_000
const BIN = join(ROOT, 'bin/mpsim.js')
const TODO = join(ROOT, 'samples/todo')

interface Result {
  code: number | null
  stdout: string
  stderr: string
}

function mpsim(args: string[]): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

const ADD_TODO = `export default async (mp) => {
  const page = await mp.currentPage()
  await mp.evaluate(() => console.log('pages in logic:', getCurrentPages().length))
  await (await page.$('input')).input('Buy milk')
  await (await page.$('.add-btn')).tap()
  const items = await page.$$('todo-item')
  const titles = await Promise.all(items.map(async (item) => (await item.$('.title')).text()))
  if (titles.at(-1) !== 'Buy milk') throw new Error('last todo is ' + titles.at(-1))
  console.log('todos:', titles.join(' | '))
}
`

const THROWS = `export default async (mp) => {
  const page = await mp.currentPage()
  if (page.path === 'pages/index/index') throw new Error('the script gave up on ' + page.path)
}
`

const TAPS_BOOM = `export default async (mp) => {
  const page = await mp.currentPage()
  await (await page.$('.boom')).tap()
}
`

/** Never finishes loading: the timeout fires before the app is even launched. */
const NEVER_LOADS = `await new Promise(() => {})
export default async () => {}
`

/** A page whose tap handler throws on line 4 of pages/index/index.js. */
const BROKEN_APP: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': 'App({})\n',
  'pages/index/index.wxml': '<view class="boom" bindtap="boom">boom</view>\n',
  'pages/index/index.js': `Page({
  data: {},
  boom() {
    throw new Error('kaboom in the handler')
  },
})
`,
}

// Concurrent: each case is its own process; together they take about as long as the slowest.
describe.concurrent('mpsim run', () => {
  let dir: string
  const script = async (name: string, text: string): Promise<string> => {
    const file = join(dir, name)
    await writeFile(file, text)
    return file
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpsim-cli-run-'))
    for (const [file, text] of Object.entries(BROKEN_APP)) {
      await mkdir(join(dir, 'broken', file, '..'), { recursive: true })
      await writeFile(join(dir, 'broken', file), text)
    }
    // Builds the CLI and worker bundles once if a source changed, outside the timed tests.
    expect((await mpsim(['--version'])).code).toBe(0)
  }, 60_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it(
    'runs a script against the todo sample: adds a todo, prints the app log, exits 0',
    async () => {
      const result = await mpsim(['run', TODO, '--script', await script('add.mjs', ADD_TODO)])
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      // The app's log line (from logic) comes before what the script printed after it.
      expect(result.stdout).toMatch(
        /\[logic\] log: pages in logic: 1\ntodos: Read the WXML docs \| .* \| Buy milk\n/,
      )
      expect(result.stdout).toMatch(/mpsim run: .*add\.mjs done \(1 log line, 0 app errors/)
    },
    RUN_TIMEOUT_MS,
  )

  it(
    'exits 1 with the message and stack when the script throws',
    async () => {
      const file = await script('throws.mjs', THROWS)
      const result = await mpsim(['run', TODO, '--script', file, '--mode', 'single-thread'])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`mpsim run: the script ${file} threw:`)
      expect(result.stderr).toContain('Error: the script gave up on pages/index/index')
      expect(result.stderr).toMatch(/at default \(file:\/\/.*throws\.mjs:3:\d+\)/)
    },
    RUN_TIMEOUT_MS,
  )

  it(
    'prints an error thrown in a handler with its original file:line',
    async () => {
      const file = await script('boom.mjs', TAPS_BOOM)
      const result = await mpsim(['run', join(dir, 'broken'), '--script', file])
      expect(result.code).toBe(0) // the app reported the error and went on; the script passed
      expect(result.stderr).toMatch(
        /error \[logic\] Error: kaboom in the handler\n {4}at pages\/index\/index\.js:4:\d+\n {4}in .*boom/,
      )
      expect(result.stdout).toContain('(0 log lines, 1 app error,')
    },
    RUN_TIMEOUT_MS,
  )

  it(
    'ends a run that takes too long, naming what was running',
    async () => {
      const file = await script('never.mjs', NEVER_LOADS)
      const result = await mpsim(['run', TODO, '--script', file, '--timeout', '300'])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(
        `mpsim run: timed out after 300 ms while loading the script ${file}`,
      )
    },
    RUN_TIMEOUT_MS,
  )
})

describe('mpsim run arguments', () => {
  it('reads the options, with the worker and a 60 s timeout by default', () => {
    expect(parseRunArgs(['app', '--script', 's.mjs'])).toEqual({
      project: 'app',
      script: 's.mjs',
      mode: 'worker',
      timeoutMs: 60_000,
    })
    expect(parseRunArgs(['--mode=single-thread', 'app', '-s', 's.mjs', '--timeout', '5'])).toEqual({
      project: 'app',
      script: 's.mjs',
      mode: 'single-thread',
      timeoutMs: 5,
    })
  })

  it('says what is wrong', () => {
    expect(parseRunArgs(['app'])).toBe('missing --script <file.mjs>')
    expect(parseRunArgs(['--script', 's.mjs'])).toBe('missing <project>')
    expect(parseRunArgs(['app', '--script', 's.mjs', '--mode', 'both'])).toBe(
      '--mode is worker or single-thread',
    )
    expect(parseRunArgs(['app', '--script', 's.mjs', '--timeout', 'soon'])).toBe(
      '--timeout needs a number of milliseconds',
    )
    expect(parseRunArgs(['app', 'other', '--script', 's.mjs'])).toBe('unexpected argument other')
  })
})
