// The storage mirror: the logic thread cannot wait on the host across threads, so `*StorageSync`
// read and write a copy of the app's storage kept here. The host sends the stored contents in
// `launch`; every write (sync or async) is written through to the host, which persists it. Async
// reads go to the host like any API; async writes update the mirror when the host confirms.

import type { ApiResult } from '../../bridge/protocol.ts'
import { deepCopy } from './env.ts'

/** The platform's limits: 1 MB for one key's data, 10 MB for an app's storage. */
export const STORAGE_ITEM_LIMIT = 1024 * 1024
export const STORAGE_TOTAL_LIMIT = 10 * 1024 * 1024

export class StorageMirror {
  private readonly items = new Map<string, unknown>()

  constructor(
    initial: Record<string, unknown> | undefined,
    private readonly writeThrough: (api: string, args: unknown) => void,
  ) {
    for (const [k, v] of Object.entries(initial ?? {})) this.items.set(k, v)
  }

  /** `getStorageSync`: a copy of the stored value, or '' when the key is absent (platform). */
  get = (key: unknown): unknown => {
    const k = checkKey('getStorageSync', key)
    return this.items.has(k) ? deepCopy(this.items.get(k)) : ''
  }

  set = (key: unknown, data: unknown): void => {
    const k = checkKey('setStorageSync', key)
    const size = sizeOf(k, data)
    if (size > STORAGE_ITEM_LIMIT)
      throw new Error('setStorageSync:fail exceed storage item max length')
    const total = this.totalSize() - (this.items.has(k) ? sizeOf(k, this.items.get(k)) : 0) + size
    if (total > STORAGE_TOTAL_LIMIT)
      throw new Error('setStorageSync:fail exceed storage max size 10MB')
    this.items.set(k, deepCopy(data))
    this.writeThrough('setStorageSync', { key: k, data })
  }

  remove = (key: unknown): void => {
    const k = checkKey('removeStorageSync', key)
    this.items.delete(k)
    this.writeThrough('removeStorageSync', { key: k })
  }

  clear = (): void => {
    this.items.clear()
    this.writeThrough('clearStorageSync', {})
  }

  info = (): { keys: string[]; currentSize: number; limitSize: number } => ({
    keys: [...this.items.keys()],
    currentSize: Math.ceil(this.totalSize() / 1024),
    limitSize: STORAGE_TOTAL_LIMIT / 1024,
  })

  /** An async storage API succeeded on the host: keep the mirror in step. */
  confirmed(api: string, args: Record<string, unknown>, res: ApiResult): void {
    if (!/:ok\b/.test(res.errMsg)) return
    if (api === 'setStorage') this.items.set(String(args.key), deepCopy(args.data))
    else if (api === 'removeStorage') this.items.delete(String(args.key))
    else if (api === 'clearStorage') this.items.clear()
  }

  private totalSize(): number {
    let n = 0
    for (const [k, v] of this.items) n += sizeOf(k, v)
    return n
  }
}

function checkKey(api: string, key: unknown): string {
  if (typeof key !== 'string' || key === '')
    throw new Error(`${api}:fail parameter error: key should be a non-empty string`)
  return key
}

function sizeOf(key: string, data: unknown): number {
  let json: string | undefined
  try {
    json = JSON.stringify(data)
  } catch {
    json = String(data)
  }
  return key.length + (json?.length ?? 0)
}
