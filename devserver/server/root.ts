// Where mpsim's own files are: the folder of its package.json, found from this module's URL so
// it holds when the CLI runs from its bundle (dist/.cli/) as well as from the sources.

import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function packageRoot(from = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && isMpsim(manifest)) return dir
    if (dirname(dir) === dir) throw new Error(`mpsim: no package.json of mpsim above ${from}`)
  }
}

function isMpsim(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'mpsim'
  } catch {
    return false
  }
}
