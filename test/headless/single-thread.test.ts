// The same todo flow with logic in the host's thread (single-thread mode): same steps, same
// results, and still no DOM where app code runs.

import { afterAll, expect, it } from 'vitest'
import type { MiniProgram } from '../../index.ts'
import { runTodoFlow, tempDir } from './todo-flow.ts'

let mp: MiniProgram | undefined
let storage: Awaited<ReturnType<typeof tempDir>> | undefined

afterAll(async () => {
  await mp?.close()
  await storage?.remove()
})

it('runs the todo flow with logic in this thread', async () => {
  storage = await tempDir('mpsim-todo-single-')
  mp = await runTodoFlow({ mode: 'single-thread', storageDir: storage.dir })
  expect(mp.host.mode).toBe('single-thread')
  expect(mp.errors).toEqual([])
  // messages still pass the recording router, as in worker mode
  expect(mp.record.filter({ direction: 'view→host', type: 'event' }).length).toBeGreaterThan(0)
  expect(await mp.evaluate(() => typeof document)).toBe('undefined')
})
