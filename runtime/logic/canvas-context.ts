// wx.createCanvasContext(canvasId, component): the legacy CanvasContext. Drawing calls are
// recorded in the logic thread; `draw(reserve, callback)` sends them in one call to the view,
// which paints the `<canvas canvas-id>` of the page (or of `component`'s shadow tree) and
// answers; the callback runs then. `measureText` answers here (logic has no fonts): widths are
// estimated from the font size, 1em for CJK and full-width characters, 0.55em for others.

import type { ApiCaller } from './api-call.ts'

export interface CanvasGradientData {
  type: 'linear' | 'circular'
  data: number[]
  colorStops: Array<[number, string]>
}

/** Methods recorded as they are called (path, transform and drawing operations). */
const RECORDED = [
  'arc',
  'arcTo',
  'beginPath',
  'bezierCurveTo',
  'clearRect',
  'clip',
  'closePath',
  'drawImage',
  'fill',
  'fillRect',
  'fillText',
  'lineTo',
  'moveTo',
  'quadraticCurveTo',
  'rect',
  'restore',
  'rotate',
  'save',
  'scale',
  'setFillStyle',
  'setFontSize',
  'setGlobalAlpha',
  'setLineCap',
  'setLineDash',
  'setLineJoin',
  'setLineWidth',
  'setMiterLimit',
  'setShadow',
  'setStrokeStyle',
  'setTextAlign',
  'setTextBaseline',
  'setTransform',
  'stroke',
  'strokeRect',
  'strokeText',
  'transform',
  'translate',
]

/** Property setters (since base library 1.9.90) and the method each one records. */
const PROPERTIES: Record<string, string> = {
  fillStyle: 'setFillStyle',
  strokeStyle: 'setStrokeStyle',
  lineWidth: 'setLineWidth',
  lineCap: 'setLineCap',
  lineJoin: 'setLineJoin',
  miterLimit: 'setMiterLimit',
  globalAlpha: 'setGlobalAlpha',
  textAlign: 'setTextAlign',
  textBaseline: 'setTextBaseline',
  font: 'setFont',
  shadowOffsetX: 'setShadowOffsetX',
  shadowOffsetY: 'setShadowOffsetY',
  shadowBlur: 'setShadowBlur',
  shadowColor: 'setShadowColor',
  lineDashOffset: 'setLineDashOffset',
  globalCompositeOperation: 'setGlobalCompositeOperation',
}

export interface CanvasContextScope {
  calls: ApiCaller
  webviewId: () => number | undefined
}

export function createCanvasContext(
  scope: CanvasContextScope,
  canvasId: unknown,
  component?: { __instanceId__?: number; __wxWebviewId__?: number } | null,
): Record<string, unknown> {
  let actions: Array<{ method: string; data: unknown[] }> = []
  let fontSize = 10
  const ctx: Record<string, unknown> = { canvasId: String(canvasId) }
  const record = (method: string, data: unknown[]) => {
    actions.push({ method, data: data.map(wireValue) })
  }
  for (const method of RECORDED)
    ctx[method] = (...args: unknown[]) => {
      if (method === 'setFontSize' && typeof args[0] === 'number') fontSize = args[0]
      record(method, args)
    }
  const values: Record<string, unknown> = {}
  for (const [prop, method] of Object.entries(PROPERTIES))
    Object.defineProperty(ctx, prop, {
      enumerable: true,
      get: () => values[prop],
      set: (value: unknown) => {
        values[prop] = value
        if (prop === 'font') fontSize = fontSizeOf(String(value)) ?? fontSize
        record(method, [value])
      },
    })
  ctx.createLinearGradient = (x0: number, y0: number, x1: number, y1: number) =>
    gradient('linear', [x0, y0, x1, y1])
  ctx.createCircularGradient = (x: number, y: number, r: number) => gradient('circular', [x, y, r])
  ctx.measureText = (text: unknown) => ({ width: textWidth(String(text), fontSize) })
  ctx.draw = (reserve?: unknown, callback?: unknown) => {
    const sent = actions
    actions = []
    // `complete` runs through the API caller's error guard, after the view drew
    const done = typeof callback === 'function' ? (callback as () => void) : undefined
    scope.calls.call('CanvasContext.draw', {
      webviewId: component?.__wxWebviewId__ ?? scope.webviewId(),
      instanceId: component?.__instanceId__ ?? null,
      canvasId: String(canvasId),
      reserve: reserve === true,
      actions: sent,
      complete: () => done?.(),
    })
  }
  return ctx
}

function gradient(type: CanvasGradientData['type'], data: number[]) {
  const colorStops: Array<[number, string]> = []
  return {
    type,
    data,
    colorStops,
    addColorStop(stop: number, color: string) {
      colorStops.push([stop, color])
    },
  }
}

/** Gradients cross as plain data (their addColorStop method stays behind). */
function wireValue(value: unknown): unknown {
  if (value && typeof value === 'object' && 'colorStops' in value) {
    const g = value as CanvasGradientData
    return { type: g.type, data: [...g.data], colorStops: g.colorStops.map((s) => [...s]) }
  }
  return value
}

function fontSizeOf(font: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)px/.exec(font)
  return m ? Number(m[1]) : undefined
}

function textWidth(text: string, size: number): number {
  let em = 0
  for (const ch of text)
    em +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 1
        : 0.55
  return em * size
}
