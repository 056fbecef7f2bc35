// The one normal form all engines are reduced to: built-in tags without their `wx-` prefix, only
// class, style, id and hidden kept, adjacent text merged, empty text dropped. Whitespace inside
// text is kept as is: dropping whitespace-only text between tags is the compiler's job (and a case
// pins it), so the normaliser must not hide a difference there.
import type { NormalElement, NormalNode } from './types.ts'

/** Built-ins whose WXML children are not rendered and whose inner DOM is the engine's own. */
const LEAF_TAGS = new Set([
  'input',
  'textarea',
  'image',
  'icon',
  'switch',
  'slider',
  'progress',
  'video',
  'canvas',
  'map',
  'camera',
  'web-view',
  'rich-text',
  'live-player',
  'live-pusher',
])

export function normClass(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined
  const s = String(v).split(/\s+/).filter(Boolean).join(' ')
  return s === '' ? undefined : s
}

/** `color:red;;  width : 1px;` → `color: red; width: 1px` */
export function normStyle(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined
  const decls: string[] = []
  for (const part of String(v).split(';')) {
    const at = part.indexOf(':')
    if (at < 0) {
      if (part.trim() !== '') decls.push(part.trim())
      continue
    }
    const prop = part.slice(0, at).trim().toLowerCase()
    const value = part.slice(at + 1).trim()
    if (prop !== '' || value !== '') decls.push(`${prop}: ${value}`)
  }
  return decls.length === 0 ? undefined : decls.join('; ')
}

export function normId(v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined
  return String(v)
}

export function makeElement(
  tag: string,
  attrs: { class?: unknown; style?: unknown; id?: unknown; hidden?: boolean },
  children: NormalNode[],
): NormalElement {
  const el: NormalElement = { tag, children: LEAF_TAGS.has(tag) ? [] : mergeText(children) }
  const cls = normClass(attrs.class)
  const style = normStyle(attrs.style)
  const id = normId(attrs.id)
  if (cls !== undefined) el.class = cls
  if (style !== undefined) el.style = style
  if (id !== undefined) el.id = id
  if (attrs.hidden) el.hidden = true
  return el
}

/** Adjacent text nodes become one; empty ones go (a DOM cannot show them). */
export function mergeText(nodes: NormalNode[]): NormalNode[] {
  const out: NormalNode[] = []
  for (const n of nodes) {
    const last = out[out.length - 1]
    if (typeof n === 'string' && typeof last === 'string') out[out.length - 1] = last + n
    else out.push(n)
  }
  return out.filter((n) => n !== '')
}

/**
 * A compact, diff-friendly string: `<view id="i" class="a" hidden>"text"<text>"x"</text></view>`.
 * Text is JSON-quoted so whitespace is visible.
 */
export function serialise(nodes: NormalNode[]): string {
  return nodes.map(serialiseNode).join('')
}

function serialiseNode(n: NormalNode): string {
  if (typeof n === 'string') return JSON.stringify(n)
  let attrs = ''
  if (n.id !== undefined) attrs += ` id=${JSON.stringify(n.id)}`
  if (n.class !== undefined) attrs += ` class=${JSON.stringify(n.class)}`
  if (n.style !== undefined) attrs += ` style=${JSON.stringify(n.style)}`
  if (n.hidden) attrs += ' hidden'
  return `<${n.tag}${attrs}>${serialise(n.children)}</${n.tag}>`
}

/**
 * Drops what an engine cannot report from a serialised form, so it can be compared with that
 * engine's. Tags are `<tag id="…" …>` with JSON-quoted values, so the patterns are exact.
 */
export function stripUnreported(
  serialised: string,
  reports: { reportsHidden: boolean; reportsId: boolean },
): string {
  let s = serialised
  if (!reports.reportsId) s = s.replace(/(<[a-z-]+) id="(?:[^"\\]|\\.)*"/g, '$1')
  if (!reports.reportsHidden) s = s.replace(/ hidden>/g, '>')
  return s
}

/**
 * Normalises a rendered DOM subtree: `wx-*` elements are WXML elements; any other element is an
 * engine's inner structure and is transparent (its children take its place).
 */
export function normaliseDom(parent: Node, readHidden: boolean): NormalNode[] {
  const out: NormalNode[] = []
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 3) out.push((child as Text).data)
    if (child.nodeType !== 1) continue
    const el = child as Element
    const tag = el.tagName.toLowerCase()
    if (tag === 'style' || tag === 'script') continue
    const inner = normaliseDom(el, readHidden)
    if (!tag.startsWith('wx-')) {
      out.push(...inner)
      continue
    }
    const attrs = {
      class: el.getAttribute('class'),
      style: el.getAttribute('style'),
      id: el.getAttribute('id'),
      hidden: readHidden && el.hasAttribute('hidden'),
    }
    out.push(makeElement(tag.slice(3), attrs, inner))
  }
  return mergeText(out)
}
