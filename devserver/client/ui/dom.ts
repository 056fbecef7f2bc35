// A small element builder: the UI is plain DOM, made in the document of the root it is mounted
// in (the simulator page, or a jsdom window in tests).

type Child = Node | string | null | undefined | false
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>

/** `h(doc, 'button.mpsim-x', { onclick, title }, 'text')`: tag with optional `.class`es. */
export function h(doc: Document, spec: string, attrs: Attrs = {}, ...children: Child[]) {
  const [tag, ...classes] = spec.split('.')
  const el = doc.createElement(tag || 'div')
  if (classes.length) el.className = classes.join(' ')
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value)
    else if (name in el && !name.startsWith('data-') && !name.startsWith('aria-'))
      (el as unknown as Record<string, unknown>)[name] = value
    else el.setAttribute(name, value === true ? '' : String(value))
  }
  append(el, ...children)
  return el
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(
      typeof child === 'string' ? parent.ownerDocument!.createTextNode(child) : child,
    )
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild)
  append(parent, ...children)
}

/** A value as short readable text: strings as they are, the rest as JSON. */
export function show(value: unknown): string {
  if (typeof value === 'string') return value
  if (value === undefined) return 'undefined'
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/** Text typed in an editor as a value: JSON when it parses, else the text itself. */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
