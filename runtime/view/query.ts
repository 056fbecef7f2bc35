// `wx.createSelectorQuery()` answered by the view: selectors are written in the component's own
// class names, so they are mapped the same way its template's classes were; the search stays in
// that component's shadow tree (or the page's) unless the selector crosses with `>>>`.

import type { SelectorRequest } from '../../bridge/protocol.ts'
import type { ComponentInstance } from './render/component.ts'
import { getInfo } from './render/element-info.ts'
import type { View } from './render/view.ts'

/** What a request finds when its view or component is not there: selectAll always answers a
 *  list (component code reads `res[0]` of it unchecked), select answers null. */
export const noAnswer = (request: SelectorRequest): unknown => (request.all ? [] : null)

export function answerQuery(view: View, request: SelectorRequest): unknown {
  if (request.fields.viewport) return viewportFields(view.document, request.fields)
  const scope = request.instanceId === null ? view.page : view.instance(request.instanceId)
  if (!scope) return noAnswer(request)
  const found = select(scope, request.selector)
  const pick = (el: Element) => fieldsOf(view, el, request.fields)
  if (request.all) return found.map(pick)
  return found[0] ? pick(found[0]) : null
}

/** Elements matching `selector` (comma-separated) in `scope`'s shadow tree, in document order.
 *  `a >>> b` finds `b` inside the shadow trees of the components `a` matches. */
export function select(scope: ComponentInstance, selector: string): Element[] {
  const out = new Set<Element>()
  for (const part of selector.split(',')) {
    const steps = part.split('>>>').map((x) => x.trim())
    if (steps.some((x) => !x)) continue
    let scopes = [scope]
    for (let i = 0; i < steps.length; i++) {
      const matches = scopes.flatMap((s) => selectIn(s, steps[i]!))
      if (i === steps.length - 1) matches.forEach((el) => out.add(el))
      else
        scopes = matches
          .map((el) => getInfo(el)?.component)
          .filter((c): c is ComponentInstance => !!c)
    }
  }
  return [...out].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1))
}

function selectIn(scope: ComponentInstance, selector: string): Element[] {
  try {
    const all = scope.querySelectorAll(mapSelector(scope, selector))
    return all.filter((el) => getInfo(el)?.owner === scope)
  } catch {
    return [] // An invalid selector selects nothing, as on the platform.
  }
}

/** `.name` as written in the component → the class it carries in the DOM. */
function mapSelector(scope: ComponentInstance, selector: string): string {
  return selector.replace(/\.(-?[_a-zA-Z][\w-]*)/g, (_, name: string) => {
    const mapped = scope.mapClass(name).split(' ')[0]
    return mapped ? `.${cssEscape(mapped)}` : `.${name}`
  })
}

function cssEscape(name: string): string {
  return name.replace(/[^\w-]/g, (c) => `\\${c}`)
}

function fieldsOf(
  view: View,
  el: Element,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const info = getInfo(el)
  const out: Record<string, unknown> = {}
  if (fields.id) out.id = info?.id ?? el.id
  if (fields.dataset) out.dataset = { ...(info?.dataset ?? {}) }
  if (fields.rect || fields.size) {
    const r = el.getBoundingClientRect()
    if (fields.rect)
      Object.assign(out, { left: r.left, right: r.right, top: r.top, bottom: r.bottom })
    if (fields.size) Object.assign(out, { width: r.width, height: r.height })
  }
  if (fields.scrollOffset) {
    Object.assign(out, {
      scrollLeft: el.scrollLeft,
      scrollTop: el.scrollTop,
      scrollWidth: el.scrollWidth,
      scrollHeight: el.scrollHeight,
    })
  }
  const props = fields.properties
  if (Array.isArray(props))
    for (const name of props) out[String(name)] = propertyOf(el, String(name))
  const styles = fields.computedStyle
  if (Array.isArray(styles)) {
    const computed = view.document.defaultView?.getComputedStyle(el)
    for (const name of styles) out[String(name)] = computed?.getPropertyValue(String(name)) ?? ''
  }
  return out
}

/** `selectViewport()`: the display area, read from the document (its window's size and the
 *  page's scroll position). It is no element: id '' and an empty dataset. */
function viewportFields(
  document: Document,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const root = document.scrollingElement ?? document.documentElement
  const width = document.defaultView?.innerWidth ?? root.clientWidth
  const height = document.defaultView?.innerHeight ?? root.clientHeight
  const out: Record<string, unknown> = {}
  if (fields.id) out.id = ''
  if (fields.dataset) out.dataset = {}
  if (fields.rect) Object.assign(out, { left: 0, right: width, top: 0, bottom: height })
  if (fields.size) Object.assign(out, { width, height })
  if (fields.scrollOffset) {
    Object.assign(out, {
      scrollLeft: root.scrollLeft,
      scrollTop: root.scrollTop,
      scrollWidth: root.scrollWidth,
      scrollHeight: root.scrollHeight,
    })
  }
  return out
}

function propertyOf(el: Element, name: string): unknown {
  const component = getInfo(el)?.component
  if (component) return component.data[name]
  return el.getAttribute(name) ?? undefined
}
