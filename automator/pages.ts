// Finding what a request names: its page (`pageId` is the page's webview id) and its element
// (a handle), as headless Page and Element objects; and an element as the client reads it.

import { Element } from '../headless/element.ts'
import { Page } from '../headless/page.ts'
import { wxmlTag } from '../headless/selector.ts'
import { getInfo } from '../runtime/view/render/element-info.ts'
import { pageGone } from './errors.ts'
import type { Params, Session } from './session.ts'

/** The open page `pageId` names: in the stack, or a tab page kept alive beside it. */
export async function pageOf(p: Params, s: Session): Promise<Page> {
  const id = Number(p.pageId)
  const host = s.program.host
  const info = host.stack.pages().find((page) => page.webviewId === id)
  if (!info || !host.views.get(id)) throw pageGone(p.pageId)
  return new Page(s.program, info.webviewId, info.route, info.query)
}

/** The element `elementId` names, alive, on its page. */
export async function elementOf(p: Params, s: Session): Promise<Element> {
  const page = await pageOf(p, s)
  const node = s.handles.get(
    p.elementId,
    p.pageId,
    (id) => s.program.host.views.get(id) !== undefined,
  )
  return new Element(page, node)
}

/** `{ elementId, tagName }`, and `nodeId` (the component instance) for a custom component,
 *  which makes the client give it data(), setData() and callMethod(). */
export function describe(s: Session, pageId: number, node: globalThis.Element) {
  const out: { elementId: string; tagName: string; nodeId?: string } = {
    elementId: s.handles.add(pageId, node),
    tagName: wxmlTag(node),
  }
  const component = getInfo(node)?.component
  if (component && component.host === node) out.nodeId = String(component.id)
  return out
}
