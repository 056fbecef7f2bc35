// Touches as the client sends them (`{ touches, changeTouches }`, each touch
// `{ identifier, pageX, pageY, clientX, clientY }`), dispatched as DOM touch events so the view
// turns them into touchstart/touchmove/touchend and, held long enough, longpress.

import type { Element } from '../headless/element.ts'

export interface TouchParams {
  touches?: unknown
  changeTouches?: unknown
}

interface Touch {
  identifier: number
  pageX: number
  pageY: number
  clientX: number
  clientY: number
}

export async function dispatchTouch(
  el: Element,
  type: string,
  p: TouchParams,
  settle = true,
): Promise<void> {
  const win = el.node.ownerDocument.defaultView
  if (!win) throw new Error(`page ${el.page.path} is closed`)
  const given = list(p.touches)
  const changed = list(p.changeTouches)
  const fallback = given.length ? given : changed.length ? changed : [touchAt(0, {})]
  const event = new win.Event(type, { bubbles: true, cancelable: true })
  Object.defineProperties(event, {
    touches: { value: type === 'touchend' || type === 'touchcancel' ? given : fallback },
    changedTouches: { value: changed.length ? changed : fallback },
  })
  el.node.dispatchEvent(event)
  if (settle) await el.page.program.settle()
}

function list(value: unknown): Touch[] {
  if (!Array.isArray(value)) return []
  return value.map((t, i) => touchAt(i, (t ?? {}) as Partial<Touch>))
}

function touchAt(i: number, t: Partial<Touch>): Touch {
  const x = Number(t.pageX ?? t.clientX ?? 0)
  const y = Number(t.pageY ?? t.clientY ?? 0)
  return {
    identifier: Number(t.identifier ?? i),
    pageX: x,
    pageY: y,
    clientX: Number(t.clientX ?? x),
    clientY: Number(t.clientY ?? y),
  }
}
