import { MessageChannel, Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { fromMessagePort, fromPostMessage, type MessageEventLike } from './endpoint.ts'
import { inProcessPair } from './in-process.ts'

type Msg = { type: string; n?: number; echo?: boolean; when?: Date }

const next = <T>(ep: { onMessage(h: (m: T) => void): () => void }) =>
  new Promise<T>((resolve) => {
    const off = ep.onMessage((m) => {
      off()
      resolve(m)
    })
  })
const closed = (ep: { onClose(h: () => void): () => void }) =>
  new Promise<void>((resolve) => ep.onClose(resolve))

describe('fromMessagePort over a real worker thread', () => {
  let worker: Worker | undefined
  afterEach(async () => void (await worker?.terminate()))

  it('posts and receives structured-cloned messages', async () => {
    worker = new Worker(new URL('./test-fixtures/echo-worker.mjs', import.meta.url))
    const ep = fromMessagePort<Msg, Msg>(worker)
    const when = new Date(5)
    ep.post({ type: 'ping', n: 1, when })
    const answer = await next(ep)
    expect(answer).toEqual({ type: 'ping', n: 1, when, echo: true })
    expect(answer.when).not.toBe(when) // a copy, as a port delivers it
    ep.close()
  })

  it('closes when the worker ends, and a closed endpoint refuses to post', async () => {
    worker = new Worker(new URL('./test-fixtures/echo-worker.mjs', import.meta.url))
    const ep = fromMessagePort<Msg, Msg>(worker)
    const end = closed(ep)
    ep.post({ type: 'exit' })
    await end
    expect(ep.closed).toBe(true)
    expect(() => ep.post({ type: 'late' })).toThrow(/cannot post "late": the endpoint is closed/)
  })
})

describe('fromMessagePort over a MessageChannel', () => {
  it('keeps order and closes both sides', async () => {
    const { port1, port2 } = new MessageChannel()
    const a = fromMessagePort<Msg, Msg>(port1)
    const b = fromMessagePort<Msg, Msg>(port2)
    const got: number[] = []
    const three = new Promise<void>((resolve) =>
      b.onMessage((m) => void (got.push(m.n!) === 3 && resolve())),
    )
    for (const n of [1, 2, 3]) a.post({ type: 'n', n })
    await three
    expect(got).toEqual([1, 2, 3])
    const bClosed = closed(b)
    a.close()
    await bClosed
    expect(a.closed && b.closed).toBe(true)
  })
})

describe('inProcessPair', () => {
  for (const delivery of ['task', 'microtask'] as const) {
    it(`delivers later, in order, as copies (${delivery})`, async () => {
      const [a, b] = inProcessPair<Msg, Msg>({ delivery })
      const got: Msg[] = []
      b.onMessage((m) => got.push(m))
      const sent = { type: 'n', n: 1 }
      a.post(sent)
      a.post({ type: 'n', n: 2 })
      sent.n = 99 // the receiver got a copy taken at post time
      expect(got).toEqual([]) // never during post
      await new Promise((r) => setTimeout(r, 5))
      expect(got.map((m) => m.n)).toEqual([1, 2])
      a.close()
      expect(b.closed).toBe(true)
    })
  }

  it('task delivery lets timers run between messages; microtask delivery does not', async () => {
    const order = async (delivery: 'task' | 'microtask') => {
      const [a, b] = inProcessPair<Msg, Msg>({ delivery })
      const seen: string[] = []
      b.onMessage((m) => seen.push(`m${m.n}`))
      a.post({ type: 'n', n: 1 })
      setTimeout(() => seen.push('timer'), 0)
      await new Promise((r) => setTimeout(r, 1)) // let the first message and timer pass
      a.post({ type: 'n', n: 2 })
      await Promise.resolve()
      seen.push('after microtasks')
      await new Promise((r) => setTimeout(r, 5))
      a.close()
      return seen
    }
    expect(await order('microtask')).toEqual(['m1', 'timer', 'm2', 'after microtasks'])
    expect(await order('task')).toEqual(['m1', 'timer', 'after microtasks', 'm2'])
  })
})

/** A browser-like postMessage target: a Worker, or a window that hears from several sources. */
class FakeTarget {
  posted: { message: unknown; rest: unknown[] }[] = []
  listeners = new Set<(e: MessageEventLike) => void>()
  terminated = false
  postMessage(message: unknown, ...rest: unknown[]) {
    this.posted.push({ message, rest })
  }
  addEventListener(_: 'message', l: (e: MessageEventLike) => void) {
    this.listeners.add(l)
  }
  removeEventListener(_: 'message', l: (e: MessageEventLike) => void) {
    this.listeners.delete(l)
  }
  terminate() {
    this.terminated = true
  }
  dispatch(event: MessageEventLike) {
    for (const l of this.listeners) l(event)
  }
}

describe('fromPostMessage', () => {
  it('talks to a Worker-like target and terminates it on close', () => {
    const worker = new FakeTarget()
    const ep = fromPostMessage<Msg, Msg>(worker)
    const got: Msg[] = []
    ep.onMessage((m) => got.push(m))
    ep.post({ type: 'hello' })
    worker.dispatch({ data: { type: 'back' } })
    expect(worker.posted).toEqual([{ message: { type: 'hello' }, rest: [] }])
    expect(got).toEqual([{ type: 'back' }])
    ep.close()
    expect(worker.terminated).toBe(true)
    expect(worker.listeners.size).toBe(0)
  })

  it('for a window: posts with the target origin, accepts only its source and origin', () => {
    const iframe = new FakeTarget()
    const self = new FakeTarget()
    const ep = fromPostMessage<Msg, Msg>(iframe, {
      listenOn: self,
      targetOrigin: 'http://localhost:5173',
    })
    const got: Msg[] = []
    ep.onMessage((m) => got.push(m))
    ep.post({ type: 'mount' })
    expect(iframe.posted[0]!.rest).toEqual(['http://localhost:5173'])
    const origin = 'http://localhost:5173'
    self.dispatch({ data: { type: 'other frame' }, source: {}, origin })
    self.dispatch({ data: { type: 'wrong origin' }, source: iframe, origin: 'http://evil' })
    self.dispatch({ data: { type: 'ok' }, source: iframe, origin })
    expect(got).toEqual([{ type: 'ok' }])
  })
})
