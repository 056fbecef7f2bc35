// The logic thread's storage mirror against the host's storage: one limits module, so a sync
// write is refused in logic exactly when the host would refuse it, with the same words.
// The words are the client's ("exceed storage item max length", "exceed storage max size 10Mb":
// apps report "setStorageSync:fail exceed storage max size 10Mb" from real devices).

import { describe, expect, it } from 'vitest'
import { createApiRegistry } from '../../host/apis/registry.ts'
import {
  ITEM_LIMIT_BYTES,
  ITEM_TOO_LARGE,
  TOTAL_TOO_LARGE,
} from '../../host/apis/storage/limits.ts'
import { StorageMirror } from '../storage.ts'

/** A string whose stored JSON is `bytes` long (JSON adds two quotes). */
const string = (bytes: number) => 'x'.repeat(bytes - 2)

/** The mirror's answer to a sync write: 'ok' or the thrown message. */
function trySet(mirror: StorageMirror, key: string, data: unknown): string {
  try {
    mirror.set(key, data)
    return 'setStorageSync:ok'
  } catch (e) {
    return (e as Error).message
  }
}

describe('storage mirror limits', () => {
  it('uses the platform words for both limits', () => {
    expect(ITEM_TOO_LARGE).toBe('exceed storage item max length')
    expect(TOTAL_TOO_LARGE).toBe('exceed storage max size 10Mb')
  })

  it('refuses and accepts the same writes as the host, with the same errMsg', async () => {
    const host = createApiRegistry({ appId: 'wxA' })
    const written: unknown[] = []
    const mirror = new StorageMirror({}, (api, args) => written.push([api, args]))
    const writes: Array<[string, unknown]> = [
      ['one', string(ITEM_LIMIT_BYTES)], // exactly 1 MB fits
      ['big', string(ITEM_LIMIT_BYTES + 1)],
      ...Array.from({ length: 8 }, (_, i): [string, unknown] => [
        `k${i}`,
        string(ITEM_LIMIT_BYTES),
      ]),
      ['k9', string(ITEM_LIMIT_BYTES)], // the tenth MB plus the keys' names: over 10 MB
      ['one', string(ITEM_LIMIT_BYTES)], // a replaced key counts once
      ['中文', string(ITEM_LIMIT_BYTES - 200)], // UTF-8 bytes of the key count, as on the host
    ]
    for (const [key, data] of writes) {
      const inLogic = trySet(mirror, key, data)
      const inHost = (await host.invoke('setStorageSync', { key, data })).errMsg
      expect([key, inLogic]).toEqual([key, inHost])
    }
    expect(trySet(mirror, 'big', string(ITEM_LIMIT_BYTES + 1))).toBe(
      `setStorageSync:fail ${ITEM_TOO_LARGE}`,
    )
    expect(trySet(mirror, 'k9', string(ITEM_LIMIT_BYTES))).toBe(
      `setStorageSync:fail ${TOTAL_TOO_LARGE}`,
    )
    const hostInfo = await host.invoke('getStorageInfo')
    expect(mirror.info()).toEqual({
      keys: hostInfo.keys,
      currentSize: hostInfo.currentSize,
      limitSize: 10240,
    })
    // refused writes are not written through
    expect(written.map((w) => (w as [string, { key: string }])[1].key)).not.toContain('big')
    host.dispose()
  })

  it('counts the launch contents and async writes the host confirmed', () => {
    const mirror = new StorageMirror({ a: string(ITEM_LIMIT_BYTES) }, () => {})
    for (let i = 0; i < 8; i++) {
      const data = string(ITEM_LIMIT_BYTES)
      mirror.confirmed('setStorage', { key: `k${i}`, data }, { errMsg: 'setStorage:ok' })
    }
    expect(trySet(mirror, 'last', string(ITEM_LIMIT_BYTES))).toBe(
      `setStorageSync:fail ${TOTAL_TOO_LARGE}`,
    )
    mirror.confirmed('removeStorage', { key: 'a' }, { errMsg: 'removeStorage:ok' })
    expect(trySet(mirror, 'last', string(ITEM_LIMIT_BYTES))).toBe('setStorageSync:ok')
  })
})
