// CanvasContext.draw() answered by the view: the `<canvas canvas-id>` in the page's (or a
// component's) shadow tree gets the recorded calls. They are kept on the element (a draw
// with `reserve` adds to the last drawing, else replaces it) and painted on a real 2D context
// when the document has one (browsers; jsdom has none, and the calls stay recorded).

import type { CanvasAction } from '../../bridge/protocol.ts'
import { select } from './query.ts'
import type { View } from './render/view.ts'

// On the element under a global symbol (as element-info does): the view may run from another
// copy of this module than the code that reads it (headless tests, dev panels).
const DRAWING = Symbol.for('mpsim.canvas')

type WithDrawing = Element & { [DRAWING]?: CanvasAction[] }

/** What has been drawn on a canvas element since its last non-reserve draw. */
export function canvasDrawing(el: Element): CanvasAction[] {
  return (el as WithDrawing)[DRAWING] ?? []
}

export interface CanvasDrawRequest {
  instanceId: number | null
  canvasId: string
  reserve: boolean
  actions: CanvasAction[]
}

/** Draws; false when the scope holds no canvas with that canvas-id. */
export function drawCanvas(view: View, req: CanvasDrawRequest): boolean {
  const scope = req.instanceId === null ? view.page : view.instance(req.instanceId)
  if (!scope) return false
  const el = select(scope, 'wx-canvas').find((c) => c.getAttribute('canvas-id') === req.canvasId)
  if (!el) return false
  const list = req.reserve ? [...canvasDrawing(el), ...req.actions] : [...req.actions]
  ;(el as WithDrawing)[DRAWING] = list
  paint(el, req.reserve ? req.actions : list, !req.reserve)
  return true
}

type Ctx = CanvasRenderingContext2D & Record<string, unknown>

/** The 2D context of the canvas inside the element, when the document can paint. */
function context(el: Element): Ctx | null {
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null
  if (!win || typeof win.CanvasRenderingContext2D !== 'function') return null
  let canvas = el.querySelector(':scope > canvas') as HTMLCanvasElement | null
  if (!canvas) {
    canvas = el.ownerDocument.createElement('canvas')
    canvas.style.cssText = 'width: 100%; height: 100%; display: block;'
    el.appendChild(canvas)
  }
  const rect = el.getBoundingClientRect()
  if (rect.width && canvas.width !== Math.round(rect.width)) canvas.width = Math.round(rect.width)
  if (rect.height && canvas.height !== Math.round(rect.height))
    canvas.height = Math.round(rect.height)
  return canvas.getContext('2d') as Ctx | null
}

const STYLE_SETTERS: Record<string, string> = {
  setLineWidth: 'lineWidth',
  setLineCap: 'lineCap',
  setLineJoin: 'lineJoin',
  setMiterLimit: 'miterLimit',
  setGlobalAlpha: 'globalAlpha',
  setTextAlign: 'textAlign',
  setTextBaseline: 'textBaseline',
  setFont: 'font',
  setShadowOffsetX: 'shadowOffsetX',
  setShadowOffsetY: 'shadowOffsetY',
  setShadowBlur: 'shadowBlur',
  setShadowColor: 'shadowColor',
  setLineDashOffset: 'lineDashOffset',
  setGlobalCompositeOperation: 'globalCompositeOperation',
}

function paint(el: Element, actions: CanvasAction[], clear: boolean): void {
  const ctx = context(el)
  if (!ctx) return
  if (clear) {
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height)
  }
  for (const { method, data } of actions) {
    try {
      apply(ctx, method, data)
    } catch {
      // a call the context refuses (bad arguments) is skipped, as a browser canvas ignores it
    }
  }
}

function apply(ctx: Ctx, method: string, data: unknown[]): void {
  const prop = STYLE_SETTERS[method]
  if (prop) return void (ctx[prop] = data[0])
  switch (method) {
    case 'setFillStyle':
      return void (ctx.fillStyle = style(ctx, data[0]))
    case 'setStrokeStyle':
      return void (ctx.strokeStyle = style(ctx, data[0]))
    case 'setFontSize':
      return void (ctx.font = `${Number(data[0])}px sans-serif`)
    case 'setShadow':
      ctx.shadowOffsetX = Number(data[0])
      ctx.shadowOffsetY = Number(data[1])
      ctx.shadowBlur = Number(data[2])
      ctx.shadowColor = String(data[3])
      return
    case 'setLineDash':
      ctx.setLineDash(Array.isArray(data[0]) ? (data[0] as number[]) : [])
      if (typeof data[1] === 'number') ctx.lineDashOffset = data[1]
      return
    case 'drawImage':
      return drawImage(ctx, data)
  }
  const fn = ctx[method]
  if (typeof fn === 'function') (fn as (...a: unknown[]) => void).apply(ctx, data)
}

/** A colour, or a gradient recorded by createLinearGradient / createCircularGradient. */
function style(ctx: Ctx, value: unknown): string | CanvasGradient {
  if (!value || typeof value !== 'object') return String(value)
  const g = value as { type?: string; data?: number[]; colorStops?: Array<[number, string]> }
  const d = g.data ?? []
  const made =
    g.type === 'circular'
      ? ctx.createRadialGradient(d[0]!, d[1]!, 0, d[0]!, d[1]!, d[2]!)
      : ctx.createLinearGradient(d[0]!, d[1]!, d[2]!, d[3]!)
  for (const [stop, color] of g.colorStops ?? []) made.addColorStop(stop, color)
  return made
}

/** Images paint once loaded (the platform also draws them asynchronously). */
function drawImage(ctx: Ctx, data: unknown[]): void {
  const [src, ...rest] = data
  const img = new ctx.canvas.ownerDocument.defaultView!.Image()
  img.onload = () => (ctx.drawImage as (...a: unknown[]) => void)(img, ...rest)
  img.src = String(src)
}
