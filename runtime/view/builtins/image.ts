// image: a background-image box (scale and crop modes) plus an <img> that loads the file, reports
// load/error and, for widthFix/heightFix, is shown itself so CSS sizes the element.
import { div, makeInstance, toBool, toStr } from './props.ts'
import type { BuiltinContext, BuiltinInstance } from './types.ts'

/** background-size and background-position of each mode. */
const MODES: Record<string, [size: string, position: string]> = {
  scaleToFill: ['100% 100%', '0% 0%'],
  aspectFit: ['contain', 'center center'],
  aspectFill: ['cover', 'center center'],
  widthFix: ['100% 100%', '0% 0%'],
  heightFix: ['100% 100%', '0% 0%'],
  top: ['auto auto', 'center top'],
  bottom: ['auto auto', 'center bottom'],
  center: ['auto auto', 'center center'],
  left: ['auto auto', 'left center'],
  right: ['auto auto', 'right center'],
  'top left': ['auto auto', 'left top'],
  'top right': ['auto auto', 'right top'],
  'bottom left': ['auto auto', 'left bottom'],
  'bottom right': ['auto auto', 'right bottom'],
}

export function imageMode(mode: string): [size: string, position: string] {
  return MODES[mode] ?? MODES.scaleToFill!
}

export function image(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  const doc = ctx.document
  const box = div(doc, 'wx-image-box')
  const img = div(doc, 'wx-image-img', 'img') as HTMLImageElement
  const content = div(doc, 'wx-content', 'span')
  el.append(box, img, content)
  box.style.backgroundRepeat = 'no-repeat'
  let src = ''
  let lazy = false
  let observer: IntersectionObserver | undefined
  let queued = false

  const applyMode = (mode: string) => {
    const [size, position] = imageMode(mode)
    box.style.backgroundSize = size
    box.style.backgroundPosition = position
    el.setAttribute('mode', MODES[mode] ? mode : 'scaleToFill')
  }
  const start = () => {
    observer?.disconnect()
    observer = undefined
    if (!src) {
      img.removeAttribute('src')
      box.style.backgroundImage = ''
      return
    }
    img.setAttribute('src', src)
  }
  const load = () => {
    const IO = doc.defaultView?.IntersectionObserver
    if (!lazy || !IO || !src) return start()
    // lazy-load: fetch when near the viewport (the platform uses three screens).
    observer?.disconnect()
    observer = new IO((entries) => entries.some((e) => e.isIntersecting) && start(), {
      rootMargin: '300% 0px',
    })
    observer.observe(el)
  }
  // Properties arrive one by one in source order: wait for lazy-load before fetching.
  const schedule = () => {
    if (queued) return
    queued = true
    queueMicrotask(() => ((queued = false), load()))
  }
  img.addEventListener('load', () => {
    box.style.backgroundImage = `url(${JSON.stringify(img.getAttribute('src') ?? '')})`
    ctx.emit(el, 'load', { width: img.naturalWidth, height: img.naturalHeight })
  })
  img.addEventListener('error', () => {
    box.style.backgroundImage = ''
    ctx.emit(el, 'error', { errMsg: `GET ${img.getAttribute('src') ?? ''} failed` })
  })
  applyMode('scaleToFill')
  return makeInstance(
    content,
    {
      src: (v) => ((src = toStr(v)), schedule()),
      mode: (v) => applyMode(toStr(v) || 'scaleToFill'),
      lazyLoad: (v) => (lazy = toBool(v)),
    },
    { destroy: () => observer?.disconnect() },
  )
}
