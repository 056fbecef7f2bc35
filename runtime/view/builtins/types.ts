// The contract between the view renderer and the built-in components (`wx-<tag>` elements).

export interface BuiltinContext {
  document: Document
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
