// Writes one page's view bundle: `__mpsimView({ … })` in the ViewBundle shape (see
// runtime/view/bundle.ts), with template and WXS factories as function source and the rest as
// JSON. A stable `stylePrefix` per component comes from a short hash of its id.

import { createHash } from 'node:crypto'
import type { ComponentViewDef, CssChunks } from '../../runtime/view/bundle.ts'

/** A ViewBundle whose factories are still source text. */
export interface ViewBundleSource {
  page: string
  /** Template module id → `function (R) { … }` source. */
  templates: Record<string, string>
  /** WXS module id → `function (module, exports, require, …) { … }` source. */
  wxs: Record<string, string>
  components: Record<string, ComponentViewDef>
  styles: Record<string, CssChunks>
}

/** `c` + 6 hex digits of the SHA-1 of the id: short, a valid class-name start, and the same in
 *  every build. */
export function stylePrefixOf(id: string): string {
  return `c${createHash('sha1').update(id).digest('hex').slice(0, 6)}`
}

function factories(record: Record<string, string>): string {
  const entries = Object.entries(record).map(([id, code]) => `${JSON.stringify(id)}: ${code}`)
  return entries.length ? `{\n${entries.join(',\n')}\n}` : '{}'
}

export function renderViewBundle(bundle: ViewBundleSource): string {
  return (
    `__mpsimView({\npage: ${JSON.stringify(bundle.page)},\n` +
    `templates: ${factories(bundle.templates)},\n` +
    `wxs: ${factories(bundle.wxs)},\n` +
    `components: ${JSON.stringify(bundle.components)},\n` +
    `styles: ${JSON.stringify(bundle.styles)}\n})\n`
  )
}
