// The package cache in the browser home: one IndexedDB object store, key
// `<appId>/<version>/<file>`. One put is one transaction, so an entry is whole or absent;
// reads answer the bytes as stored and the loader checks their digest.

import type { PackageCache } from './types.ts'

const STORE = 'files'

export function indexedDbCache(name = 'mpsim-packages'): PackageCache {
  let db: Promise<IDBDatabase> | null = null
  const open = () =>
    (db ??= new Promise((resolve, reject) => {
      const req = indexedDB.open(name, 1)
      req.onupgradeneeded = () => req.result.createObjectStore(STORE)
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error ?? new Error(`indexedDB.open("${name}") failed`))
    }))
  const run = async <T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>) => {
    const store = (await open()).transaction(STORE, mode).objectStore(STORE)
    return new Promise<T>((resolve, reject) => {
      const req = act(store)
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error ?? new Error('package cache: IndexedDB request failed'))
    })
  }
  const key = (appId: string, version: string, file: string) => `${appId}/${version}/${file}`
  return {
    where: `indexeddb:${name}`,
    async read(appId, version, file) {
      const value = await run<unknown>('readonly', (s) => s.get(key(appId, version, file)))
      return value instanceof ArrayBuffer ? new Uint8Array(value) : null
    },
    async write(appId, version, file, data) {
      const copy = data.slice().buffer
      await run('readwrite', (s) => s.put(copy, key(appId, version, file)))
    },
    async remove(appId, version, file) {
      await run('readwrite', (s) => s.delete(key(appId, version, file)))
    },
  }
}
