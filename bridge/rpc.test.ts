import { afterEach, describe, expect, it, vi } from 'vitest'
import { inProcessPair } from './in-process.ts'
import { CallError, PendingCalls, fromWireError, toWireError } from './rpc.ts'

afterEach(() => void vi.useRealTimers())

describe('PendingCalls', () => {
  it('resolves a call by the id its request carried', async () => {
    const calls = new PendingCalls<string>()
    let sentId = 0
    const result = calls.start('invoke wx.getStorage', (id) => void (sentId = id))
    expect(calls.size).toBe(1)
    expect(calls.resolve(sentId, 'value')).toBe(true)
    await expect(result).resolves.toBe('value')
    expect(calls.resolve(sentId, 'again')).toBe(false) // late answers are ignored
    expect(calls.size).toBe(0)
  })

  it('times out with a message that names the call', async () => {
    vi.useFakeTimers()
    const calls = new PendingCalls({ timeoutMs: 1000, name: 'logic' })
    const result = calls.start('invoke wx.request', () => {})
    const other = calls.start('evaluate', () => {}, 5000)
    vi.advanceTimersByTime(1000)
    await expect(result).rejects.toThrow(
      'logic: call "invoke wx.request" (#1) timed out after 1000 ms',
    )
    await expect(result).rejects.toMatchObject({ reason: 'timeout', call: 'invoke wx.request' })
    expect(calls.size).toBe(1) // the other call has its own, longer timeout
    calls.resolve(2, 'ok')
    await expect(other).resolves.toBe('ok')
  })

  it('rejects every pending call when the endpoint closes', async () => {
    const [host, logic] = inProcessPair<unknown, unknown>()
    const calls = new PendingCalls({ name: 'host' })
    calls.rejectOnClose(host, 'logic')
    const a = calls.start('selectorQuery', () => {})
    const b = calls.start('evaluate', () => {})
    logic.close()
    await expect(a).rejects.toThrow(
      'host: call "selectorQuery" (#1) will not be answered: logic disconnected',
    )
    await expect(b).rejects.toBeInstanceOf(CallError)
    expect(calls.size).toBe(0)
  })

  it('rejects the call when sending it throws', async () => {
    const calls = new PendingCalls()
    const result = calls.start('invoke wx.x', () => {
      throw new Error('cannot post "invoke": the endpoint is closed')
    })
    await expect(result).rejects.toThrow(/endpoint is closed/)
    expect(calls.size).toBe(0)
  })
})

describe('WireError', () => {
  it('carries name, message and stack across a real clone and rebuilds the Error', async () => {
    const [a, b] = inProcessPair<unknown, unknown>()
    const received = new Promise<unknown>((resolve) => b.onMessage(resolve))
    const original = new TypeError('x is not a function')
    a.post(toWireError(original))
    const rebuilt = fromWireError((await received) as ReturnType<typeof toWireError>)
    expect(rebuilt).toBeInstanceOf(TypeError)
    expect(rebuilt.message).toBe('x is not a function')
    expect(rebuilt.stack).toBe(original.stack)
    a.close()
  })

  it('keeps a custom name on an Error, and turns thrown non-errors into messages', () => {
    const custom = Object.assign(new Error('boom'), { name: 'AppError' })
    const back = fromWireError(toWireError(custom))
    expect(back).toBeInstanceOf(Error)
    expect(back.name).toBe('AppError')
    expect(toWireError('plain')).toEqual({ name: 'Error', message: 'plain' })
    expect(toWireError({ code: 1 })).toEqual({ name: 'Error', message: '{"code":1}' })
    expect(fromWireError({ name: 'toString', message: 'm' })).toBeInstanceOf(Error)
  })
})
