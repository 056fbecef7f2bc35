// Which package.json files "build npm" builds, and where each one's miniprogram_npm goes.

import { readFileSync } from 'node:fs'
import { join, posix, relative } from 'node:path'
import type { ProjectFiles } from './files.ts'

export interface PackageJsonSource {
  /** Its path as errors name it, relative to the miniprogramRoot (`../package.json`). */
  file: string
  text: string
  /** Its folder on disk: where node_modules lookup starts. */
  dir: string
  /** Project-relative folder of its miniprogram_npm, with a trailing `/` (or `` for the root). */
  base: string
}

interface Where {
  projectDir: string
  root: string
}

export function findPackageJsons(files: ProjectFiles, where: Where): PackageJsonSource[] {
  const manual = manualRelations(where)
  if (manual) return manual
  const found: PackageJsonSource[] = []
  for (const file of files.list) {
    if (!/(^|\/)package\.json$/.test(file) || file.split('/').includes('miniprogram_npm')) continue
    const folder = posix.dirname(file)
    found.push({
      file,
      text: files.read(file) ?? '',
      dir: join(where.root, folder),
      base: folder === '.' ? '' : `${folder}/`,
    })
  }
  if (!files.has('package.json') && where.root !== where.projectDir) {
    const outer = readSource(where, join(where.projectDir, 'package.json'), where.root)
    if (outer) found.push(outer)
  }
  return found
}

/** `setting.packNpmManually` + `packNpmRelationList` of project.config.json, when set. */
function manualRelations(where: Where): PackageJsonSource[] | null {
  let setting: { packNpmManually?: unknown; packNpmRelationList?: unknown } | undefined
  try {
    const text = readFileSync(join(where.projectDir, 'project.config.json'), 'utf8')
    setting = (JSON.parse(text) as { setting?: typeof setting }).setting
  } catch {
    return null
  }
  if (setting?.packNpmManually !== true || !Array.isArray(setting.packNpmRelationList)) return null
  const out: PackageJsonSource[] = []
  for (const rel of setting.packNpmRelationList as unknown[]) {
    const { packageJsonPath: pj, miniprogramNpmDistDir: dist } = (rel ?? {}) as Record<
      string,
      unknown
    >
    if (typeof pj !== 'string' || typeof dist !== 'string') continue
    const source = readSource(where, join(where.projectDir, pj), join(where.projectDir, dist))
    if (source) out.push(source)
  }
  return out
}

/** A package.json on disk whose miniprogram_npm goes in `distDir` (inside the root). */
function readSource(where: Where, path: string, distDir: string): PackageJsonSource | null {
  const base = relative(where.root, distDir).replace(/\\/g, '/')
  if (base.startsWith('..')) return null
  try {
    return {
      file: relative(where.root, path).replace(/\\/g, '/'),
      text: readFileSync(path, 'utf8'),
      dir: join(path, '..'),
      base: base ? `${base}/` : '',
    }
  } catch {
    return null
  }
}
