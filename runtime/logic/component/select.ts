// Selectors `selectComponent` understands: tag-less compound selectors of `#id` and `.class`
// (`#a`, `.item`, `.item.on`, `#a.item`), and comma-separated lists of them. Classes are the
// host's `class` names as the owner's template wrote them. Descendant (` `, `>`) and tag
// selectors are not supported: the logic thread knows instances, not the element tree.

export interface SimpleSelector {
  id: string | null
  classes: string[]
}

const PART = /([#.])([A-Za-z0-9_-]+)/g

/** The selector's alternatives, or null when it uses something unsupported. */
export function parseSelector(selector: string): SimpleSelector[] | null {
  const out: SimpleSelector[] = []
  for (const alt of selector.split(',')) {
    const text = alt.trim()
    if (!text) return null
    const sel: SimpleSelector = { id: null, classes: [] }
    let seen = ''
    for (const [whole, kind, name] of text.matchAll(PART)) {
      seen += whole
      if (kind === '.') sel.classes.push(name!)
      else if (sel.id === null || sel.id === name) sel.id = name!
      else return null
    }
    if (seen !== text) return null
    out.push(sel)
  }
  return out
}

export function matchesSelector(
  alternatives: readonly SimpleSelector[],
  id: string,
  classes: readonly string[],
): boolean {
  return alternatives.some(
    (s) => (s.id === null || s.id === id) && s.classes.every((c) => classes.includes(c)),
  )
}
