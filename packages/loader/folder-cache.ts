// The package cache in Node: `<dir>/<appId>/<version>/<file>`. A write goes to a temp file
// that is renamed into place, so a crash leaves a temp file, never a half-written entry under
// the real name; reads answer the bytes as stored and the loader checks their digest.

import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { homedir, platform } from 'node:os'
import { join } from 'node:path'
import type { PackageCache } from './types.ts'

/** The OS's per-user cache folder, as other tools choose it. */
export function defaultCacheDir(): string {
  const env = process.env
  if (env.MPSIM_CACHE_DIR) return env.MPSIM_CACHE_DIR
  const base =
    platform() === 'darwin'
      ? join(homedir(), 'Library', 'Caches')
      : platform() === 'win32'
        ? (env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
        : (env.XDG_CACHE_HOME ?? join(homedir(), '.cache'))
  return join(base, 'mpsim', 'packages')
}

export function folderCache(dir: string = defaultCacheDir()): PackageCache {
  const path = (appId: string, version: string, file: string) =>
    join(dir, safe(appId), safe(version), safe(file))
  let temps = 0
  return {
    where: dir,
    async read(appId, version, file) {
      try {
        return new Uint8Array(await readFile(path(appId, version, file)))
      } catch {
        return null
      }
    },
    async write(appId, version, file, data) {
      const target = path(appId, version, file)
      await mkdir(join(dir, safe(appId), safe(version)), { recursive: true })
      const temp = `${target}.${process.pid}.${++temps}.tmp`
      await writeFile(temp, data)
      await rename(temp, target)
    },
    async remove(appId, version, file) {
      await rm(path(appId, version, file), { force: true })
    },
  }
}

/** One path segment: no separators, no `..`. */
function safe(part: string): string {
  if (!part || part === '.' || part === '..' || /[\\/\0]/.test(part))
    throw new Error(`package cache: "${part}" cannot name a cache entry`)
  return part
}
