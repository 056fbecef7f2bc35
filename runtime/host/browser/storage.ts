// wx storage in the browser home: an app's entries in localStorage under one key per appId, so
// they survive a reload of the simulator and a relaunch of the app, as on a phone.

import type { StoredEntry } from '../apis/storage/limits.ts'
import { createPersistedStorage, type StorageBackend } from '../apis/storage/store.ts'

export const STORAGE_KEY_PREFIX = 'mpsim:storage:'

/** `store`: the page's localStorage (a parameter so tests can pass a stand-in). */
export function createLocalStorage(appId: string, store: Storage = localStorage): StorageBackend {
  const key = STORAGE_KEY_PREFIX + appId
  return createPersistedStorage(readEntries(store.getItem(key)), (entries) =>
    store.setItem(key, JSON.stringify(Object.fromEntries(entries))),
  )
}

function readEntries(text: string | null): Record<string, StoredEntry> {
  if (!text) return {}
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, StoredEntry>) : {}
  } catch {
    return {} // a damaged entry starts empty rather than stopping the app
  }
}
