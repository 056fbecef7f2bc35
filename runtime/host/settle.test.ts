import { afterEach, describe, expect, it } from 'vitest'
import { settle } from './settle.ts'

const quietTarget = () => ({
  activity: () => 0,
  quiet: () => true,
  describe: () => 'quiet',
  idle: async () => {},
  probe: async () => {},
})

describe('settle', () => {
  const saved = globalThis.setImmediate
  afterEach(() => {
    globalThis.setImmediate = saved
  })

  it('runs where there is no setImmediate (a browser page)', async () => {
    // @ts-expect-error: the browser has none
    delete globalThis.setImmediate
    await expect(settle(quietTarget(), 1000)).resolves.toBeUndefined()
  })
})
