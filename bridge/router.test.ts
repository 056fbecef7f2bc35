import { describe, expect, it } from 'vitest'
import type { Endpoint } from './endpoint.ts'
import { inProcessPair } from './in-process.ts'
import type { HostToLogic, HostToView, LogicToHost, ViewToHost } from './protocol.ts'
import { BridgeRecord } from './record.ts'
import { Router, type RouterOptions } from './router.ts'
import { encodePatch } from './wire.ts'
import { jsonBytes, messageBytes } from './size.ts'

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A router whose host forwards setData to the view and acknowledgements to logic. */
function wire(options: Partial<RouterOptions> = {}) {
  const [hostLogic, logic] = inProcessPair<LogicToHost, HostToLogic>()
  const [hostView, view] = inProcessPair<ViewToHost, HostToView>()
  const fromLogic: LogicToHost[] = []
  const router: Router = new Router({
    logic: hostLogic,
    onLogic: (m) => {
      fromLogic.push(m)
      if (m.type === 'setData') {
        const patch = typeof m.patch === 'string' ? JSON.parse(m.patch) : m.patch
        router.toView(m.webviewId, {
          type: 'setData',
          instanceId: m.instanceId,
          patch,
          callId: m.callId,
        })
      }
    },
    onView: (webviewId, m) => {
      if (m.type === 'setDataDone')
        router.toLogic({ type: 'setDataDone', webviewId, callId: m.callId })
    },
    ...options,
  })
  router.addView(7, hostView)
  return { router, logic, view, fromLogic }
}

function answerSetData(view: Endpoint<HostToView, ViewToHost>) {
  view.onMessage((m) => {
    if (m.type === 'setData') view.post({ type: 'setDataDone', callId: m.callId })
  })
}

const setData = (callId: number, patch: Record<string, unknown>): LogicToHost => {
  const wirePatch = encodePatch(patch)
  return { type: 'setData', webviewId: 7, instanceId: 0, callId, ...wirePatch }
}

describe('Router and its record', () => {
  it('records a setData round trip: directions, types, view, sizes, times, order', async () => {
    const { router, logic, view } = wire({ record: new BridgeRecord({ keepPayloads: true }) })
    answerSetData(view)
    const done = new Promise((resolve) => logic.onMessage(resolve))
    const message = setData(1, { 'list[0].title': '早上好' })
    logic.post(message)
    await done
    const entries = router.record.entries
    expect(entries.map((e) => [e.seq, e.direction, e.type, e.webviewId])).toEqual([
      [1, 'logic→host', 'setData', 7],
      [2, 'host→view', 'setData', 7],
      [3, 'view→host', 'setDataDone', 7],
      [4, 'host→logic', 'setDataDone', 7],
    ])
    expect(entries[0]!.bytes).toBe(messageBytes(message))
    expect(entries[1]!.bytes).toBe(jsonBytes(entries[1]!.payload))
    expect(entries[2]!.bytes).toBe(jsonBytes({ type: 'setDataDone', callId: 1 }))
    for (const e of entries) expect(e.receivedAt).toBeGreaterThanOrEqual(e.sentAt)
    for (let i = 1; i < entries.length; i++) {
      expect(entries[i]!.sentAt).toBeGreaterThanOrEqual(entries[i - 1]!.receivedAt)
    }
    expect(router.record.filter({ direction: 'view→host' }).map((e) => e.type)).toEqual([
      'setDataDone',
    ])
    expect(router.record.filter({ type: 'setData', direction: ['host→view'] })).toHaveLength(1)
    router.close()
  })

  it('keeps no payloads unless asked, and can be paused and cleared', async () => {
    const { router, logic } = wire()
    logic.post({ type: 'ready' })
    await wait(5)
    expect(router.record.entries).toHaveLength(1)
    expect(router.record.entries[0]!.payload).toBeUndefined()
    router.record.pause()
    logic.post({ type: 'ready' })
    await wait(5)
    expect(router.record.entries).toHaveLength(1)
    router.record.resume()
    router.record.clear()
    logic.post({ type: 'ready' })
    await wait(5)
    expect(router.record.entries.map((e) => e.seq)).toEqual([2])
    expect(router.record.totals()['logic→host']).toEqual({ count: 1, bytes: 16 })
    router.close()
  })

  it('holds each hop back by its delay and keeps order when delays differ', async () => {
    // A setData waits 30 ms per hop, everything else 0: the ready sent after it must still
    // arrive after it on the same lane.
    const delay = (m: { type: string }) => (m.type === 'setData' ? 30 : 0)
    const { router, logic, view, fromLogic } = wire({ delay })
    answerSetData(view)
    const done = new Promise((resolve) => logic.onMessage(resolve))
    logic.post(setData(1, { a: 1 }))
    logic.post({ type: 'ready' })
    await done
    expect(fromLogic.map((m) => m.type)).toEqual(['setData', 'ready'])
    const [inbound, outbound] = router.record.filter({ type: 'setData' })
    expect(inbound!.receivedAt - inbound!.sentAt).toBeGreaterThanOrEqual(30)
    expect(outbound!.receivedAt - outbound!.sentAt).toBeGreaterThanOrEqual(30)
    const ready = router.record.filter({ type: 'ready' })[0]!
    expect(ready.receivedAt).toBeGreaterThanOrEqual(inbound!.receivedAt)
    expect(ready.seq).toBeGreaterThan(inbound!.seq)
    router.close()
  })

  it('reports a failing host handler and keeps routing', async () => {
    const errors: string[] = []
    const { router, logic, fromLogic } = wire({
      onLogic: (m) => {
        fromLogic.push(m)
        if (m.type === 'ready') throw new Error('host bug')
      },
      onError: (e, m, direction) => errors.push(`${direction} ${m.type}: ${(e as Error).message}`),
    })
    logic.post({ type: 'ready' })
    logic.post({ type: 'log', entry: { level: 'log', args: [], source: 'logic', time: 0 } })
    await wait(10)
    expect(errors).toEqual(['logic→host ready: host bug'])
    expect(fromLogic.map((m) => m.type)).toEqual(['ready', 'log'])
    router.close()
  })

  it('refuses to send to a view that is not connected, and closes endpoints on removal', () => {
    const { router, view } = wire()
    expect(() => router.toView(9, { type: 'setWindowWidth', windowWidth: 375 })).toThrow(
      'cannot send "setWindowWidth": no view 9 is connected',
    )
    router.removeView(7)
    expect(view.closed).toBe(true)
    expect(router.viewIds).toEqual([])
    router.close()
  })
})
