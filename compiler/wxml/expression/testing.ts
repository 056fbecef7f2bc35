// Test support: a fake RenderHelpers whose `v` walks a plain data object (the real one lives in
// the renderer), and a checker that compiled code names no free identifier but `s` and `R`.

import { parseExpressionAt } from 'acorn'
import * as helpers from '../../../runtime/view/template/helpers.ts'
import { compileExpression } from './index.ts'

type Data = Record<string, unknown>

export function fakeHelpers(wxs: Record<string, unknown>) {
  return {
    ...helpers,
    v(s: unknown, name: string, ...segs: unknown[]): unknown {
      let value = helpers.m(s, name)
      for (const seg of segs) value = helpers.m(value, seg)
      return value
    },
    x: (_s: unknown, name: string): unknown => wxs[name],
  }
}

/** Compiles `src` (throwing on a syntax error) and runs it over `data`. */
export function evaluate(src: string, data: Data, wxs: Record<string, unknown> = {}): unknown {
  const r = compileExpression(src, new Set(Object.keys(wxs)))
  if (!r.ok) throw new Error(`${r.error.message} at ${r.error.offset}`)
  return new Function('R', 's', `return ${r.code}`)(fakeHelpers(wxs), data)
}

interface EsNode {
  type: string
  [key: string]: unknown
}

/** Identifiers in `code` (a JS expression) that are not bound inside it. */
export function freeIdentifiers(code: string): Set<string> {
  const free = new Set<string>()
  const walk = (node: unknown, bound: ReadonlySet<string>): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, bound))
    if (!node || typeof node !== 'object' || typeof (node as EsNode).type !== 'string') return
    const n = node as EsNode
    if (n.type === 'Identifier') {
      if (!bound.has(n['name'] as string)) free.add(n['name'] as string)
      return
    }
    let inner = bound
    if (n.type === 'ArrowFunctionExpression') {
      inner = new Set([...bound, ...(n['params'] as EsNode[]).map((p) => p['name'] as string)])
    }
    if (n.type === 'CatchClause')
      inner = new Set([...bound, (n['param'] as EsNode)['name'] as string])
    for (const [k, child] of Object.entries(n)) {
      if (k === 'params' || k === 'param') continue
      if (k === 'property' && n.type === 'MemberExpression' && !n['computed']) continue
      if (k === 'key' && n.type === 'Property' && !n['computed']) continue
      walk(child, inner)
    }
  }
  walk(parseExpressionAt(`(${code})`, 0, { ecmaVersion: 2022 }), new Set())
  return free
}
