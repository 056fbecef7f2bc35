// Package files: hashed, and written so that a reader never sees half a file (each is written
// to a temporary name beside it and renamed into place). The manifest lists every output file
// with its size and SHA-256, and the source files it came from with their sizes.

import { createHash } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

export interface OutputFile {
  /** Path inside the output folder, with `/`: `views/pages/index/index.view.js`. */
  path: string
  content: string
}

export interface FileEntry {
  path: string
  size: number
  sha256: string
}

export interface Manifest {
  version: 1
  files: FileEntry[]
  sources: Array<{ path: string; size: number }>
}

export function describeFile(file: OutputFile): FileEntry {
  const bytes = Buffer.from(file.content, 'utf8')
  return {
    path: file.path,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }
}

export function createManifest(
  files: readonly OutputFile[],
  sources: ReadonlyArray<{ path: string; size: number }>,
): Manifest {
  return { version: 1, files: files.map(describeFile), sources: [...sources] }
}

/** Writes every file under `outDir` (temp + rename), creating folders as needed. */
export async function writeOutput(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const dirs = new Set(files.map((f) => dirname(join(outDir, f.path))))
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })))
  const tag = `${process.pid}-${Date.now().toString(36)}`
  await Promise.all(
    files.map(async (f) => {
      const target = join(outDir, f.path)
      const temp = `${target}.${tag}.tmp`
      await writeFile(temp, f.content)
      await rename(temp, target)
    }),
  )
}
