// scroll-view: an inner scroller (the content element) whose overflow follows scroll-x/scroll-y.
// Emits scroll, scrolltoupper and scrolltolower; scroll-top/left/into-view move it.
import { div, makeInstance, reflect, toBool, toPx, toStr } from './props.ts'
import type { BuiltinContext, BuiltinInstance } from './types.ts'

type Edge = 'top' | 'bottom' | 'left' | 'right'

export function scrollView(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  const box = div(ctx.document, 'wx-scroll-view')
  el.append(box)
  let x = false
  let y = false
  let upper = 50
  let lower = 50
  let smooth = false
  let lastTop = 0
  let lastLeft = 0
  let pending: { top?: number; left?: number; into?: string } | undefined
  // A value the platform already applied does not scroll again (a WeChat behaviour people rely on).
  const applied: Record<string, unknown> = {}

  const overflow = () => {
    box.style.overflowX = x ? 'auto' : 'hidden'
    box.style.overflowY = y ? 'auto' : 'hidden'
  }
  const scrollTo = (pos: { top?: number; left?: number }) => {
    const behavior: ScrollBehavior = smooth ? 'smooth' : 'auto'
    if (typeof box.scrollTo === 'function') return box.scrollTo({ ...pos, behavior })
    if (pos.top !== undefined) box.scrollTop = pos.top
    if (pos.left !== undefined) box.scrollLeft = pos.left
  }
  // Properties come before the children: apply positions once the children are in.
  const later = (change: NonNullable<typeof pending>) => {
    if (!pending) queueMicrotask(flush)
    pending = { ...pending, ...change }
  }
  const flush = () => {
    const p = pending
    pending = undefined
    if (!p) return
    // scroll-into-view wins over scroll-top/scroll-left.
    if (p.into) return intoView(p.into)
    if (p.top !== undefined || p.left !== undefined) scrollTo({ top: p.top, left: p.left })
  }
  const intoView = (id: string) => {
    const target = id ? box.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`) : null
    if (!target) return
    const t = target.getBoundingClientRect()
    const b = box.getBoundingClientRect()
    scrollTo({
      top: y ? box.scrollTop + t.top - b.top : undefined,
      left: x ? box.scrollLeft + t.left - b.left : undefined,
    })
  }
  const position = (key: 'scrollTop' | 'scrollLeft', v: unknown) => {
    if (applied[key] === v) return
    applied[key] = v
    const n = toPx(v, ctx, 0)
    later(key === 'scrollTop' ? { top: n } : { left: n })
  }

  // Inside a threshold and moving toward its edge, at most once per 200 ms per edge kind.
  const lastEdge = { upper: -Infinity, lower: -Infinity }
  const edge = (dir: Edge, inZone: boolean, toward: boolean) => {
    const kind = dir === 'top' || dir === 'left' ? 'upper' : 'lower'
    const now = Date.now()
    if (!inZone || !toward || now - lastEdge[kind] <= 200) return
    lastEdge[kind] = now
    ctx.emit(el, kind === 'upper' ? 'scrolltoupper' : 'scrolltolower', { direction: dir })
  }
  const onScroll = () => {
    const top = box.scrollTop
    const left = box.scrollLeft
    const { scrollHeight, scrollWidth, clientHeight, clientWidth } = box
    ctx.emit(el, 'scroll', {
      scrollLeft: left,
      scrollTop: top,
      scrollHeight,
      scrollWidth,
      deltaX: lastLeft - left,
      deltaY: lastTop - top,
    })
    if (y) {
      edge('top', Math.floor(top) <= upper, top < lastTop)
      edge('bottom', Math.ceil(top) + clientHeight + lower >= scrollHeight, top > lastTop)
    }
    if (x) {
      edge('left', Math.floor(left) <= upper, left < lastLeft)
      edge('right', Math.ceil(left) + clientWidth + lower >= scrollWidth, left > lastLeft)
    }
    lastTop = top
    lastLeft = left
  }
  box.addEventListener('scroll', onScroll)
  overflow()

  return makeInstance(
    box,
    {
      scrollX: (v) => ((x = toBool(v)), overflow()),
      scrollY: (v) => ((y = toBool(v)), overflow()),
      upperThreshold: (v) => (upper = toPx(v, ctx, 50)),
      lowerThreshold: (v) => (lower = toPx(v, ctx, 50)),
      scrollTop: (v) => position('scrollTop', v),
      scrollLeft: (v) => position('scrollLeft', v),
      scrollIntoView: (v) => {
        if (applied.intoView === v) return
        applied.intoView = v
        later({ into: toStr(v) })
      },
      scrollWithAnimation: (v) => (smooth = toBool(v)),
      enableFlex: (v) => reflect(el, 'enable-flex', toBool(v)),
      showScrollbar: (v) => reflect(el, 'hide-scrollbar', !toBool(v)),
    },
    {
      // Wait until the renderer has added all the children of this update.
      childrenChanged: () => pending && queueMicrotask(flush),
      destroy: () => box.removeEventListener('scroll', onScroll),
    },
  )
}
