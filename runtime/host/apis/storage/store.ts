// Where an app's storage lives: in memory (tests), or entries kept somewhere that survives a
// relaunch (a JSON file per appId in Node: ../node/file-storage.ts; localStorage in the browser),
// written on every change.

import { type StoredEntry, entrySize, limitError } from './limits.ts'

export interface StorageBackend {
  get(key: string): StoredEntry | undefined
  /** Writes the entry, or returns the limit it would break (nothing is written then). */
  set(key: string, entry: StoredEntry): string | null
  remove(key: string): boolean
  clear(): void
  keys(): string[]
  /** Total bytes used (keys + encoded data). */
  size(): number
}

export function createMemoryStorage(initial: Record<string, StoredEntry> = {}): StorageBackend {
  return new EntryStore(new Map(Object.entries(initial)), () => {})
}

/** Storage whose entries start as `initial` and are handed to `persist` after every change. */
export function createPersistedStorage(
  initial: Record<string, StoredEntry>,
  persist: (entries: Map<string, StoredEntry>) => void,
): StorageBackend {
  return new EntryStore(new Map(Object.entries(initial)), persist)
}

class EntryStore implements StorageBackend {
  private total = 0
  constructor(
    private entries: Map<string, StoredEntry>,
    private persist: (entries: Map<string, StoredEntry>) => void,
  ) {
    for (const [key, entry] of entries) this.total += entrySize(key, entry)
  }
  get(key: string) {
    return this.entries.get(key)
  }
  set(key: string, entry: StoredEntry) {
    const old = this.entries.get(key)
    const oldSize = old ? entrySize(key, old) : 0
    const error = limitError(key, entry, this.total, oldSize)
    if (error) return error
    this.entries.set(key, entry)
    this.total += entrySize(key, entry) - oldSize
    this.persist(this.entries)
    return null
  }
  remove(key: string) {
    const old = this.entries.get(key)
    if (!old) return false
    this.entries.delete(key)
    this.total -= entrySize(key, old)
    this.persist(this.entries)
    return true
  }
  clear() {
    this.entries.clear()
    this.total = 0
    this.persist(this.entries)
  }
  keys() {
    return [...this.entries.keys()]
  }
  size() {
    return this.total
  }
}
