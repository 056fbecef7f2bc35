// rich-text: `nodes` as an HTML string or a node array, rebuilt from a whitelist of tags and
// attributes (no scripts, no event attributes, no javascript: URLs), like the platform's.
import { div, makeInstance, reflect, toBool, toStr } from './props.ts'
import type { BuiltinContext, BuiltinInstance } from './types.ts'

const TAGS = new Set(
  (
    'a abbr address article aside b bdi bdo big blockquote br caption center cite code col ' +
    'colgroup dd del div dl dt em fieldset font footer h1 h2 h3 h4 h5 h6 header hr i img ins ' +
    'label legend li mark nav ol p pre q rt ruby s section small span strong sub sup table ' +
    'tbody td tfoot th thead tr tt u ul'
  ).split(' '),
)
const COMMON = new Set(['class', 'style', 'id', 'title', 'dir', 'lang'])
const ATTRS: Record<string, string[]> = {
  img: ['src', 'alt', 'width', 'height'],
  col: ['span', 'width'],
  colgroup: ['span', 'width'],
  td: ['colspan', 'rowspan', 'height', 'width', 'align', 'valign'],
  th: ['colspan', 'rowspan', 'height', 'width', 'align', 'valign'],
  table: ['width', 'border', 'cellpadding', 'cellspacing'],
  ol: ['start', 'type'],
  font: ['size', 'color', 'face'],
  bdo: ['dir'],
  del: ['datetime'],
  ins: ['datetime'],
  q: ['cite'],
}

/** A node of the array form of `nodes`. */
export interface RichNode {
  type?: 'node' | 'text'
  name?: string
  attrs?: Record<string, unknown>
  children?: RichNode[]
  text?: string
}

function safeAttr(tag: string, name: string, value: string): boolean {
  const n = name.toLowerCase()
  if (!COMMON.has(n) && !ATTRS[tag]?.includes(n)) return false
  // Browsers drop whitespace and control characters inside URL schemes.
  const url = value.replace(/[\s\u0000-\u001f]/g, '')
  if (/^(javascript:|vbscript:|data:text\/html)/i.test(url) && n !== 'alt') return false
  return !(
    n === 'style' && /expression\s*\(|javascript:|url\s*\(\s*['"]?\s*javascript/i.test(value)
  )
}

function element(doc: Document, name: string, attrs: Iterable<[string, string]>): Element | null {
  const tag = name.toLowerCase()
  if (!TAGS.has(tag)) return null
  const out = doc.createElement(tag)
  for (const [k, v] of attrs) if (safeAttr(tag, k, v)) out.setAttribute(k.toLowerCase(), v)
  return out
}

/** Copies a parsed HTML tree, keeping whitelisted elements; unknown elements keep their text. */
function copyDom(doc: Document, from: Node, to: Node): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === 3) to.appendChild(doc.createTextNode(child.nodeValue ?? ''))
    if (child.nodeType !== 1) continue
    const src = child as Element
    if (/^(script|style|template|iframe|object|embed|noscript)$/i.test(src.tagName)) continue
    const attrs = Array.from(src.attributes, (a): [string, string] => [a.name, a.value])
    const out = element(doc, src.tagName, attrs)
    copyDom(doc, src, out ?? to)
    if (out) to.appendChild(out)
  }
}

function copyNodes(doc: Document, nodes: RichNode[], to: Node): void {
  for (const node of nodes) {
    if (!node || typeof node !== 'object') continue
    if (node.type === 'text') {
      to.appendChild(doc.createTextNode(toStr(node.text)))
      continue
    }
    const attrs = Object.entries(node.attrs ?? {}).map(([k, v]): [string, string] => [k, toStr(v)])
    const out = element(doc, toStr(node.name), attrs)
    if (Array.isArray(node.children)) copyNodes(doc, node.children, out ?? to)
    if (out) to.appendChild(out)
  }
}

/** Builds the sanitised DOM of `nodes` into `into`. */
export function renderNodes(doc: Document, nodes: unknown, into: Element): void {
  into.replaceChildren()
  if (typeof nodes === 'string') {
    // A <template> parses without running scripts or fetching images.
    const tpl = doc.createElement('template')
    tpl.innerHTML = nodes
    copyDom(doc, tpl.content, into)
  } else if (Array.isArray(nodes)) copyNodes(doc, nodes as RichNode[], into)
}

const SPACES: Record<string, string> = { nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003' }

export function richText(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  const box = div(ctx.document, 'wx-rich-text-nodes', 'span')
  const content = div(ctx.document, 'wx-content', 'span')
  el.append(box, content)
  let nodes: unknown = []
  let space = ''
  const render = () => {
    renderNodes(ctx.document, nodes, box)
    const sp = SPACES[space]
    if (!sp) return
    const walker = ctx.document.createTreeWalker(box, 4)
    for (let t = walker.nextNode(); t; t = walker.nextNode())
      (t as Text).data = (t as Text).data.replace(/ /g, sp)
  }
  return makeInstance(content, {
    nodes: (v) => ((nodes = v), render()),
    space: (v) => ((space = toStr(v)), render()),
    userSelect: (v) => reflect(el, 'selectable', toBool(v)),
  })
}
