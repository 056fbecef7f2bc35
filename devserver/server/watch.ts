// Hot reload on the server: chokidar watches the project (not node_modules, dot folders or the
// build output), waits until edits pause, rebuilds and tells every open simulator page what came
// of it (hot-events.ts). Changes during a build lead to one more build after it.

import { relative, resolve, sep } from 'node:path'
import type { ProjectBuild } from './build.ts'

/** What the simulator page hears after each rebuild. */
export interface HotBuildEvent {
  /** It compiled and is served now (the page applies it); else `errors` and the last good build
   *  stays served. */
  ok: boolean
  /** The served build's version (see ProjectBuild.version). */
  version: number
  /** Formatted compile errors: code, message, file:line:column and code frame. */
  errors: string[]
  /** Project files changed since the last build (relative paths). */
  files: string[]
  ms: number
}

export interface ProjectWatcher {
  /** Resolves when the watcher is ready (its first scan done). */
  ready: Promise<void>
  close(): Promise<void>
}

export interface WatchOptions {
  project: string
  build: ProjectBuild
  /** Quiet time after the last change before rebuilding, in ms (default 80). */
  debounceMs?: number
  onBuild(event: HotBuildEvent): void
  onError?(error: unknown): void
}

export async function watchProject(options: WatchOptions): Promise<ProjectWatcher> {
  const { watch } = await import('chokidar')
  const project = resolve(options.project)
  const watcher = watch(project, {
    ignoreInitial: true,
    ignored: (path) => isIgnored(project, path, options.build.outDir),
  })
  const changed = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let building: Promise<void> | null = null
  let again = false
  let closed = false

  const run = async (): Promise<void> => {
    const files = [...changed].sort()
    changed.clear()
    try {
      const ok = await options.build.rebuild()
      if (closed) return
      const { version, errors, ms } = options.build
      options.onBuild({ ok, version, errors: ok ? [] : errors, files, ms })
    } catch (error) {
      options.onError?.(error)
    }
  }
  const start = () => {
    timer = null
    if (building) return void (again = true)
    building = run().finally(() => {
      building = null
      if (again && !closed) {
        again = false
        start()
      }
    })
  }
  const onChange = (path: string) => {
    changed.add(relative(project, path).split(sep).join('/'))
    if (timer) clearTimeout(timer)
    timer = setTimeout(start, options.debounceMs ?? 80)
  }
  watcher.on('add', onChange).on('change', onChange).on('unlink', onChange)
  watcher.on('error', (error) => options.onError?.(error))
  const ready = new Promise<void>((done) => watcher.once('ready', () => done()))
  return {
    ready,
    async close() {
      closed = true
      if (timer) clearTimeout(timer)
      await watcher.close()
      await building
    },
  }
}

/** node_modules, dot folders (.git) and the build output are not the project's sources. */
export function isIgnored(project: string, path: string, outDir: string): boolean {
  const abs = resolve(path)
  if (abs === outDir || abs.startsWith(outDir + sep)) return true
  const rel = relative(project, abs)
  if (!rel || rel.startsWith('..')) return false
  return rel.split(sep).some((part) => part === 'node_modules' || part.startsWith('.'))
}
