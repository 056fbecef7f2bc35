// The normal form of a rendered component tree: as ../normalise.ts, plus the hosts of custom
// components kept under their tag (their shadow tree and slotted content inside, as composed),
// and each class name without the style-isolation prefix an engine adds (`c0782c0--inner`).

import { makeElement, mergeText, serialise } from '../normalise.ts'
import type { NormalNode } from '../types.ts'

/** mpsim scopes a component's classes as `<hash>--name`; case class names never hold `--`. */
const unscoped = (cls: string | null): string | null =>
  cls === null ? null : cls.replace(/(^|\s)[a-z0-9]+--/g, '$1')

export function normaliseComponentDom(
  parent: Node,
  customTags: ReadonlySet<string>,
  readHidden: boolean,
): NormalNode[] {
  const out: NormalNode[] = []
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 3) out.push((child as Text).data)
    if (child.nodeType !== 1) continue
    const el = child as Element
    const tag = el.tagName.toLowerCase()
    if (tag === 'style' || tag === 'script') continue
    const inner = normaliseComponentDom(el, customTags, readHidden)
    const name = tag.startsWith('wx-') ? tag.slice(3) : customTags.has(tag) ? tag : null
    if (name === null) {
      out.push(...inner)
      continue
    }
    const attrs = {
      class: unscoped(el.getAttribute('class')),
      style: el.getAttribute('style'),
      id: el.getAttribute('id'),
      hidden: readHidden && el.hasAttribute('hidden'),
    }
    out.push(makeElement(name, attrs, inner))
  }
  return mergeText(out)
}

export function serialiseComponentDom(
  parent: Node,
  customTags: ReadonlySet<string>,
  readHidden: boolean,
): string {
  return serialise(normaliseComponentDom(parent, customTags, readHidden))
}

/** Every tag a case's templates use for a custom component. */
export function customTagsOf(c: {
  page: { using?: Record<string, string> }
  components: Record<string, { using?: Record<string, string> }>
}): Set<string> {
  const tags = new Set(Object.keys(c.page.using ?? {}))
  for (const def of Object.values(c.components))
    for (const tag of Object.keys(def.using ?? {})) tags.add(tag)
  return tags
}

/** How a case's `log(...)` turns its arguments into one line (every engine uses this text). */
export const LOG_LINE = `function (args) {
  return args.map((a) => (typeof a === 'string' ? a : a === undefined ? 'undefined' : JSON.stringify(a))).join(' ')
}`
