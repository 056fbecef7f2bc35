// The storage mirror: the logic thread cannot wait on the host across threads, so `*StorageSync`
// read and write a copy of the app's storage kept here. The host sends the stored contents in
// `launch`; every write (sync or async) is written through to the host, which persists it. Async
// reads go to the host like any API; async writes update the mirror when the host confirms.
// Sizes, limits and their messages come from the host's own module (pure, no Node), so the
// mirror refuses a sync write exactly when the host would.

import type { ApiResult } from '../../bridge/protocol.ts'
import { LIMIT_SIZE_KB, encodeValue, entrySize, limitError } from '../host/apis/storage/limits.ts'
import { deepCopy } from './env.ts'

export class StorageMirror {
  private readonly items = new Map<string, unknown>()
  /** Bytes each key takes, as the host counts them (key plus encoded data). */
  private readonly sizes = new Map<string, number>()
  private total = 0

  constructor(
    initial: Record<string, unknown> | undefined,
    private readonly writeThrough: (api: string, args: unknown) => void,
  ) {
    for (const [k, v] of Object.entries(initial ?? {})) this.store(k, v, sizeOf(k, v))
  }

  /** `getStorageSync`: a copy of the stored value, or '' when the key is absent (platform). */
  get = (key: unknown): unknown => {
    const k = checkKey('getStorageSync', key)
    return this.items.has(k) ? deepCopy(this.items.get(k)) : ''
  }

  set = (key: unknown, data: unknown): void => {
    const k = checkKey('setStorageSync', key)
    let entry
    try {
      entry = encodeValue(data)
    } catch (e) {
      throw new Error(`setStorageSync:fail ${e instanceof Error ? e.message : String(e)}`)
    }
    const limit = limitError(k, entry, this.total, this.sizes.get(k) ?? 0)
    if (limit) throw new Error(`setStorageSync:fail ${limit}`)
    this.store(k, deepCopy(data), entrySize(k, entry))
    this.writeThrough('setStorageSync', { key: k, data })
  }

  remove = (key: unknown): void => {
    const k = checkKey('removeStorageSync', key)
    this.delete(k)
    this.writeThrough('removeStorageSync', { key: k })
  }

  clear = (): void => {
    this.reset()
    this.writeThrough('clearStorageSync', {})
  }

  info = (): { keys: string[]; currentSize: number; limitSize: number } => ({
    keys: [...this.items.keys()],
    currentSize: Math.ceil(this.total / 1024),
    limitSize: LIMIT_SIZE_KB,
  })

  /** An async storage API succeeded on the host: keep the mirror in step. */
  confirmed(api: string, args: Record<string, unknown>, res: ApiResult): void {
    if (!/:ok\b/.test(res.errMsg)) return
    const key = String(args.key)
    if (api === 'setStorage') this.store(key, deepCopy(args.data), sizeOf(key, args.data))
    else if (api === 'removeStorage') this.delete(key)
    else if (api === 'clearStorage') this.reset()
  }

  /** A replaced key keeps its place in `keys`, as in the host's store. */
  private store(key: string, value: unknown, size: number): void {
    this.total -= this.sizes.get(key) ?? 0
    this.items.set(key, value)
    this.sizes.set(key, size)
    this.total += size
  }

  private delete(key: string): void {
    this.total -= this.sizes.get(key) ?? 0
    this.items.delete(key)
    this.sizes.delete(key)
  }

  private reset(): void {
    this.items.clear()
    this.sizes.clear()
    this.total = 0
  }
}

function checkKey(api: string, key: unknown): string {
  if (typeof key !== 'string' || key === '')
    throw new Error(`${api}:fail parameter error: key should be a non-empty string`)
  return key
}

/** The host's measure; a value it could not encode counts as nothing (it never got stored). */
function sizeOf(key: string, data: unknown): number {
  try {
    return entrySize(key, encodeValue(data))
  } catch {
    return 0
  }
}
