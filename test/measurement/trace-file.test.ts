// A recording is trace-event JSON that Perfetto opens: the validator accepts it and finds one
// named track per thread (host, logic, each view), each with events; the validator itself
// rejects what would not open or not land on a track; saveTrace writes the same file.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import {
  HOST_TID,
  LOGIC_TID,
  VIEW_TID_BASE,
  validateTrace,
  type TraceFile,
} from '../../runtime/instruments/index.ts'
import { measurementProject } from './project.ts'

let project: Awaited<ReturnType<typeof measurementProject>>
let mp: MiniProgram
let file: TraceFile

beforeAll(async () => {
  project = await measurementProject()
  mp = await launch({ project: project.dir, trace: true })
  const index = (await mp.currentPage())!
  await (await index.$('#tap'))!.tap()
  await mp.navigateTo('/pages/other/other')
  file = await mp.saveTrace(join(project.dir, 'trace.json'))
}, 60_000)

afterAll(async () => {
  await mp?.close()
  await project?.remove()
})

it('validates as trace-event JSON with one named track per thread', () => {
  const check = validateTrace(file)
  expect(check.problems).toEqual([])
  expect(Object.fromEntries(check.threads)).toEqual({
    [HOST_TID]: 'host (main thread)',
    [LOGIC_TID]: 'logic (worker_threads Worker)',
    [VIEW_TID_BASE + 1]: 'view 1 pages/index/index (jsdom, main thread)',
    [VIEW_TID_BASE + 2]: 'view 2 pages/other/other (jsdom, main thread)',
  })
  // every track has events of its own
  expect([...check.busyTracks].sort()).toEqual(
    [HOST_TID, LOGIC_TID, VIEW_TID_BASE + 1, VIEW_TID_BASE + 2].sort(),
  )
  expect(file.traceEvents.filter((e) => e.name === 'process_name')).toHaveLength(1)
})

it('writes the same trace to disk, and keeps trace messages out of the bridge record', async () => {
  const saved = JSON.parse(await readFile(join(project.dir, 'trace.json'), 'utf8')) as TraceFile
  expect(validateTrace(saved).problems).toEqual([])
  expect(saved.traceEvents.length).toBe(file.traceEvents.length)
  expect(mp.record.filter({ type: ['trace', 'traceEvents'] })).toEqual([])
})

it('records each bridge hop with its size', () => {
  const hops = file.traceEvents.filter((e) => e.cat === 'bridge' && e.ph === 'b')
  const setData = hops.find((e) => e.name === 'host→view setData')!
  expect(setData.tid).toBe(HOST_TID)
  expect(setData.args).toMatchObject({ webviewId: 1 })
  expect(setData.args!.bytes).toBeGreaterThan(0)
  expect(hops.map((e) => e.name)).toContain('view→host event')
})

it('finds what would not open in Perfetto', () => {
  const base = { pid: 1, tid: 7, ts: 0 }
  const bad = {
    traceEvents: [
      { ...base, name: 'a', ph: 'X' }, // no dur
      { ...base, name: 'b', ph: 'Q', dur: 1 }, // unknown phase
      { ...base, name: 'c', ph: 'b', cat: 'x' }, // async without id
      { ...base, name: 'd', ph: 'C', args: { v: 'high' } }, // counter value not a number
      { ...base, name: 'e', ph: 'X', ts: 10, dur: 1000 },
      { ...base, name: 'f', ph: 'X', ts: 500, dur: 1000 }, // overlaps e without nesting
    ],
  }
  const check = validateTrace(bad)
  expect(check.problems).toEqual([
    'event 0 (a): X without a duration ≥ 0',
    'event 1 (b): unknown ph Q',
    'event 2 (c): b without id',
    'event 3 (d): counter args must be numbers',
    'tid 7 has events but no thread_name',
    'tid 7: "f" at 500 overlaps its parent without nesting',
    'async x|c|undefined: begins and ends do not pair',
  ])
  expect(validateTrace({ events: [] }).problems).toEqual([
    'not a trace object: no traceEvents array',
  ])
})
