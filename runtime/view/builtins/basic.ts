// view, text, cover-view, cover-image, swiper-item and plain elements.
import { hover } from './hover.ts'
import { div, makeInstance, reflect, toBool, toPx, toStr } from './props.ts'
import type { BuiltinContext, BuiltinInstance, Setters } from './types.ts'

export function plain(el: HTMLElement): BuiltinInstance {
  return makeInstance(el, {})
}

export function view(el: HTMLElement): BuiltinInstance {
  const h = hover(el, { hoverClass: 'none', startTime: 50, stayTime: 400 })
  return makeInstance(el, h.setters, { destroy: h.destroy })
}

export function swiperItem(el: HTMLElement): BuiltinInstance {
  return makeInstance(el, { itemId: (v) => el.setAttribute('item-id', toStr(v)) })
}

const ENTITIES: Record<string, string> = {
  '&nbsp;': '\u00a0',
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&apos;': "'",
  '&quot;': '"',
  '&ensp;': '\u2002',
  '&emsp;': '\u2003',
}
const SPACES: Record<string, string> = { nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003' }

/** What text's `decode` and `space` do to one text child. */
export function formatText(raw: string, decode: boolean, space: string): string {
  let s = raw
  const sp = SPACES[space]
  if (sp) s = s.replace(/ /g, sp)
  if (decode) s = s.replace(/&(?:nbsp|lt|gt|amp|apos|quot|ensp|emsp);/g, (m) => ENTITIES[m]!)
  return s
}

export function text(el: HTMLElement): BuiltinInstance {
  let decode = false
  let space = ''
  const raws = new Map<Text, string>()
  const refresh = () => {
    for (const [node, raw] of raws) {
      if (node.parentNode !== el) raws.delete(node)
      else node.data = formatText(raw, decode, space)
    }
  }
  const selectable = (v: unknown) => reflect(el, 'selectable', toBool(v))
  return makeInstance(
    el,
    {
      selectable,
      userSelect: selectable,
      decode: (v) => {
        decode = toBool(v)
        refresh()
      },
      space: (v) => {
        space = toStr(v)
        refresh()
      },
    },
    {
      setText(node, raw) {
        raws.set(node, raw)
        node.data = formatText(raw, decode, space)
      },
    },
  )
}

export function coverView(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  return makeInstance(el, { scrollTop: (v) => (el.scrollTop = toPx(v, ctx, 0)) })
}

export function coverImage(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  const img = div(ctx.document, 'wx-cover-image-img', 'img') as HTMLImageElement
  el.append(img)
  const content = div(ctx.document, 'wx-content', 'span')
  el.append(content)
  img.addEventListener('load', () =>
    ctx.emit(el, 'load', { width: img.naturalWidth, height: img.naturalHeight }),
  )
  img.addEventListener('error', () =>
    ctx.emit(el, 'error', { errMsg: `load image ${img.getAttribute('src') ?? ''} failed` }),
  )
  const setters: Setters = {
    src: (v) => {
      const src = toStr(v)
      if (src) img.setAttribute('src', src)
      else img.removeAttribute('src')
    },
  }
  return makeInstance(content, setters)
}
