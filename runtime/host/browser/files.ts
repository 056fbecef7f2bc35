// Temp and user-data files in the browser home: a browser page has no file system the app may
// write, so downloads keep their bytes in memory under their `wxfile://` path.

import { TEMP_PREFIX, USER_DATA_PATH, type TempFiles } from '../apis/files.ts'
import { hex, randomBytes } from '../apis/sha256.ts'

export interface MemoryFiles extends TempFiles {
  /** Bytes by `wxfile://` path (the real path of a memory file is its app path). */
  readonly contents: Map<string, Uint8Array>
}

export function createMemoryFiles(): MemoryFiles {
  const contents = new Map<string, Uint8Array>()
  return {
    contents,
    createTemp(ext) {
      const path = `${TEMP_PREFIX}${hex(randomBytes(8))}${ext ? `.${ext}` : ''}`
      return { path, realPath: path }
    },
    resolve(path) {
      const ok = path.startsWith(TEMP_PREFIX) || path.startsWith(`${USER_DATA_PATH}/`)
      return ok && !path.includes('..') ? path : null
    },
  }
}
