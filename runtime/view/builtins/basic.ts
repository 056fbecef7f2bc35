// view, text, cover-view, cover-image, swiper-item and plain elements.
import { hover, type Hover } from './hover.ts'
import { camel, div, makeInstance, reflect, toBool, toPx, toStr } from './props.ts'
import type { BuiltinContext, BuiltinInstance, Setters } from './types.ts'

export function plain(el: HTMLElement): BuiltinInstance {
  return makeInstance(el, {})
}

/** A view's only behaviour is hover; it is set up on the first hover-* property, because a page
 *  can have thousands of views and most never use it. A class, not closures: one view is created
 *  per `<view>`, so it should cost no more than an object. */
class ViewBuiltin implements BuiltinInstance {
  private h: Hover | null = null
  constructor(readonly content: HTMLElement) {}
  set(name: string, value: unknown): void {
    const key = camel(name)
    if (!HOVER_PROPS.has(key)) return
    this.h ??= hover(this.content, { hoverClass: 'none', startTime: 50, stayTime: 400 })
    this.h.setters[key]!(value)
  }
  // No destroy: hover's timers are short and its listeners go with the element, and a destroy
  // here would make the renderer keep a disposer for every <view> of a page.
}

const HOVER_PROPS = new Set([
  'hoverClass',
  'hoverStartTime',
  'hoverStayTime',
  'hoverStopPropagation',
])

export function view(el: HTMLElement): BuiltinInstance {
  return new ViewBuiltin(el)
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

/** <text>: `decode` and `space` apply to each text child, again whenever they change. */
class TextBuiltin implements BuiltinInstance {
  private decode = false
  private space = ''
  /** Text children as written, kept only once `decode` or `space` may need them again. */
  private raws: Map<Text, string> | null = null
  constructor(readonly content: HTMLElement) {}

  set(name: string, value: unknown): void {
    switch (camel(name)) {
      case 'selectable':
      case 'userSelect':
        return reflect(this.content, 'selectable', toBool(value))
      case 'decode':
        this.decode = toBool(value)
        return this.refresh()
      case 'space':
        this.space = toStr(value)
        return this.refresh()
    }
  }

  setText(node: Text, raw: string): void {
    this.raws?.set(node, raw)
    const text = this.decode || this.space ? formatText(raw, this.decode, this.space) : raw
    // The renderer creates text nodes with their raw text: most need no second write (a DOM
    // records every change of a text node).
    if (node.data !== text) node.data = text
    if (!this.raws && (this.decode || this.space)) this.raws = new Map([[node, raw]])
  }

  private refresh(): void {
    this.raws ??= new Map()
    for (const node of this.content.childNodes) {
      if (node.nodeType === 3 && !this.raws.has(node as Text))
        this.raws.set(node as Text, (node as Text).data)
    }
    for (const [node, raw] of this.raws) {
      if (node.parentNode !== this.content) this.raws.delete(node)
      else node.data = formatText(raw, this.decode, this.space)
    }
  }
}

export function text(el: HTMLElement): BuiltinInstance {
  return new TextBuiltin(el)
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
