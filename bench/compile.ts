// Compile benchmark: every .wxml and .wxs of @vant/weapp's dist, compiled by mpsim (per file)
// and by glass-easel-template-compiler (one TmplGroup: add each file, generate), from memory.

import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, posix, relative } from 'node:path'
import { measureAll, ratio, type Bench } from './harness.ts'
import { printTable } from './report.ts'

type Files = Map<string, string>

const require = createRequire(import.meta.url)

/** All .wxml and .wxs files under vant's dist, keyed by dist-relative path. */
export function loadVant(): Files {
  const root = join(dirname(require.resolve('@vant/weapp/package.json')), 'dist')
  const files: Files = new Map()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(wxml|wxs)$/.test(entry.name)) {
        files.set(relative(root, full).split('\\').join('/'), readFileSync(full, 'utf8'))
      }
    }
  }
  walk(root)
  return files
}

/** `/a/b` from the root, `./b` and `../b` from the importing file; `.wxml` may be omitted. */
function resolveIn(files: Files, from: string, request: string, ext: string): string | null {
  const base = request.startsWith('/') ? request.slice(1) : posix.join(posix.dirname(from), request)
  const path = posix.normalize(base)
  if (files.has(path)) return path
  return files.has(path + ext) ? path + ext : null
}

interface Mpsim {
  compileWxml: typeof import('../compiler/wxml/compile.ts').compileWxml
  compileWxs: typeof import('../compiler/wxs/index.ts').compileWxs
}

/** Compiles every file the way a build would: each WXML file, its inline WXS, each .wxs. */
function mpsimCompileAll(m: Mpsim, files: Files, errors: string[]): void {
  const onError = (e: { code: string; loc: { file: string } }) =>
    void errors.push(`${e.loc.file}: ${e.code}`)
  const host = {
    resolve: (from: string, request: string, kind: string) =>
      resolveIn(files, from, request, kind === 'wxs' ? '.wxs' : '.wxml'),
    read: (file: string) => files.get(file) ?? null,
  }
  const wxsResolve = (from: string, request: string) => resolveIn(files, from, request, '.wxs')
  for (const [file, source] of files) {
    if (file.endsWith('.wxs')) {
      m.compileWxs({ id: file, file, fileSource: source, code: source }, wxsResolve, onError)
      continue
    }
    const result = m.compileWxml({ file, source, host, onError })
    for (const w of result.inlineWxs) {
      const src = {
        id: w.id,
        file,
        fileSource: source,
        code: w.source,
        line: w.line,
        column: w.column,
      }
      m.compileWxs(src, wxsResolve, onError)
    }
  }
}

function mpsimBench(files: Files, errors: string[]): Bench {
  let m: Mpsim | undefined
  return {
    name: 'mpsim',
    before: async () => {
      const wxml = await import('../compiler/wxml/compile.ts')
      const wxs = await import('../compiler/wxs/index.ts')
      m = { compileWxml: wxml.compileWxml, compileWxs: wxs.compileWxs }
      mpsimCompileAll(m, files, errors) // once outside the samples, to collect its errors
    },
    run: () => mpsimCompileAll(m!, files, []),
    noForcedGc: true,
  }
}

function glassEaselBench(files: Files, errors: string[]): Bench {
  const { TmplGroup } = require('glass-easel-template-compiler')
  const compileAll = (report: string[]) => {
    const group = new TmplGroup()
    for (const [file, source] of files) {
      const path = file.replace(/\.(wxml|wxs)$/, '')
      if (file.endsWith('.wxs')) group.addScript(path, source)
      else
        for (const e of group.addTmpl(path, source) as unknown[])
          report.push(`${file}: ${String((e as { message?: string }).message ?? e)}`)
    }
    const code = group.getTmplGenObjectGroups() as string
    group.free()
    return code
  }
  return {
    name: 'glass-easel-template-compiler',
    before: () => void compileAll(errors),
    run: () => void compileAll([]),
    noForcedGc: true,
  }
}

export async function compileBenchmarks(): Promise<void> {
  const files = loadVant()
  const bytes = [...files.values()].reduce((n, s) => n + Buffer.byteLength(s), 0)
  const geErrors: string[] = []
  const mpErrors: string[] = []
  process.stderr.write('  compile: glass-easel-template-compiler, mpsim…\n')
  const rows = await measureAll([glassEaselBench(files, geErrors), mpsimBench(files, mpErrors)])
  const [ge, mp] = rows
  const kinds = (ext: string) => [...files.keys()].filter((f) => f.endsWith(ext)).length
  printTable({
    title: `Compile: all of @vant/weapp dist — ${kinds('.wxml')} .wxml + ${kinds('.wxs')} .wxs files, ${(bytes / 1024).toFixed(0)} KiB`,
    rows,
    ratios: [{ label: '× glass-easel', baseline: () => ge }],
    targets: [
      {
        label: 'mpsim ≤ 2× glass-easel-template-compiler',
        value: ratio(mp, ge),
        pass: (v) => v <= 2,
      },
    ],
    notes: [
      `glass-easel reported ${geErrors.length} problems; mpsim reported ${mpErrors.length}` +
        (mpErrors.length ? ` (first: ${mpErrors.slice(0, 3).join('; ')})` : ''),
    ],
  })
}
