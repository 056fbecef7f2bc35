// `mpsim trace <project> --script s.mjs --out trace.json`: runs the script on the headless app
// with recording on and writes a trace that validates, with the tap's latency in it.

import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { main } from '../../cli/index.ts'
import { parseTraceArgs } from '../../cli/trace.ts'
import { summarizeTrace, validateTrace, type TraceFile } from '../../runtime/instruments/index.ts'
import { measurementProject } from './project.ts'

let project: Awaited<ReturnType<typeof measurementProject>>
beforeAll(async () => void (project = await measurementProject()))
afterAll(async () => project?.remove())

function io() {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) },
    out,
    err,
  }
}

it('writes the trace of a scripted session', async () => {
  const script = join(project.dir, 'session.mjs')
  const out = join(project.dir, 'session-trace.json')
  await writeFile(
    script,
    `export default async (mp) => {
  const page = await mp.currentPage()
  await (await page.$('#tap')).tap()
}`,
  )
  const { io: streams, out: stdout, err } = io()
  const code = await main(['trace', project.dir, '--script', script, '--out', out], streams)
  expect(err.join('')).toBe('')
  expect(code).toBe(0)
  const file = JSON.parse(await readFile(out, 'utf8')) as TraceFile
  expect(validateTrace(file).problems).toEqual([])
  const taps = summarizeTrace(file).eventLatencies.filter((l) => l.args.handler === 'tap')
  expect(taps).toHaveLength(1)
  expect(stdout.join('')).toContain(`mpsim trace: wrote ${out}`)
  expect(stdout.join('')).toMatch(/event → update: [\d.]+ ms/)
}, 60_000)

it('says what is wrong with its arguments', () => {
  expect(parseTraceArgs(['p'])).toBe('missing --script <file.mjs>')
  expect(parseTraceArgs(['--script', 's.mjs'])).toBe('missing <project>')
  expect(parseTraceArgs(['p', '-s', 's.mjs', '--mode', 'x'])).toBe(
    '--mode is worker or single-thread',
  )
  expect(parseTraceArgs(['p', '-s', 's.mjs'])).toEqual({
    project: 'p',
    script: 's.mjs',
    out: 'trace.json',
    mode: 'worker',
    timeoutMs: 60_000,
  })
})
