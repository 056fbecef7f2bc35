// @import: WXSS inlines the imported file where the @import stands (WeChat's compiled style
// tables carry an import as a reference that is expanded in place, each file at most once per
// stylesheet). Relative requests resolve from the importing file, `/x` from the project root.
// A missing file or a cycle is reported at the @import and the rest of the file goes on.

import type { AtRule, ChildNode, Root } from 'postcss'
import valueParser from 'postcss-value-parser'
import { reportAtOffset } from './context.ts'
import type { CompileContext, SourceFile } from './context.ts'

/** Parses and transforms one file (with its own imports inlined); null when it cannot parse. */
export type LoadFile = (ctx: CompileContext, src: SourceFile) => Root | null

export function inlineImports(
  ctx: CompileContext,
  src: SourceFile,
  root: Root,
  load: LoadFile,
): void {
  const imports: AtRule[] = []
  root.walkAtRules(/^import$/i, (rule) => {
    imports.push(rule)
  })
  for (const rule of imports) inlineOne(ctx, src, rule, load)
}

function inlineOne(ctx: CompileContext, src: SourceFile, rule: AtRule, load: LoadFile): void {
  const request = importRequest(rule.params)
  if (request !== null && isRemote(request)) return
  const at = requestOffset(rule)
  const file = request === null ? null : resolve(ctx, src.file, request)
  if (file === null) {
    reportAtOffset(ctx, src, at, 'IMPORT_NOT_FOUND', ['@import', request ?? rule.params])
    rule.remove()
    return
  }
  if (ctx.stack.includes(file)) {
    reportAtOffset(ctx, src, at, 'IMPORT_CYCLE', [[...ctx.stack, file].join(' → ')])
    rule.remove()
    return
  }
  if (ctx.inlined.has(file)) {
    rule.remove() // already in this stylesheet, where it was first imported
    return
  }
  const source = ctx.host.read(file)
  if (source === null) {
    reportAtOffset(ctx, src, at, 'IMPORT_NOT_FOUND', ['@import', file])
    rule.remove()
    return
  }
  ctx.inlined.add(file)
  ctx.imports.push(file)
  ctx.stack.push(file)
  const child = load(ctx, { file, source })
  ctx.stack.pop()
  replaceWithContent(rule, child)
}

function replaceWithContent(rule: AtRule, child: Root | null): void {
  const nodes: ChildNode[] = child ? [...child.nodes] : []
  const first = nodes[0]
  if (!first) {
    rule.remove()
    return
  }
  first.raws.before = rule.raws.before ?? ''
  rule.replaceWith(nodes)
}

/** The file named by `@import "a.wxss"`, `@import 'a'` or `@import url(a.wxss)`. */
export function importRequest(params: string): string | null {
  const first = valueParser(params).nodes.find((n) => n.type !== 'space')
  if (!first) return null
  if (first.type === 'string') return first.value || null
  if (first.type === 'function' && first.value.toLowerCase() === 'url') {
    const arg = first.nodes[0]
    return arg && (arg.type === 'word' || arg.type === 'string') && arg.value ? arg.value : null
  }
  return null
}

function isRemote(request: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(request)
}

/** Tries the request as written, then with `.wxss` added when it has no extension. */
function resolve(ctx: CompileContext, from: string, request: string): string | null {
  const found = ctx.host.resolve(from, request)
  if (found !== null || /\.[a-z0-9]+$/i.test(request)) return found
  return ctx.host.resolve(from, `${request}.wxss`)
}

/** Offset of the request text after `@import`, so the caret points at the file name. */
function requestOffset(rule: AtRule): number {
  const start = rule.source?.start?.offset ?? 0
  return start + 1 + rule.name.length + (rule.raws.afterName?.length ?? 0)
}
