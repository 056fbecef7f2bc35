// canvas: keeps `canvas-id` (and `type`) as attributes, so CanvasContext.draw() and selector
// queries find it; the drawing itself is runtime/view/canvas.ts.

import { makeInstance } from './props.ts'
import type { BuiltinInstance } from './types.ts'

export function canvas(el: HTMLElement): BuiltinInstance {
  const attr = (name: string) => (value: unknown) => {
    if (value === undefined || value === null || value === '') el.removeAttribute(name)
    else el.setAttribute(name, String(value))
  }
  return makeInstance(el, { canvasId: attr('canvas-id'), type: attr('type') })
}
