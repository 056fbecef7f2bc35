// The performance panel's timeline: one lane per thread (host, logic, each page's view), the
// last seconds of each thread's slices as boxes on it, newest at the right. Long tasks and
// dropped frames are drawn as trouble (red). Plain DOM, redrawn whole: a few hundred boxes.

import { h, replaceChildren } from '../dom.ts'
import type { PerformanceSource } from '../session.ts'
import type { Slice } from './performance-model.ts'

/** The span the timeline shows, ending now. */
export const WINDOW_US = 5_000_000
/** Boxes drawn per lane at most (the newest). */
const MAX_SLICES = 400

export function laneName(source: PerformanceSource, routeOf: (id: number) => string | undefined) {
  if (source === 'host') return 'host'
  if (source === 'logic') return 'logic'
  const route = routeOf(source)
  return route ? `view ${source} · ${route}` : `view ${source}`
}

/** host, logic, then the views by webview id. */
function order(a: PerformanceSource, b: PerformanceSource): number {
  const rank = (s: PerformanceSource) => (s === 'host' ? -2 : s === 'logic' ? -1 : s)
  return rank(a) - rank(b)
}

export function drawTimeline(
  root: HTMLElement,
  lanes: Map<PerformanceSource, Slice[]>,
  nowUs: number,
  routeOf: (id: number) => string | undefined,
): void {
  const doc = root.ownerDocument
  const from = nowUs - WINDOW_US
  const sources = [...lanes.keys()].sort(order)
  const rows = sources.map((source) => {
    const slices = lanes.get(source)!.slice(-MAX_SLICES)
    const track = h(doc, 'div.mpsim-perf-track')
    for (const s of slices) track.appendChild(box(doc, s, from))
    return h(
      doc,
      'div.mpsim-perf-lane',
      { 'data-lane': String(source) },
      h(doc, 'div.mpsim-perf-lane-name', {}, laneName(source, routeOf)),
      track,
    )
  })
  const scale = h(
    doc,
    'div.mpsim-perf-scale',
    {},
    ...[5, 4, 3, 2, 1, 0].map((s) =>
      h(doc, 'span', { style: `left: ${100 - s * 20}%` }, s ? `−${s} s` : 'now'),
    ),
  )
  replaceChildren(root, scale, ...rows)
}

function box(doc: Document, s: Slice, from: number): HTMLElement {
  const left = Math.max(0, ((s.start - from) / WINDOW_US) * 100)
  const right = Math.min(100, ((s.end - from) / WINDOW_US) * 100)
  const ms = (s.end - s.start) / 1000
  return h(doc, `div.mpsim-perf-slice${s.bad ? '.mpsim-perf-bad' : ''}`, {
    'data-cat': s.cat,
    'data-name': s.name,
    'data-ms': ms.toFixed(1),
    title: `${s.name} · ${ms.toFixed(1)} ms`,
    style: `left: ${left.toFixed(2)}%; width: ${Math.max(0.15, right - left).toFixed(2)}%`,
  })
}
