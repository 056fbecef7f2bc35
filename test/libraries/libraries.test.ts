// Real-world proof: every component of three published libraries (@vant/weapp, weui-miniprogram,
// tdesign-miniprogram, all accepted by WeChat) compiles with no error, file by file and as a
// user meets them — a project whose pages use them from miniprogram_npm. Failures print
// file:line:column and a code frame.

import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildProject } from '../../compiler/index.ts'
import type { BuildResult } from '../../compiler/index.ts'
import { formatError, type CompileError } from '../../compiler/errors.ts'
import { compileWxml } from '../../compiler/wxml/compile.ts'
import { compileWxs } from '../../compiler/wxs/index.ts'
import { compileWxss } from '../../compiler/wxss/index.ts'
import { loadProjectFiles, stripExt } from '../../compiler/project/index.ts'
import type { ProjectFiles } from '../../compiler/project/index.ts'
import { checkWxsCode, evaluateFactory, evaluateTemplate } from '../fuzz/invariants.ts'
import {
  componentsOf,
  LIBRARIES,
  libraryFiles,
  wxmlHost,
  wxsResolve,
  wxssHost,
} from './library-files.ts'
import type { Library } from './library-files.ts'
import { loadViewBundle, pageRoute, projectId, writeLibraryProject } from './project.ts'
import type { LibraryPage, LoadedViewBundle } from './project.ts'
import { referencesOf } from './references.ts'

const errorsOnly = (list: CompileError[]) => list.filter((e) => e.severity === 'error')
const show = (lib: Library, e: CompileError) => `${lib.dir}/ ${formatError(e)}`

describe.each(LIBRARIES)('$pkg, file by file', (lib) => {
  let files: ProjectFiles
  beforeAll(async () => {
    files = await libraryFiles(lib)
  })
  const ofType = (ext: string) => files.list.filter((f) => f.endsWith(ext))

  it('compiles every .wxml with no error, into a template factory that runs', () => {
    const errors: CompileError[] = []
    const broken: string[] = []
    const host = wxmlHost(files)
    for (const file of ofType('.wxml')) {
      const mine: CompileError[] = []
      const source = files.read(file) ?? ''
      const result = compileWxml({ file, source, host, onError: (e) => mine.push(e) })
      errors.push(...mine)
      const problem = evaluateTemplate(result.code)
      if (problem) broken.push(`${lib.dir}/${file}: ${problem}`)
    }
    expect(ofType('.wxml').length).toBeGreaterThan(10)
    expect(errorsOnly(errors).map((e) => show(lib, e))).toEqual([])
    expect(broken).toEqual([])
  })

  it('compiles every .wxs with no error, into valid JavaScript', () => {
    const errors: CompileError[] = []
    const broken: string[] = []
    for (const file of ofType('.wxs')) {
      const fileSource = files.read(file) ?? ''
      const src = { id: file, file, fileSource, code: fileSource }
      const result = compileWxs(src, wxsResolve(files), (e) => errors.push(e))
      const problem = result ? checkWxsCode(result.code) : null
      if (problem) broken.push(`${lib.dir}/${file}: ${problem}`)
    }
    expect(errorsOnly(errors).map((e) => show(lib, e))).toEqual([])
    expect(broken).toEqual([])
  })

  it('compiles every .wxss with no error', () => {
    const errors: CompileError[] = []
    for (const file of ofType('.wxss')) {
      const source = files.read(file) ?? ''
      const scope = { prefix: 'c0', host: stripExt(file) }
      compileWxss({ file, source, host: wxssHost(files), scope, onError: (e) => errors.push(e) })
    }
    expect(ofType('.wxss').length).toBeGreaterThan(10)
    expect(errorsOnly(errors).map((e) => show(lib, e))).toEqual([])
  })
})

describe('a project using every component of the three libraries from miniprogram_npm', () => {
  const pages: LibraryPage[] = []
  let root = ''
  let build: BuildResult
  let projectFiles: ProjectFiles
  const views = new Map<string, LoadedViewBundle>()

  beforeAll(async () => {
    for (const lib of LIBRARIES) {
      const components = componentsOf(lib, await libraryFiles(lib))
      pages.push({ lib, route: pageRoute(lib), components })
    }
    root = writeLibraryProject(pages)
    build = await buildProject(root)
    projectFiles = await loadProjectFiles(root)
    for (const out of build.output) {
      const m = /^views\/(.+)\.view\.js$/.exec(out.path)
      if (m?.[1]) views.set(m[1], loadViewBundle(String(out.content)))
    }
    const sizes = pages.map((p) => `${p.lib.pkg} ${p.components.length}`).join(', ')
    console.log(`library project: ${sizes} components; build ${build.timings.total} ms`)
  }, 120_000)
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true })
  })

  it('builds with no error', () => {
    expect(build.pages).toEqual(pages.map((p) => p.route))
    const warnings = build.errors.filter((e) => e.severity !== 'error')
    for (const w of warnings)
      console.log(`warning ${w.code} ${w.message} at ${w.loc.file}:${w.loc.line}:${w.loc.column}`)
    expect(errorsOnly(build.errors).map(formatError)).toEqual([])
  })

  it.each(LIBRARIES)("puts every $pkg component's template, WXS and WXSS in its page", (lib) => {
    const page = pages.find((p) => p.lib === lib)!
    expect(page.components.length).toBeGreaterThan(15)
    const view = views.get(page.route)
    expect(view, `views/${page.route}.view.js`).toBeDefined()
    const missing: string[] = []
    const seen = { templates: new Set<string>(), wxs: new Set<string>(), styles: 0 }
    for (const c of page.components) {
      const id = projectId(lib, c)
      if (!view!.components[id]) missing.push(`component ${id}`)
      const wxml = projectFiles.has(`${id}.wxml`) ? `${id}.wxml` : null
      if (wxml) {
        const refs = referencesOf(projectFiles, wxml)
        refs.templates.forEach((t) => seen.templates.add(t))
        refs.wxs.forEach((w) => seen.wxs.add(w))
        for (const t of refs.templates) if (!view!.templates[t]) missing.push(`template ${t}`)
        for (const w of refs.wxs) if (!view!.wxs[w]) missing.push(`wxs ${w} (used by ${id})`)
      }
      const css = projectFiles.read(`${id}.wxss`)
      if (!css?.includes('{')) continue
      seen.styles++
      if (!(view!.styles[id]?.length ?? 0)) missing.push(`wxss of ${id}`)
    }
    expect([...new Set(missing)]).toEqual([])
    // The check above looked at real references, not an empty list.
    expect(seen.templates.size).toBeGreaterThanOrEqual(page.components.length - 2)
    expect(seen.wxs.size).toBeGreaterThan(0)
    expect(seen.styles).toBeGreaterThan(page.components.length / 2)
  })

  it.each(LIBRARIES)("runs every template factory in the $pkg page's view bundle", (lib) => {
    const view = views.get(pageRoute(lib))!
    const broken = Object.entries(view.templates).flatMap(([id, factory]) => {
      const problem = evaluateFactory(factory)
      return problem ? [`${id}: ${problem}`] : []
    })
    expect(Object.keys(view.templates).length).toBeGreaterThan(15)
    expect(broken).toEqual([])
  })
})
