// `wx.createIntersectionObserver(component, options)` and `this.createIntersectionObserver()`:
// the observer measures its targets and the reference area with one selector query when
// `observe` is called, and calls back for each target whose intersection ratio differs from
// `initialRatio` and passes a threshold, as the platform's first notification does. Later
// changes (scrolling) are not watched: mpsim has no layout that moves on its own.

type Rect = {
  left: number
  right: number
  top: number
  bottom: number
  width: number
  height: number
}
type Margins = { left?: number; right?: number; top?: number; bottom?: number }
type Measured = Partial<Rect> & { id?: string; dataset?: Record<string, unknown> }

export interface SelectorQueryLike {
  in(component: unknown): SelectorQueryLike
  select(selector: string): { boundingClientRect(): SelectorQueryLike }
  selectAll(selector: string): { boundingClientRect(): SelectorQueryLike }
  selectViewport(): { boundingClientRect(): SelectorQueryLike }
  exec(callback: (results: unknown[]) => void): unknown
}

export interface ObserverOptions {
  thresholds?: number[]
  initialRatio?: number
  observeAll?: boolean
}

export function createIntersectionObserver(
  query: () => SelectorQueryLike,
  run: (fn: () => void) => void,
  component: unknown,
  options: ObserverOptions = {},
): Record<string, unknown> {
  let relative: { selector: string | null; margins: Margins } | null = null
  let disconnected = false
  const thresholds = options.thresholds?.length ? options.thresholds : [0]
  const initialRatio = options.initialRatio ?? 0
  const observer: Record<string, unknown> = {
    relativeTo(selector: string, margins?: Margins) {
      relative = { selector, margins: margins ?? {} }
      return observer
    },
    relativeToViewport(margins?: Margins) {
      relative = { selector: null, margins: margins ?? {} }
      return observer
    },
    disconnect() {
      disconnected = true
    },
    observe(selector: string, callback: unknown) {
      if (typeof callback !== 'function') return
      const ref = relative ?? { selector: null, margins: {} }
      const q = query().in(component)
      if (options.observeAll) q.selectAll(selector).boundingClientRect()
      else q.select(selector).boundingClientRect()
      if (ref.selector) q.select(ref.selector).boundingClientRect()
      else q.selectViewport().boundingClientRect()
      q.exec((results) => {
        if (disconnected) return
        const found = options.observeAll ? results[0] : [results[0]]
        const area = results[1] as Measured | null
        if (!Array.isArray(found) || !area) return
        for (const target of found as Array<Measured | null>) {
          if (!target) continue
          const entry = intersection(target, withMargins(area, ref.margins))
          if (!crosses(initialRatio, entry.intersectionRatio, thresholds)) continue
          run(() => (callback as (e: unknown) => void)({ ...entry, time: Date.now() }))
        }
      })
    },
  }
  return observer
}

const rectOf = (m: Measured): Rect => {
  const left = m.left ?? 0
  const top = m.top ?? 0
  const right = m.right ?? left + (m.width ?? 0)
  const bottom = m.bottom ?? top + (m.height ?? 0)
  return { left, top, right, bottom, width: right - left, height: bottom - top }
}

function withMargins(area: Measured, m: Margins): Rect {
  const r = rectOf(area)
  return rectOf({
    left: r.left - (m.left ?? 0),
    right: r.right + (m.right ?? 0),
    top: r.top - (m.top ?? 0),
    bottom: r.bottom + (m.bottom ?? 0),
  })
}

function intersection(target: Measured, area: Rect) {
  const box = rectOf(target)
  const left = Math.max(box.left, area.left)
  const right = Math.min(box.right, area.right)
  const top = Math.max(box.top, area.top)
  const bottom = Math.min(box.bottom, area.bottom)
  const hit = right > left && bottom > top
  const inter = hit ? rectOf({ left, right, top, bottom }) : rectOf({})
  const size = box.width * box.height
  return {
    id: target.id ?? '',
    dataset: target.dataset ?? {},
    boundingClientRect: box,
    intersectionRect: inter,
    relativeRect: area,
    intersectionRatio: size > 0 ? (inter.width * inter.height) / size : 0,
  }
}

/** The first notification: the ratio moved away from `initialRatio` across a threshold (for
 *  threshold 0, between hidden and any visible part). */
function crosses(from: number, to: number, thresholds: number[]): boolean {
  const past = (ratio: number, t: number) => (t === 0 ? ratio > 0 : ratio >= t)
  return thresholds.some((t) => past(from, t) !== past(to, t))
}
