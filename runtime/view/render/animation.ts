// The `animation` attribute every built-in takes: data from wx.createAnimation().export(),
// played step after step as CSS transitions on the element's inline style. Transforms carry
// over from step to step (a later rotate replaces an earlier rotate), as the platform does.

interface Action {
  animates?: Array<{ type?: unknown; args?: unknown[] }>
  option?: {
    transition?: { duration?: number; timingFunction?: string; delay?: number }
    transformOrigin?: string
  }
}

interface Playing {
  timer: ReturnType<typeof setTimeout> | undefined
  /** Inline styles the animation set, re-applied when the `style` attribute changes. */
  styles: Map<string, string>
}

const playing = new WeakMap<Element, Playing>()

const DEG = ['rotate', 'rotateX', 'rotateY', 'rotateZ', 'skew', 'skewX', 'skewY']

function transformText(type: string, args: unknown[]): string {
  if (type === 'rotate3d') {
    const [x, y, z, angle] = args
    return `rotate3d(${x}, ${y}, ${z}, ${angle}deg)`
  }
  const list = DEG.includes(type) ? args.map((a) => (typeof a === 'number' ? `${a}deg` : a)) : args
  return `${type}(${list.join(', ')})`
}

/** Starts playing `value` on `el` (a new value stops the one playing). */
export function playAnimation(el: HTMLElement, value: unknown): void {
  const old = playing.get(el)
  if (old?.timer !== undefined) clearTimeout(old.timer)
  const actions = (value as { actions?: unknown } | null)?.actions
  if (!Array.isArray(actions) || !actions.length) return
  const state: Playing = { timer: undefined, styles: old?.styles ?? new Map() }
  playing.set(el, state)
  const transforms = new Map<string, string>()
  const step = (i: number) => {
    const action = actions[i] as Action | undefined
    if (!action) return
    const t = action.option?.transition ?? {}
    const duration = t.duration ?? 400
    const delay = t.delay ?? 0
    const set = (name: string, text: string) => {
      state.styles.set(name, text)
      el.style.setProperty(name, text)
    }
    set('transition', `all ${duration}ms ${t.timingFunction ?? 'linear'} ${delay}ms`)
    set('transform-origin', action.option?.transformOrigin ?? '50% 50% 0')
    for (const { type, args = [] } of action.animates ?? []) {
      if (type === 'style') set(String(args[0]), String(args[1]))
      else if (typeof type === 'string') transforms.set(type, transformText(type, args))
    }
    if (transforms.size) set('transform', [...transforms.values()].join(' '))
    state.timer = setTimeout(() => step(i + 1), duration + delay)
  }
  step(0)
}

/** After the `style` attribute was rewritten: the animation's styles stay on top. */
export function restoreAnimatedStyle(el: HTMLElement): void {
  const state = playing.get(el)
  if (!state) return
  for (const [name, text] of state.styles) el.style.setProperty(name, text)
}
