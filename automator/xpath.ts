// XPath as a mini-program author writes it (`//view[@class="item"]`, `/page/view[2]`) over the
// view's DOM, where built-in components are `wx-<tag>` elements.

import { isBuiltinTag } from '../runtime/view/builtins/index.ts'
import { AutomatorError } from './errors.ts'

/** A name test: after `/`, `::` or at the start, before a predicate, a step or the end. */
const NAME_TEST = /(^|\/|::)([a-zA-Z][\w-]*)(?=\[|\/|$|\s*\|)/g

export function toDomXpath(xpath: string): string {
  return xpath.replace(NAME_TEST, (whole, before: string, tag: string) =>
    isBuiltinTag(tag.toLowerCase()) ? `${before}wx-${tag.toLowerCase()}` : whole,
  )
}

export function elementsByXpath(document: Document, xpath: string): Element[] {
  const win = document.defaultView
  if (!win) throw new AutomatorError('the page is closed')
  let result: XPathResult
  try {
    result = document.evaluate(
      toDomXpath(xpath),
      document,
      null,
      win.XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
      null,
    )
  } catch (error) {
    throw new AutomatorError(`"${xpath}" is not a valid XPath: ${(error as Error).message}`)
  }
  const out: Element[] = []
  for (let i = 0; i < result.snapshotLength; i++) {
    const node = result.snapshotItem(i)
    if (node && node.nodeType === 1) out.push(node as Element)
  }
  return out
}
