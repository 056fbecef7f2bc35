// Runs wcc, the platform's own WXML compiler (the binary shipped in the miniprogram-compiler
// package that miniprogram-simulate depends on), on a case's files. Its output is `$gwx(path)`,
// a function from data to a virtual tree `{ tag: 'wx-view', attr, children }` — what the
// platform's view layer diffs into the page. Both the wcc and the j-component engines use it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export interface WccNode {
  tag: string
  attr?: Record<string, unknown>
  children?: unknown[]
}

export type WccGen = (data: Record<string, unknown>, dd: object, global: object) => WccNode

const require = createRequire(import.meta.url)
const WCC = join(dirname(require.resolve('miniprogram-compiler/package.json')), 'bin/linux/wcc')
/** The package ships the binary without its execute bit; the loader runs it as it is. */
const LOADER = '/lib64/ld-linux-x86-64.so.2'

export function wccAvailable(): boolean {
  return process.platform === 'linux' && process.arch === 'x64'
}

function compileToSource(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mpsim-wcc-'))
  try {
    for (const [path, src] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), src)
    }
    // `./` as the developer tools pass them: without it, absolute `/a.wxml` imports resolve to nothing
    const wxml = Object.keys(files)
      .filter((p) => p.endsWith('.wxml'))
      .map((p) => `./${p}`)
    const wxs = Object.keys(files)
      .filter((p) => p.endsWith('.wxs'))
      .map((p) => `./${p}`)
    const args = [WCC, '-d', '-cc', '0', ...wxml, ...wxs, '-gn', '$gwx']
    const res = spawnSync(LOADER, args, { cwd: dir, maxBuffer: 64 << 20 })
    if (res.status !== 0) throw new Error(`wcc failed: ${res.stderr.toString() || res.error}`)
    return res.stdout.toString()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * wcc's runtime defines `nv_*` helpers on built-in prototypes (`Array.prototype.nv_length`), not
 * configurable, every time it loads: the second load in one process would throw. The helpers are
 * the same each time, so an existing one is kept.
 */
function tolerantDefine<T>(fn: () => T): T {
  const define = Object.defineProperty
  Object.defineProperty = ((o: object, key: PropertyKey, desc: PropertyDescriptor) => {
    const own = Object.getOwnPropertyDescriptor(o, key)
    if (own && !own.configurable && typeof key === 'string' && key.startsWith('nv_')) return o
    return define(o, key, desc)
  }) as typeof Object.defineProperty
  try {
    return fn()
  } finally {
    Object.defineProperty = define
  }
}

/**
 * Compiles and loads the output in its own scope: `$gwx` and `__WXML_GLOBAL__` (which caches
 * WXS modules by path) are made locals so cases never share state, and `window` is a stand-in
 * with the engine version the view layer announces.
 */
const sources = new Map<string, string>()

export function compileWcc(files: Record<string, string>): (path: string) => WccGen {
  // the wcc and j-component engines compile the same files: run the binary once for both
  const key = JSON.stringify(files)
  const src = sources.get(key) ?? compileToSource(files)
  sources.set(key, src)
  const fakeWindow = { __webview_engine_version__: 0.02 }
  // eslint-disable-next-line no-new-func
  const load = new Function('window', '__WXML_GLOBAL__', `var $gwx;\n${src}\n;return $gwx`)
  const gwx = tolerantDefine(() => load(fakeWindow, undefined)) as (path: string) => unknown
  return (path) => {
    const gen = tolerantDefine(() => gwx(`./${path}`))
    if (typeof gen !== 'function') throw new Error(`wcc produced no template for ${path}`)
    return (data, dd, global) => tolerantDefine(() => (gen as WccGen)(data, dd, global))
  }
}
