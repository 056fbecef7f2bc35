// swiper: a clipped track (the content element) of swiper-items moved with a transform; autoplay,
// touch/mouse drag, indicator dots. Emits change { current, currentItemId, source } when current
// changes and animationfinish after `duration`.
import { div, makeInstance, toBool, toNum, toPx, toStr } from './props.ts'
import type { BuiltinContext, BuiltinInstance } from './types.ts'

type Source = 'autoplay' | 'touch' | ''

export function swiper(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  const doc = ctx.document
  const wrapper = div(doc, 'wx-swiper-wrapper')
  const track = div(doc, 'wx-swiper-slides')
  const dots = div(doc, 'wx-swiper-dots')
  wrapper.append(track)
  el.append(wrapper, dots)
  const o = {
    dots: false,
    dotColor: 'rgba(0, 0, 0, .3)',
    dotActive: '#000000',
    autoplay: false,
    interval: 5000,
    duration: 500,
    circular: false,
    vertical: false,
    shown: 1,
  }
  let current = 0
  let ready = false
  let wanted: number | null = null
  const { setTimeout, clearTimeout } = ctx.timers
  let autoTimer: number | undefined
  let finishTimer: number | undefined
  queueMicrotask(() => (ready = true))

  const items = () => Array.from(track.children)
  const itemId = (i: number) => items()[i]?.getAttribute('item-id') ?? ''
  const last = () => Math.max(0, items().length - o.shown)

  const place = (offsetPx = 0, animate = true) => {
    const pct = -(current * 100) / o.shown
    const axis = o.vertical ? 'Y' : 'X'
    track.style.transition = animate ? `transform ${o.duration}ms ease` : 'none'
    track.style.transform = `translate${axis}(calc(${pct}% + ${offsetPx}px))`
  }
  const paintDots = () => {
    dots.hidden = !o.dots
    dots.replaceChildren()
    if (!o.dots) return
    items().forEach((_, i) => {
      const dot = div(doc, i === current ? 'wx-swiper-dot wx-swiper-dot-active' : 'wx-swiper-dot')
      dot.style.backgroundColor = i === current ? o.dotActive : o.dotColor
      dots.append(dot)
    })
  }
  const schedule = () => {
    clearTimeout(autoTimer)
    if (o.autoplay && items().length > 1) autoTimer = setTimeout(tick, o.interval)
  }
  const goTo = (index: number, source: Source, emit = true) => {
    // Before the items exist, remember the index; childrenChanged moves there.
    wanted = index > last() ? Math.max(0, index) : null
    const target = Math.min(Math.max(0, index), last())
    const moved = target !== current
    current = target
    place()
    paintDots()
    schedule()
    if (!moved || !emit) return
    const detail = { current, currentItemId: itemId(current), source }
    ctx.emit(el, 'change', detail)
    clearTimeout(finishTimer)
    finishTimer = setTimeout(() => ctx.emit(el, 'animationfinish', detail), o.duration)
  }
  // Autoplay wraps to the first item at the end, circular or not, as the platform does.
  const tick = () => goTo(current + 1 > last() ? 0 : current + 1, 'autoplay')
  const step = (dir: number) => {
    const next = current + dir
    if (next < 0) return goTo(o.circular ? last() : 0, 'touch')
    if (next > last()) return goTo(o.circular ? 0 : last(), 'touch')
    goTo(next, 'touch')
  }

  const drag = dragger(wrapper, () => o.vertical, {
    move: (d) => place(d, false),
    end: (d, fast) => {
      const size = o.vertical ? wrapper.clientHeight : wrapper.clientWidth
      const far = Math.abs(d) > size / o.shown / 2 || (fast && Math.abs(d) > 10)
      if (far && d !== 0) step(d < 0 ? 1 : -1)
      else place()
    },
  })

  const reflow = () => ((o.shown = Math.max(1, o.shown)), place(0, false), paintDots(), schedule())
  const margin = (side: 'Left' | 'Right' | 'Top' | 'Bottom') => (v: unknown) => {
    const px = toPx(toStr(v) || 0, ctx, 0)
    const prop = o.vertical ? (side === 'Left' ? 'Top' : 'Bottom') : side
    track.style[`margin${prop}`] = `${px}px`
  }
  track.style.setProperty('--wx-swiper-items', '1')
  return makeInstance(
    track,
    {
      indicatorDots: (v) => ((o.dots = toBool(v)), paintDots()),
      indicatorColor: (v) => ((o.dotColor = toStr(v) || 'rgba(0, 0, 0, .3)'), paintDots()),
      indicatorActiveColor: (v) => ((o.dotActive = toStr(v) || '#000000'), paintDots()),
      autoplay: (v) => ((o.autoplay = toBool(v)), schedule()),
      interval: (v) => ((o.interval = toNum(v, 5000)), schedule()),
      duration: (v) => (o.duration = toNum(v, 500)),
      circular: (v) => (o.circular = toBool(v)),
      vertical: (v) => {
        o.vertical = toBool(v)
        el.toggleAttribute('vertical', o.vertical)
        place(0, false)
      },
      current: (v) => goTo(toNum(v, 0), '', ready),
      currentItemId: (v) => {
        const i = items().findIndex((n) => n.getAttribute('item-id') === toStr(v))
        if (i >= 0) goTo(i, '', ready)
      },
      displayMultipleItems: (v) => {
        o.shown = Math.max(1, toNum(v, 1))
        track.style.setProperty('--wx-swiper-items', String(o.shown))
        reflow()
      },
      previousMargin: margin('Left'),
      nextMargin: margin('Right'),
    },
    {
      childrenChanged() {
        current = Math.min(wanted ?? current, last())
        if (wanted !== null && wanted <= last()) wanted = null
        reflow()
      },
      destroy() {
        clearTimeout(autoTimer)
        clearTimeout(finishTimer)
        drag()
      },
    },
  )
}

interface DragHandlers {
  move(offset: number): void
  end(offset: number, fast: boolean): void
}

/** Touch and mouse drags along one axis; returns a function that removes the listeners. */
function dragger(target: HTMLElement, vertical: () => boolean, h: DragHandlers): () => void {
  let start: { at: number; time: number } | undefined
  let offset = 0
  const pos = (e: Event): number => {
    const p = 'touches' in e ? (e as TouchEvent).changedTouches[0] : (e as MouseEvent)
    if (!p) return 0
    return vertical() ? p.clientY : p.clientX
  }
  const down = (e: Event) => {
    start = { at: pos(e), time: Date.now() }
    offset = 0
  }
  const move = (e: Event) => {
    if (!start) return
    offset = pos(e) - start.at
    h.move(offset)
  }
  const up = () => {
    if (!start) return
    const fast = Date.now() - start.time < 300
    start = undefined
    h.end(offset, fast)
  }
  const on: Array<[string, (e: Event) => void]> = [
    ['touchstart', down],
    ['mousedown', down],
    ['touchmove', move],
    ['mousemove', move],
    ['touchend', up],
    ['touchcancel', up],
    ['mouseup', up],
  ]
  for (const [t, f] of on) target.addEventListener(t, f)
  return () => {
    for (const [t, f] of on) target.removeEventListener(t, f)
  }
}
