// The simulator's three scripts, each one esbuild bundle: the page (main.ts, with its CSS),
// the logic worker and the view frame. Served as modules one by one, they took ~230 requests
// in three waterfalls before the first render; one file each loads at once. Built when the
// server starts (in parallel, or reused from node_modules/.cache/mpsim-simulator when none of
// their inputs changed since) and built again when a request finds one of its inputs newer.

import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Bundle name → its entry (from the package root). Served as /__mpsim/bundle/<name>.js. */
export const SIMULATOR_BUNDLES = {
  main: 'devserver/client/main.ts',
  logic: 'runtime/logic/browser-entry.ts',
  view: 'devserver/client/view-frame.ts',
} as const

export type BundleName = keyof typeof SIMULATOR_BUNDLES

export const BUNDLE_PREFIX = '/__mpsim/bundle/'

/** What a bundle was made from (relative to the root) and when the build started. */
interface Stamp {
  inputs: string[]
  builtAt: number
}

export interface SimulatorBundles {
  /** The cache folder holding `<name>.js`, `.js.map` (and `main.css`), fresh when it resolves. */
  ready(name: BundleName): Promise<string>
  /** Which bundle a file under /__mpsim/bundle/ belongs to, or null. */
  bundleOf(file: string): BundleName | null
}

export function simulatorBundles(
  root: string,
  outDir = join(root, 'node_modules/.cache/mpsim-simulator'),
): SimulatorBundles {
  const building = new Map<BundleName, Promise<void>>()
  const stampFile = (name: BundleName) => join(outDir, `${name}.inputs.json`)

  const isStale = async (name: BundleName) => {
    const stamp = (await readFile(stampFile(name), 'utf8')
      .then((text) => JSON.parse(text) as Stamp)
      .catch(() => null)) as Stamp | null
    if (!stamp) return true
    const times = await Promise.all(
      [THIS_FILE, ...stamp.inputs.map((f) => join(root, f))].map((f) =>
        stat(f).then(
          (s) => s.mtimeMs,
          () => Infinity,
        ),
      ),
    )
    return times.some((t) => t > stamp.builtAt)
  }

  const build = async (name: BundleName) => {
    const { build: esbuild } = await import('esbuild')
    const builtAt = Date.now()
    const result = await esbuild({
      absWorkingDir: root,
      entryPoints: { [name]: join(root, SIMULATOR_BUNDLES[name]) },
      outdir: outDir,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      // half the bytes to parse and compile (main 327 → 174 kB, view 157 → 87 kB, logic 125 →
      // 65 kB): each page load compiles them anew; the source maps keep the TypeScript names
      minify: true,
      sourcemap: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    })
    await mkdir(outDir, { recursive: true })
    // written beside, then renamed: a request never reads half a file; the stamp last
    const stamp: Stamp = { inputs: Object.keys(result.metafile.inputs), builtAt }
    const files: [string, string | Uint8Array][] = [
      ...result.outputFiles.map((f): [string, Uint8Array] => [f.path, f.contents]),
      [stampFile(name), JSON.stringify(stamp)],
    ]
    for (const [path, contents] of files) {
      const temp = `${path}.${process.pid}.tmp`
      await writeFile(temp, contents)
      await rename(temp, path)
    }
  }

  /** One check-and-build at a time per bundle; concurrent requests share it. */
  const ready = (name: BundleName) => {
    let pending = building.get(name)
    if (!pending) {
      pending = isStale(name)
        .then((stale) => (stale ? build(name) : undefined))
        .finally(() => building.delete(name))
      building.set(name, pending)
    }
    return pending.then(() => outDir)
  }

  return {
    ready,
    bundleOf: (file) => {
      const name = /^(main|logic|view)\.(js|js\.map|css|css\.map)$/.exec(file)?.[1]
      return (name as BundleName | undefined) ?? null
    },
  }
}

const THIS_FILE = new URL(import.meta.url).pathname

/** Builds (or checks) all three at once; the server awaits it before it listens. */
export async function prepareBundles(bundles: SimulatorBundles): Promise<void> {
  await Promise.all(
    (Object.keys(SIMULATOR_BUNDLES) as BundleName[]).map((name) => bundles.ready(name)),
  )
}
