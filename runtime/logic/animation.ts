// wx.createAnimation: an Animation object that records steps of style and transform changes
// and exports them as data for an element's `animation` attribute, which the view plays
// (runtime/view/render/animation.ts). Same export shape as the platform's:
// `{ actions: [{ animates: [{ type, args }], option: { transition, transformOrigin } }] }`.

export interface AnimationStepOption {
  duration?: number
  timingFunction?: string
  delay?: number
  transformOrigin?: string
}

export interface AnimationAction {
  animates: Array<{ type: string; args: unknown[] }>
  option: {
    transition: { duration: number; timingFunction: string; delay: number }
    transformOrigin: string
  }
}

/** Numbers are px for lengths (as the docs say), strings pass as written. */
const px = (v: unknown): unknown => (typeof v === 'number' ? `${v}px` : v)

const TRANSFORMS_PX = ['translate', 'translate3d', 'translateX', 'translateY', 'translateZ']
const TRANSFORMS = [
  'matrix',
  'matrix3d',
  'rotate',
  'rotate3d',
  'rotateX',
  'rotateY',
  'rotateZ',
  'scale',
  'scale3d',
  'scaleX',
  'scaleY',
  'scaleZ',
  'skew',
  'skewX',
  'skewY',
  ...TRANSFORMS_PX,
]
const STYLES_PX = ['width', 'height', 'left', 'right', 'top', 'bottom']

export function createAnimation(options: unknown): Record<string, unknown> {
  const o = (options && typeof options === 'object' ? options : {}) as AnimationStepOption
  const defaults = {
    duration: o.duration ?? 400,
    timingFunction: o.timingFunction ?? 'linear',
    delay: o.delay ?? 0,
    transformOrigin: o.transformOrigin ?? '50% 50% 0',
  }
  let actions: AnimationAction[] = []
  let current: AnimationAction['animates'] = []
  const animation: Record<string, unknown> = {}
  const add = (type: string, args: unknown[]) => {
    current.push({ type, args })
    return animation
  }
  for (const type of TRANSFORMS)
    animation[type] = (...args: unknown[]) =>
      add(type, TRANSFORMS_PX.includes(type) ? args.map(px) : args)
  for (const name of STYLES_PX)
    animation[name] = (value: unknown) => add('style', [name, px(value)])
  animation.opacity = (value: unknown) => add('style', ['opacity', value])
  animation.backgroundColor = (value: unknown) => add('style', ['background-color', value])
  animation.step = (stepOptions?: AnimationStepOption) => {
    const s = { ...defaults, ...(stepOptions ?? {}) }
    actions.push({
      animates: current,
      option: {
        transition: { duration: s.duration, timingFunction: s.timingFunction, delay: s.delay },
        transformOrigin: s.transformOrigin,
      },
    })
    current = []
    return animation
  }
  // Each export clears the queue (docs: "export 方法每次调用后会清掉之前的动画操作").
  animation.export = () => {
    const out = { actions }
    actions = []
    return out
  }
  return animation
}
