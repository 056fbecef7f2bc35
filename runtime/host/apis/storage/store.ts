// Where an app's storage lives: in memory (tests) or in a JSON file per appId, written
// atomically (temp file + rename) on every change, so it survives a relaunch or a crash.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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

/** Storage for one app kept in `<dir>/<appId>/storage.json`. */
export function createFileStorage(dir: string, appId: string): StorageBackend {
  const folder = join(dir, safeName(appId))
  const file = join(folder, 'storage.json')
  const entries = new Map(Object.entries(readEntries(file)))
  return new EntryStore(entries, (all) => {
    mkdirSync(folder, { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    writeFileSync(temp, JSON.stringify(Object.fromEntries(all)))
    renameSync(temp, file)
  })
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

function readEntries(file: string): Record<string, StoredEntry> {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return {}
  }
  const parsed: unknown = JSON.parse(text)
  if (!parsed || typeof parsed !== 'object') throw new Error(`${file}: not a storage file`)
  return parsed as Record<string, StoredEntry>
}

/** An appId as a folder name: keep it readable, never a path. */
function safeName(appId: string): string {
  return appId.replace(/[^A-Za-z0-9_.-]/g, '_') || '_'
}
