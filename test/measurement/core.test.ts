// The instruments' building blocks, without threads: busy windows, names of slices, the
// recorder's off state and batches, and a view's frame clock on a timer (jsdom's case).

import { expect, it } from 'vitest'
import { BusyWindows } from '../../runtime/instruments/core/busy-windows.ts'
import { TraceRecorder } from '../../runtime/instruments/core/recorder.ts'
import { messageLabel, userCallLabel } from '../../runtime/instruments/logic/labels.ts'
import { FrameMonitor } from '../../runtime/instruments/view/frames.ts'
import type { TraceBatch } from '../../bridge/trace-events.ts'

it('splits busy time over 100 ms windows', () => {
  const w = new BusyWindows(100_000)
  expect(w.advance(0)).toEqual([])
  expect(w.add(50_000, 80_000)).toEqual([]) // 30 ms in window 0
  // 70 → 230: 30 ms more in window 0 (60%), all of window 1, 30 ms of window 2
  expect(w.add(70_000, 230_000)).toEqual([
    { ts: 0, fraction: 0.6 },
    { ts: 100_000, fraction: 1 },
  ])
  expect(w.advance(305_000)).toEqual([{ ts: 200_000, fraction: 0.3 }])
})

it('names slices after the page or component and the method', () => {
  expect(userCallLabel('[Component] Event Handler Error @pages/index/index#onTap')).toBe(
    'pages/index/index.onTap',
  )
  expect(userCallLabel('at "pages/a/a" page lifeCycleMethod onLoad function')).toBe(
    'pages/a/a.onLoad',
  )
  expect(userCallLabel('at "components/c/c" component observer "a, b" function')).toBe(
    'components/c/c observer "a, b"',
  )
  expect(userCallLabel('at App lifeCycleMethod onLaunch function')).toBe('App.onLaunch')
  expect(userCallLabel('at api request success callback function')).toBe('wx.request success')
  expect(userCallLabel('at setTimeout callback function')).toBe('setTimeout callback')
  expect(userCallLabel('somewhere else')).toBe('somewhere else')
  expect(messageLabel({ type: 'pageLifecycle', webviewId: 1, name: 'onShow', args: [] })).toBe(
    'onShow',
  )
})

it('records nothing while off, and sends batches with the flush id asked', () => {
  const sent: TraceBatch[] = []
  const recorder = new TraceRecorder((b) => void sent.push(b))
  recorder.instant('a', 'x')
  recorder.command({ type: 'trace', action: 'start' } as never)
  recorder.instant('b', 'x')
  recorder.command({ type: 'trace', action: 'flush', flushId: 7 } as never)
  recorder.command({ type: 'trace', action: 'stop' } as never)
  recorder.instant('c', 'x')
  expect(sent.map((b) => [b.flushId, b.events.map((e) => e.name)])).toEqual([
    [7, ['b']],
    [undefined, []],
  ])
  expect(recorder.command({ type: 'setData' })).toBe(false)
})

it('counts frames dropped while the thread is blocked (timer clock)', async () => {
  const sent: TraceBatch[] = []
  const recorder = new TraceRecorder((b) => void sent.push(b))
  recorder.start()
  const frames = new FrameMonitor(null, recorder, true)
  expect(frames.clock).toBe('timer')
  frames.start()
  await new Promise((resolve) => setTimeout(resolve, 60))
  const end = Date.now() + 120
  while (Date.now() < end) {} // the thread is busy: no frame for 120 ms
  await new Promise((resolve) => setTimeout(resolve, 60))
  frames.stop()
  recorder.stop()
  const events = sent.flatMap((b) => b.events)
  const long = events.filter((e) => e.name === 'long task')
  expect(long.some((e) => e.dur! >= 120_000)).toBe(true)
  expect(long[0]!.args).toMatchObject({ source: 'frame gap' })
  expect(frames.dropped).toBeGreaterThanOrEqual(6) // 120 ms at 60 Hz
})
