// A small mini-program project written to a temporary folder from a map of path → text.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export interface TempProject {
  dir: string
  remove: () => Promise<void>
}

export async function tempProject(
  prefix: string,
  files: Record<string, string>,
): Promise<TempProject> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}
