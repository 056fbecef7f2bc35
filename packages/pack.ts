// Code package files from a build: `__APP__.wxapkg` for the main package and `<root>.wxapkg` per
// subpackage (packages.json says which build file goes where; paths inside keep their place in
// the build, so unpacking every package into one folder gives the build back), and a pack
// manifest with each package's file name, size and SHA-256. The platform's size limits are
// checked here, with the devtools' message, before anything is written.

import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import type { PackagesFile } from '../compiler/package/packages.ts'
import { decodeWxapkg, encodeWxapkg } from './wxapkg.ts'

export interface PackLimits {
  /** Each package (main and every subpackage), in bytes. */
  packageBytes: number
  /** All packages together, in bytes. */
  totalBytes: number
}

/** The platform's limits: 2 MB per package, 20 MB for the whole app. */
export const PLATFORM_LIMITS: PackLimits = {
  packageBytes: 2 * 1024 * 1024,
  totalBytes: 20 * 1024 * 1024,
}

export interface PackedPackage {
  /** `__APP__` or the subpackage root. */
  name: string
  root: string | null
  /** `__APP__.wxapkg`, `packageA.wxapkg` (a root's `/` becomes `_`). */
  file: string
  size: number
  sha256: string
  /** Files inside. */
  files: number
}

export interface PackManifest {
  version: 1
  /** A content version: the first 16 hex digits of the SHA-256 of every package's digest. */
  contentVersion: string
  total: number
  packages: PackedPackage[]
}

export interface PackResult {
  manifest: PackManifest
  /** Package file name → bytes. */
  bytes: Map<string, Uint8Array>
  /** Size limit problems, in the devtools' words (empty: within limits). */
  problems: string[]
}

/** The file name of a package. */
export function packageFileName(name: string): string {
  return `${name.replace(/\//g, '_')}.wxapkg`
}

/** Packs a build folder (`mpsim build` output with packages.json). Reads, never writes. */
export async function packBuild(
  buildDir: string,
  limits: PackLimits = PLATFORM_LIMITS,
): Promise<PackResult> {
  const packages = JSON.parse(
    await readFile(join(buildDir, 'packages.json'), 'utf8'),
  ) as PackagesFile
  const bytes = new Map<string, Uint8Array>()
  const entries: PackedPackage[] = []
  for (const pkg of packages.packages) {
    const files = await Promise.all(
      pkg.files.map(async (path) => ({
        path: `/${path}`,
        data: await readFile(join(buildDir, path)),
      })),
    )
    const data = encodeWxapkg(files)
    const file = packageFileName(pkg.name)
    bytes.set(file, data)
    entries.push({
      name: pkg.name,
      root: pkg.root,
      file,
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      files: files.length,
    })
  }
  const total = entries.reduce((n, e) => n + e.size, 0)
  const version = createHash('sha256')
  for (const e of entries) version.update(`${e.file}:${e.sha256}\n`)
  const manifest: PackManifest = {
    version: 1,
    contentVersion: version.digest('hex').slice(0, 16),
    total,
    packages: entries,
  }
  return { manifest, bytes, problems: sizeProblems(entries, total, limits) }
}

/** The devtools' size messages: `代码包大小为 2432 kb，上限为 2048 kb，请删除文件后重试`. */
export function sizeProblems(
  packages: ReadonlyArray<{ name: string; size: number }>,
  total: number,
  limits: PackLimits,
): string[] {
  const kb = (n: number) => Math.ceil(n / 1024)
  const problems = packages
    .filter((p) => p.size > limits.packageBytes)
    .map(
      (p) =>
        `${p.name}: 代码包大小为 ${kb(p.size)} kb，上限为 ${kb(limits.packageBytes)} kb，请删除文件后重试`,
    )
  if (total > limits.totalBytes)
    problems.push(
      `整个小程序所有分包大小为 ${kb(total)} kb，上限为 ${kb(limits.totalBytes)} kb，请删除文件后重试`,
    )
  return problems
}

/** Writes the package files and `pack-manifest.json` into `outDir`. */
export async function writePack(outDir: string, result: PackResult): Promise<void> {
  await mkdir(outDir, { recursive: true })
  const files: Array<[string, Uint8Array | string]> = [
    ...result.bytes,
    ['pack-manifest.json', JSON.stringify(result.manifest, null, 2)],
  ]
  for (const [name, data] of files) {
    const target = join(outDir, name)
    await writeFile(`${target}.tmp`, data)
    await rename(`${target}.tmp`, target)
  }
}

/** Unpacks a .wxapkg file into `outDir`; answers the paths written. Throws the decoder's
 *  `PackageFormatError` for a corrupt or truncated file (nothing is written then). */
export async function unpackFile(file: string, outDir: string): Promise<string[]> {
  const files = decodeWxapkg(await readFile(file), file)
  const root = resolve(outDir)
  const targets = files.map((f) => {
    const target = resolve(root, `.${f.path}`)
    if (!target.startsWith(root + sep))
      throw new Error(`${file}: "${f.path}" lies outside the package`)
    return { target, data: f.data }
  })
  for (const { target, data } of targets) {
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, data)
  }
  return files.map((f) => f.path)
}
