// How a stored value is encoded and measured, and the platform's limits. Pure (no Node APIs), so
// the logic thread's storage mirror can import it and refuse a too-large setStorageSync itself.
//
// wx.setStorage docs: "单个 key 允许存储的最大数据长度为 1MB，所有数据存储上限为 10MB" (one key's
// data at most 1 MB, all data at most 10 MB). The client's own messages for the two cases are
// "exceed storage item max length" and "exceed storage max size 10Mb" (from a mini-program
// client's AbsKVStorage; "setStorageSync:fail exceed storage max size 10Mb" is what apps report).

export const ITEM_LIMIT_BYTES = 1024 * 1024
export const TOTAL_LIMIT_BYTES = 10 * 1024 * 1024
export const LIMIT_SIZE_KB = TOTAL_LIMIT_BYTES / 1024

export const ITEM_TOO_LARGE = 'exceed storage item max length'
export const TOTAL_TOO_LARGE = 'exceed storage max size 10Mb'

/** A stored value: its kind and its JSON text, so a Date comes back a Date. */
export interface StoredEntry {
  type: 'Date' | 'Undefined' | 'Json'
  data: string
}

export function encodeValue(value: unknown): StoredEntry {
  if (value instanceof Date) return { type: 'Date', data: value.toISOString() }
  if (value === undefined) return { type: 'Undefined', data: '' }
  // JSON.stringify throws on cycles and BigInt: the caller turns that into a fail errMsg.
  const data = JSON.stringify(value)
  return { type: 'Json', data: data ?? 'null' }
}

export function decodeValue(entry: StoredEntry): unknown {
  if (entry.type === 'Date') return new Date(entry.data)
  if (entry.type === 'Undefined') return undefined
  return JSON.parse(entry.data)
}

export function byteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** Bytes one key takes: its name plus its encoded data. */
export function entrySize(key: string, entry: StoredEntry): number {
  return byteLength(key) + byteLength(entry.data)
}

/** Why writing `entry` under `key` would break a limit, or null. */
export function limitError(
  key: string,
  entry: StoredEntry,
  currentTotal: number,
  currentOfKey: number,
): string | null {
  if (byteLength(entry.data) > ITEM_LIMIT_BYTES) return ITEM_TOO_LARGE
  const total = currentTotal - currentOfKey + entrySize(key, entry)
  return total > TOTAL_LIMIT_BYTES ? TOTAL_TOO_LARGE : null
}
