// The platform's setData guidance as warnings while recording: one call over 256 KB of JSON
// (not at exactly 256 KB), more than 20 calls in a second (not at 20), and setData on a page in
// the background. Sizes are the JSON length logic measured (the `size` the 1024 KB limit uses).

import { afterEach, beforeAll, afterAll, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import {
  SET_DATA_CALLS_PER_SECOND_ADVICE,
  SET_DATA_SIZE_ADVICE,
  SetDataGuidance,
} from '../../runtime/instruments/index.ts'
import { measurementProject } from './project.ts'

let project: Awaited<ReturnType<typeof measurementProject>>
let mp: MiniProgram | undefined
beforeAll(async () => void (project = await measurementProject()))
afterEach(async () => {
  await mp?.close()
  mp = undefined
})
afterAll(async () => project?.remove())

const call = (page: string, method: string, arg: number) =>
  mp!.evaluate(
    (route: string, name: string, value: number) =>
      getCurrentPages()
        .find((p: { route: string }) => p.route === route)
        [name](value),
    page,
    method,
    arg,
  )

declare function getCurrentPages(): any[]

it('warns about one setData over 256 KB, not at 256 KB', async () => {
  expect(SET_DATA_SIZE_ADVICE).toBe(256 * 1024)
  mp = await launch({ project: project.dir, trace: true })
  await call('pages/index/index', 'big', SET_DATA_SIZE_ADVICE)
  await mp.settle()
  expect(mp.tracing.warnings).toEqual([])
  await call('pages/index/index', 'big', SET_DATA_SIZE_ADVICE + 1)
  await mp.settle()
  expect(mp.tracing.warnings).toMatchObject([
    { rule: 'size', size: SET_DATA_SIZE_ADVICE + 1, webviewId: 1 },
  ])
  expect(mp.tracing.warnings[0]!.message).toBe(
    'setData on "pages/index/index" sent 262145 characters of JSON (256 KB): the platform advises at most 256 KB (262144) per call',
  )
  expect(mp.logs.filter((l) => l.level === 'warn').map((l) => l.args[0])).toEqual([
    `[mpsim trace] ${mp.tracing.warnings[0]!.message}`,
  ])
  const file = await mp.trace()
  expect(file.traceEvents.filter((e) => e.cat === 'setData.warning')).toHaveLength(1)
})

it('warns once when a second holds more than 20 setData calls, not at 20', async () => {
  expect(SET_DATA_CALLS_PER_SECOND_ADVICE).toBe(20)
  mp = await launch({ project: project.dir, trace: true })
  await call('pages/index/index', 'many', 20)
  await mp.settle()
  expect(mp.tracing.warnings).toEqual([])
  await new Promise((resolve) => setTimeout(resolve, 1100)) // a new second
  await call('pages/index/index', 'many', 30)
  await mp.settle()
  expect(mp.tracing.warnings).toMatchObject([{ rule: 'frequency', callsInLastSecond: 21 }])
})

it('warns about setData on a page in the background', async () => {
  mp = await launch({ project: project.dir, trace: true })
  await mp.navigateTo('/pages/other/other')
  await call('pages/index/index', 'tap', 0)
  await mp.settle()
  expect(mp.tracing.warnings).toMatchObject([{ rule: 'background-page', webviewId: 1 }])
})

it('gives no warnings when not recording', async () => {
  mp = await launch({ project: project.dir })
  await call('pages/index/index', 'big', SET_DATA_SIZE_ADVICE + 1)
  await call('pages/index/index', 'many', 30)
  await mp.settle()
  expect(mp.tracing.warnings).toEqual([])
  expect(mp.logs.filter((l) => l.level === 'warn')).toEqual([])
})

it('checks calls by their time: 21 calls spread over more than a second are fine', () => {
  const guidance = new SetDataGuidance()
  const at = (ms: number) =>
    guidance.check({ webviewId: 1, size: 10, ts: ms * 1000, background: false })
  for (let i = 0; i < 21; i++) expect(at(i * 60)).toEqual([]) // 21 calls over 1.2 s
  const burst = Array.from({ length: 21 }, (_, i) => at(5000 + i)).flat()
  expect(burst.map((w) => w.rule)).toEqual(['frequency'])
})
