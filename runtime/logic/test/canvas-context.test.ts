// The legacy CanvasContext in logic: calls and property setters are recorded, draw() sends them
// in one `CanvasContext.draw` call and starts a new list; measureText answers from the font size.

import { expect, it } from 'vitest'
import type { ApiCaller } from '../api-call.ts'
import { createCanvasContext } from '../canvas-context.ts'

type Ctx = Record<string, (...args: unknown[]) => unknown> & { lineWidth: number; font: string }

function setup() {
  const sent: Array<{ api: string; args: Record<string, unknown> }> = []
  const calls = {
    call: (api: string, args: Record<string, unknown>) => sent.push({ api, args }),
  } as unknown as ApiCaller
  const ctx = createCanvasContext({ calls, webviewId: () => 3 }, 'c1', null) as unknown as Ctx
  return { ctx, sent }
}

it('records calls and setters, sends them on draw, then starts over', () => {
  const { ctx, sent } = setup()
  ctx.beginPath!()
  ctx.lineWidth = 4
  ctx.arc!(10, 10, 5, 0, Math.PI)
  ctx.draw!(true)
  ctx.stroke!()
  ctx.draw!()
  expect(sent.map((s) => s.api)).toEqual(['CanvasContext.draw', 'CanvasContext.draw'])
  expect(sent[0]!.args).toMatchObject({
    webviewId: 3,
    instanceId: null,
    canvasId: 'c1',
    reserve: true,
    actions: [
      { method: 'beginPath', data: [] },
      { method: 'setLineWidth', data: [4] },
      { method: 'arc', data: [10, 10, 5, 0, Math.PI] },
    ],
  })
  expect(sent[1]!.args).toMatchObject({ reserve: false, actions: [{ method: 'stroke', data: [] }] })
  expect(ctx.lineWidth).toBe(4)
})

it('measureText follows setFontSize and font: CJK 1em, others 0.55em', () => {
  const { ctx } = setup()
  expect(ctx.measureText!('ab')).toEqual({ width: 11 })
  ctx.setFontSize!(20)
  expect(ctx.measureText!('中a')).toEqual({ width: 31 })
  ctx.font = 'bold 10px sans-serif'
  expect(ctx.measureText!('中')).toEqual({ width: 10 })
})
