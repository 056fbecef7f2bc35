// Storage for the Node home: one JSON file per appId, written atomically (temp file + rename)
// on every change, so it survives a relaunch or a crash.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { StoredEntry } from '../storage/limits.ts'
import { createPersistedStorage, type StorageBackend } from '../storage/store.ts'

/** Storage for one app kept in `<dir>/<appId>/storage.json`. */
export function createFileStorage(dir: string, appId: string): StorageBackend {
  const folder = join(dir, safeName(appId))
  const file = join(folder, 'storage.json')
  return createPersistedStorage(readEntries(file), (all) => {
    mkdirSync(folder, { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    writeFileSync(temp, JSON.stringify(Object.fromEntries(all)))
    renameSync(temp, file)
  })
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
