// The project's files, listed once and read at most once. Paths are project-relative with `/`.
// Reading is synchronous and cached: the per-file compilers call `read` from inside their own
// synchronous passes (includes, imports), and the files of a mini program are small.

import { readFileSync, statSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

export interface ProjectFiles {
  /** Every file of the project, sorted. */
  readonly list: readonly string[]
  has(file: string): boolean
  /** File text (UTF-8), or null when missing. Cached. */
  read(file: string): string | null
  /** Size in bytes of a file that was read or listed. */
  size(file: string): number
}

/** Lists `root` recursively, skipping node_modules, dot-folders and the `exclude` folders
 *  (project-relative, such as an output folder inside the project). */
export async function loadProjectFiles(
  root: string,
  exclude: readonly string[] = [],
): Promise<ProjectFiles> {
  const skip = new Set(exclude.map((x) => x.replace(/\/+$/, '')))
  const list: string[] = []
  // Walks folder by folder so node_modules (often huge) is never entered.
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir ? join(root, dir) : root, { withFileTypes: true })
    const subdirs: Promise<void>[] = []
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name
      if (e.isFile()) list.push(rel)
      else if (e.isDirectory() && !skipDir(e.name) && !skip.has(rel)) subdirs.push(walk(rel))
    }
    await Promise.all(subdirs)
  }
  await walk('')
  list.sort()
  return diskFiles(root, list)
}

function skipDir(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.')
}

function diskFiles(root: string, list: string[]): ProjectFiles {
  const set = new Set(list)
  const cache = new Map<string, string | null>()
  const sizes = new Map<string, number>()
  return {
    list,
    has: (f) => set.has(f),
    read(file) {
      const hit = cache.get(file)
      if (hit !== undefined) return hit
      let text: string | null = null
      if (set.has(file)) {
        const buf = readFileSync(join(root, file))
        sizes.set(file, buf.length)
        text = buf.toString('utf8')
      }
      cache.set(file, text)
      return text
    },
    size(file) {
      let size = sizes.get(file)
      if (size === undefined && set.has(file))
        sizes.set(file, (size = statSync(join(root, file)).size))
      return size ?? 0
    },
  }
}

/** An in-memory project, for tests. */
export function memoryFiles(files: Record<string, string>): ProjectFiles {
  const list = Object.keys(files).sort()
  return {
    list,
    has: (f) => Object.hasOwn(files, f),
    read: (f) => (Object.hasOwn(files, f) ? (files[f] ?? null) : null),
    size: (f) => Buffer.byteLength(files[f] ?? ''),
  }
}
