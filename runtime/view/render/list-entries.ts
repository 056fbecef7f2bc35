// What wx:for iterates: arrays by index, objects by key, a number n as 0…n-1, a string by
// character (the platform documents all four). Anything else renders nothing.

export interface Entry {
  item: unknown
  /** The value of wx:for-index: the position, or the key for an object. */
  index: number | string
  /** The item's last path segment under the list (`'3'` or the object key). */
  pathKey: string
  /** Identity for reconciliation: the wx:key value, or the position without a key. */
  key: unknown
}

export function listEntries(list: unknown, key: string | null): Entry[] {
  const out: Entry[] = []
  if (Array.isArray(list)) {
    for (let i = 0; i < list.length; i++) out.push(entry(list[i], i, String(i), key))
  } else if (typeof list === 'number') {
    for (let i = 0; i < list; i++) out.push(entry(i, i, String(i), key))
  } else if (typeof list === 'string') {
    for (let i = 0; i < list.length; i++) out.push(entry(list[i], i, String(i), key))
  } else if (list !== null && typeof list === 'object') {
    for (const name of Object.keys(list)) {
      out.push(entry((list as Record<string, unknown>)[name], name, name, key))
    }
  }
  return out
}

function entry(item: unknown, index: number | string, pathKey: string, key: string | null): Entry {
  return { item, index, pathKey, key: keyOf(item, index, key) }
}

function keyOf(item: unknown, index: number | string, key: string | null): unknown {
  if (key === null) return index
  if (key === '*this') return item
  if (item !== null && typeof item === 'object') {
    const value = (item as Record<string, unknown>)[key]
    // A missing key falls back to position, as an unkeyed row.
    return value === undefined ? index : typeof value === 'object' ? value : String(value)
  }
  return item
}
