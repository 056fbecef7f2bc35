// The simulator page starts its logic Worker before the host exists (devserver/client/
// early-start.ts): what the worker says before the host listens reaches the host, once.

import { describe, expect, it } from 'vitest'
import { earlyWorker } from '../../devserver/client/early-start.ts'

/** What the platform uses of a Worker: events in, terminate. */
class FakeWorker extends EventTarget {
  terminated = false
  terminate() {
    this.terminated = true
  }
}

const say = (w: FakeWorker, data: unknown) => w.dispatchEvent(new MessageEvent('message', { data }))
const tick = () => new Promise<void>((r) => queueMicrotask(r))

describe('earlyWorker', () => {
  it("hands the worker's early messages to the listener the host adds when it takes it", async () => {
    const started: FakeWorker[] = []
    const early = earlyWorker(() => {
      started.push(new FakeWorker())
      return started.at(-1) as unknown as Worker
    })
    say(started[0]!, { type: 'ready' })
    const worker = early.take() as unknown as FakeWorker
    const heard: unknown[] = []
    worker.addEventListener('message', (e) => heard.push((e as MessageEvent).data))
    await tick()
    say(worker, { type: 'later' })
    expect(heard).toEqual([{ type: 'ready' }, { type: 'later' }])
    expect(started).toHaveLength(1)
  })

  it('starts a new worker for a relaunch, and drops an untaken one', () => {
    const started: FakeWorker[] = []
    const make = () => {
      started.push(new FakeWorker())
      return started.at(-1) as unknown as Worker
    }
    const early = earlyWorker(make)
    expect(early.take()).toBe(started[0])
    expect(early.take()).toBe(started[1])
    const unused = earlyWorker(make)
    unused.drop()
    expect(started[2]!.terminated).toBe(true)
  })
})
