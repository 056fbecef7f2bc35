// icon (inline SVG glyphs drawn here) and progress.
import { div, makeInstance, toBool, toNum, toPx, toStr } from './props.ts'
import type { BuiltinContext, BuiltinInstance } from './types.ts'

const DISC = '<circle cx="12" cy="12" r="12" fill="currentColor"/>'
const W = 'fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round"'
const C = 'fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"'

/** Glyphs on a 24×24 box, in currentColor; default colours are WeUI's. */
const GLYPHS: Record<string, { color: string; svg: string }> = {
  success: { color: '#09BB07', svg: `${DISC}<path d="M6.5 12.5l3.5 3.5 7.5-8" ${W}/>` },
  success_no_circle: { color: '#09BB07', svg: `<path d="M4 12.5l5 5 11-11" ${C}/>` },
  info: {
    color: '#10AEFF',
    svg: `${DISC}<path d="M12 10.5v7" ${W}/><circle cx="12" cy="7" r="1.3" fill="#fff"/>`,
  },
  warn: {
    color: '#F76260',
    svg: `${DISC}<path d="M12 6v7.5" ${W}/><circle cx="12" cy="17" r="1.3" fill="#fff"/>`,
  },
  waiting: { color: '#10AEFF', svg: `${DISC}<path d="M12 6v6.5l4 2.5" ${W}/>` },
  cancel: { color: '#F43530', svg: `${DISC}<path d="M8 8l8 8M16 8l-8 8" ${W}/>` },
  download: { color: '#09BB07', svg: `${DISC}<path d="M12 5.5v9M8 11l4 4 4-4M7.5 18h9" ${W}/>` },
  search: {
    color: '#B2B2B2',
    svg: `<circle cx="10.5" cy="10.5" r="6.5" ${C}/><path d="M15.5 15.5l5 5" ${C}/>`,
  },
  clear: { color: '#B2B2B2', svg: `${DISC}<path d="M9 9l6 6M15 9l-6 6" ${W}/>` },
}

export function icon(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  let type = ''
  let size = 23
  let color = ''
  const box = div(ctx.document, 'wx-icon-glyph', 'span')
  el.append(box)
  const content = div(ctx.document, 'wx-content', 'span')
  el.append(content)
  const draw = () => {
    const glyph = GLYPHS[type]
    el.setAttribute('type', type)
    // The markup is fixed; user values only reach attributes and style below.
    box.innerHTML = glyph
      ? `<svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg">${glyph.svg}</svg>`
      : ''
    const svg = box.firstElementChild
    if (!svg) return
    svg.setAttribute('width', String(size))
    svg.setAttribute('height', String(size))
    box.style.color = color || glyph!.color
  }
  return makeInstance(content, {
    type: (v) => ((type = toStr(v)), draw()),
    size: (v) => ((size = toPx(v, ctx, 23)), draw()),
    color: (v) => ((color = toStr(v)), draw()),
  })
}

export function progress(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  const doc = ctx.document
  const bar = div(doc, 'wx-progress-bar')
  const inner = div(doc, 'wx-progress-inner-bar')
  const info = div(doc, 'wx-progress-info')
  bar.append(inner)
  el.append(bar)
  const content = div(doc, 'wx-content', 'span')
  el.append(content)
  let percent = 0
  let shown = 0
  let active = false
  let forwards = false
  let step = 30
  const { setTimeout, clearTimeout } = ctx.timers
  let timer: number | undefined

  const render = () => {
    inner.style.width = `${shown}%`
    info.textContent = `${percent}%`
  }
  const update = () => {
    clearTimeout(timer)
    const from = active ? (forwards ? shown : 0) : percent
    if (from === percent) return ((shown = percent), render())
    // Animate the width over `duration` ms per percent, then report activeend.
    shown = from
    inner.style.transition = 'none'
    render()
    inner.style.transition = `width ${Math.abs(percent - from) * step}ms linear`
    shown = percent
    render()
    timer = setTimeout(
      () => ctx.emit(el, 'activeend', { curPercent: percent }),
      Math.abs(percent - from) * step,
    )
  }
  const color = (v: unknown) => (inner.style.backgroundColor = toStr(v))
  return makeInstance(
    content,
    {
      percent: (v) => ((percent = Math.min(100, Math.max(0, toNum(v, 0)))), update()),
      showInfo: (v) => (toBool(v) ? el.insertBefore(info, content) : info.remove()),
      strokeWidth: (v) => (bar.style.height = `${toPx(v, ctx, 6)}px`),
      borderRadius: (v) => {
        bar.style.borderRadius = inner.style.borderRadius = `${toPx(v, ctx, 0)}px`
      },
      fontSize: (v) => (info.style.fontSize = `${toPx(v, ctx, 16)}px`),
      color,
      activeColor: color,
      backgroundColor: (v) => (bar.style.backgroundColor = toStr(v)),
      active: (v) => ((active = toBool(v)), update()),
      activeMode: (v) => (forwards = v === 'forwards'),
      duration: (v) => (step = toNum(v, 30)),
    },
    { destroy: () => clearTimeout(timer) },
  )
}
