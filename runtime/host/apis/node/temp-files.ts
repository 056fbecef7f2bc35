// Temp and user-data files on disk, for the Node home: downloads land in `<root>/tmp`, the
// app's `wx.env.USER_DATA_PATH` is `<root>/usr`.

import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, normalize } from 'node:path'
import { hex, randomBytes } from '../sha256.ts'
import { TEMP_PREFIX, USER_DATA_PATH, type TempFiles } from '../files.ts'

export function createTempFiles(root = join(tmpdir(), 'mpsim-files')): TempFiles {
  const tempDir = join(root, 'tmp')
  const userDir = join(root, 'usr')
  return {
    createTemp(ext) {
      mkdirSync(tempDir, { recursive: true })
      const name = `${hex(randomBytes(8))}${ext ? `.${ext}` : ''}`
      return { path: `${TEMP_PREFIX}${name}`, realPath: join(tempDir, name) }
    },
    resolve(path) {
      if (path.startsWith(TEMP_PREFIX)) return inside(tempDir, path.slice(TEMP_PREFIX.length))
      if (path.startsWith(`${USER_DATA_PATH}/`)) {
        mkdirSync(userDir, { recursive: true })
        return inside(userDir, path.slice(USER_DATA_PATH.length + 1))
      }
      // Host-side callers (tests, the simulator's file picker) may pass real paths.
      return isAbsolute(path) ? path : null
    },
  }
}

function inside(dir: string, rel: string): string | null {
  const full = normalize(join(dir, rel))
  return full.startsWith(dir) ? full : null
}
