// Test facade: compile a few WXML (and WXS) files in memory and mount one of them on a jsdom
// document, as the page's view would. Used by the renderer tests, the differential tests and
// the benchmarks.

import { posix } from 'node:path'
import { JSDOM } from 'jsdom'
import { compileWxml } from '../../compiler/wxml/compile.ts'
import { compileWxs } from '../../compiler/wxs/index.ts'
import { type CompileError, formatError } from '../../compiler/errors.ts'
import type {
  ComponentViewDef,
  TemplateFactory,
  ViewBundle,
  WxsFactory,
} from '../../runtime/view/bundle.ts'
import { View, type ViewOptions } from '../../runtime/view/render/view.ts'
import type { ComponentInstance } from '../../runtime/view/render/component.ts'

export interface RenderedTemplate {
  /** The element the template rendered into (the page root, `<page>`). */
  root: Element
  /** Applies a setData patch (`{ 'list[3].done': true }`) and updates the DOM synchronously. */
  setData(patch: Record<string, unknown>): void
  /** Compile errors and runtime errors, formatted. Empty when everything was fine. */
  errors: string[]
  view: View
  page: ComponentInstance
  destroy(): void
}

export interface RenderOptions {
  /** The document to render into (a fresh jsdom document by default). */
  document?: Document
  /** Components: tag → .wxml path of the component (all in `files`). */
  usingComponents?: Record<string, string>
  view?: Partial<ViewOptions>
}

/** Resolves `request` written in `from` among the in-memory files. */
function resolver(files: Record<string, string>) {
  return (from: string, request: string, ext: string): string | null => {
    const base = request.startsWith('/')
      ? request.slice(1)
      : posix.join(posix.dirname(from), request)
    const path = posix.normalize(base)
    for (const candidate of [path, path + ext]) if (candidate in files) return candidate
    return null
  }
}

/** Compiles `entry` and everything it reaches into a view bundle. */
export function bundleFiles(
  files: Record<string, string>,
  entry: string,
  usingComponents: Record<string, string> = {},
): { bundle: ViewBundle; errors: CompileError[] } {
  const errors: CompileError[] = []
  const onError = (e: CompileError) => errors.push(e)
  const resolve = resolver(files)
  const host = {
    resolve: (from: string, request: string, kind: string) =>
      resolve(from, request, kind === 'wxs' ? '.wxs' : '.wxml'),
    read: (file: string) => files[file] ?? null,
  }
  const templates: Record<string, TemplateFactory> = {}
  const wxs: Record<string, WxsFactory> = {}
  const queue = [entry, ...Object.values(usingComponents)]
  const wxsQueue: Array<{
    id: string
    file: string
    code: string
    line?: number
    column?: number
  }> = []
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i]!
    const id = file.replace(/\.wxml$/, '')
    if (templates[id] || !(file in files)) continue
    const result = compileWxml({ file, source: files[file]!, host, onError })
    templates[id] = new Function(`return (${result.code})`)() as TemplateFactory
    for (const imp of result.imports) queue.push(imp)
    for (const w of result.inlineWxs)
      wxsQueue.push({ id: w.id, file, code: w.source, line: w.line, column: w.column })
    for (const w of result.wxsFiles) wxsQueue.push({ id: w, file: w, code: files[w] ?? '' })
  }
  for (let i = 0; i < wxsQueue.length; i++) {
    const w = wxsQueue[i]!
    if (wxs[w.id]) continue
    const compiled = compileWxs(
      {
        id: w.id,
        file: w.file,
        fileSource: files[w.file] ?? '',
        code: w.code,
        line: w.line,
        column: w.column,
      },
      (from, request) => resolve(from, request, '.wxs'),
      onError,
    )
    if (!compiled) continue
    wxs[w.id] = new Function(`return (${compiled.code})`)() as WxsFactory
    for (const dep of compiled.requires)
      if (dep in files) wxsQueue.push({ id: dep, file: dep, code: files[dep]! })
  }
  const page = entry.replace(/\.wxml$/, '')
  const components: Record<string, ComponentViewDef> = {}
  const using: Record<string, string> = {}
  for (const [tag, file] of Object.entries(usingComponents))
    using[tag] = file.replace(/\.wxml$/, '')
  components[page] = viewDef(page, using)
  for (const id of Object.values(using)) components[id] = viewDef(id, using)
  return { bundle: { page, templates, wxs, components, styles: {} }, errors }
}

function viewDef(id: string, usingComponents: Record<string, string>): ComponentViewDef {
  return {
    id,
    template: id,
    usingComponents,
    generics: {},
    stylePrefix: 'c' + id.replace(/[^a-zA-Z0-9]/g, '_'),
    styleIsolation: 'isolated',
    addGlobalClass: false,
    multipleSlots: true,
    virtualHost: false,
    style: null,
  }
}

/**
 * `files` maps project-relative paths (`index.wxml`, `tpl/item.wxml`, `utils/f.wxs`) to sources;
 * `entry` is the .wxml to mount; `data` its initial data.
 */
export function renderWxml(
  files: Record<string, string>,
  entry: string,
  data: Record<string, unknown>,
  options: RenderOptions = {},
): RenderedTemplate {
  const document =
    options.document ??
    new JSDOM('<!doctype html><html><head></head><body></body></html>').window.document
  const { bundle, errors: compileErrors } = bundleFiles(files, entry, options.usingComponents)
  const errors = compileErrors.map(formatError)
  const view = new View({
    document,
    bundle,
    onError: (message) => errors.push(message),
    ...options.view,
  })
  const page = view.mountPage(data)
  return {
    root: page.host,
    setData: (patch) => page.setData(patch),
    errors,
    view,
    page,
    destroy: () => {
      page.dispose()
      page.host.remove()
    },
  }
}
