// The contract between the view renderer and the built-in components (`wx-<tag>` elements).

export interface BuiltinContext {
  document: Document
  /** Timers of the view's own window, for a built-in's long-lived timers (swiper autoplay):
   *  closing the view stops them (jsdom clears a closed window's timers; an iframe's die with
   *  it), where the thread's global timers would outlive the page. */
  timers: ViewTimers
  /** Fire a mini-program event from this element (e.g. 'input' with { value, cursor, keyCode },
   *  'change' on swiper with { current, source }, 'scroll' with scroll-view's detail). The renderer
   *  turns it into the platform's event object and propagates it (bubbling etc. are not ours). */
  emit(
    el: Element,
    type: string,
    detail: Record<string, unknown>,
    options?: { bubbles?: boolean },
  ): void
  /** The host asked to navigate (navigator tap): open-type and url (delta for navigateBack). */
  navigate?(openType: string, url: string, delta?: number): void
  /** Window width in px, to convert rpx. */
  windowWidth(): number
}

export interface ViewTimers {
  setTimeout(fn: () => void, ms: number): number
  clearTimeout(id: number | undefined): void
}

/** The timers of the window `document` belongs to (the thread's when it has none). */
export function viewTimers(document: Document): ViewTimers {
  const win = document.defaultView
  if (!win) return { setTimeout: (fn, ms) => Number(setTimeout(fn, ms)), clearTimeout }
  return {
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (id) => win.clearTimeout(id),
  }
}

export interface BuiltinInstance {
  /** Where WXML children go. It is empty when created; the built-in's own nodes live elsewhere. */
  content: Element
  /** Set a component property, already evaluated. Name as written in WXML: 'scroll-y' or
   *  'scrollY' (both accepted). Unknown names are ignored. */
  set(name: string, value: unknown): void
  /** The renderer appended or removed children of `content` (swiper, scroll-view need it). */
  childrenChanged?(): void
  /** text only: the renderer writes each text child through this, so `decode` and `space`
   *  apply (and apply again when they change). Without it, write `node.data` directly. */
  setText?(node: Text, text: string): void
  /** input and textarea: replace the value, e.g. with what an input handler returned. */
  setValue?(value: string, cursor?: number): void
  /** Stop timers and observers. */
  destroy?(): void
}

export type Setter = (value: unknown) => void
export type Setters = Record<string, Setter>
export type BuiltinFactory = (el: HTMLElement, ctx: BuiltinContext) => BuiltinInstance
