// hover-class, hover-start-time, hover-stay-time, hover-stop-propagation (view, button,
// navigator): the class is added while the element is pressed, as WeChat does.
import { toBool, toNum, toStr } from './props.ts'
import type { Setters } from './types.ts'

export interface HoverDefaults {
  hoverClass: string
  startTime: number
  stayTime: number
}

/** Press events an inner element with hover-stop-propagation already claimed. */
const claimed = new WeakSet<Event>()
/** Browsers follow a touch with emulated mouse events: ignore those. */
const MOUSE_AFTER_TOUCH_MS = 800

export interface Hover {
  setters: Setters
  destroy(): void
}

export function hover(el: HTMLElement, defaults: HoverDefaults, disabled = () => false): Hover {
  let cls = defaults.hoverClass
  let start = defaults.startTime
  let stay = defaults.stayTime
  let stop = false
  let startTimer: ReturnType<typeof setTimeout> | undefined
  let stayTimer: ReturnType<typeof setTimeout> | undefined
  let lastTouch = -Infinity
  let pressed = false

  const classes = () => (cls === 'none' ? [] : cls.split(/\s+/).filter(Boolean))
  const apply = (on: boolean) => {
    for (const c of classes()) el.classList.toggle(c, on)
  }
  const clear = () => {
    clearTimeout(startTimer)
    clearTimeout(stayTimer)
  }

  const press = (e: Event) => {
    if (e.type === 'touchstart') lastTouch = Date.now()
    else if (Date.now() - lastTouch < MOUSE_AFTER_TOUCH_MS) return
    if (claimed.has(e) || disabled() || classes().length === 0) return
    if (stop) claimed.add(e)
    clear()
    pressed = true
    startTimer = setTimeout(() => apply(true), start)
  }
  const release = (e: Event) => {
    if (!pressed) return
    if (e.type.startsWith('mouse') && Date.now() - lastTouch < MOUSE_AFTER_TOUCH_MS) return
    pressed = false
    clearTimeout(startTimer)
    // A quick tap still shows the hover state for hover-stay-time.
    apply(true)
    stayTimer = setTimeout(() => apply(false), stay)
  }

  const down = ['touchstart', 'mousedown']
  const up = ['touchend', 'touchcancel', 'mouseup']
  // Listeners only while there is a hover class: most views have none, and a page can have
  // thousands of views.
  let listening = false
  const listen = (on: boolean) => {
    if (on === listening) return
    listening = on
    const method = on ? 'addEventListener' : 'removeEventListener'
    for (const t of down) el[method](t, press)
    for (const t of up) el[method](t, release)
  }
  listen(cls !== 'none')

  const setters: Setters = {
    hoverClass: (v) => {
      apply(false)
      cls = toStr(v) || 'none'
      listen(cls !== 'none')
    },
    hoverStartTime: (v) => (start = toNum(v, defaults.startTime)),
    hoverStayTime: (v) => (stay = toNum(v, defaults.stayTime)),
    hoverStopPropagation: (v) => (stop = toBool(v)),
  }
  return {
    setters,
    destroy() {
      clear()
      listen(false)
    },
  }
}
