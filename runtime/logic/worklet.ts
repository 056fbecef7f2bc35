// `wx.worklet` as a WebView renders it: mpsim renders every page with WebView, where Skyline's
// worklet animations have no UI thread to run on. Shared and derived values work (read and
// written in the logic thread), and an animation helper resolves to its end value at once, its
// callback told it finished, so code that sets up Skyline animations runs and lands in the final
// state. WeChat's demo app's home page reads `wx.worklet` when it loads.

type Run = (api: string, fn: () => void) => void
type Animation = unknown

const done = (run: Run, callback: unknown) => {
  if (typeof callback === 'function') run('worklet', () => callback(true))
}

export function createWorklet(run: Run, later: (fn: () => void) => void): object {
  const timing = (toValue: unknown, _options?: unknown, callback?: unknown): Animation => {
    later(() => done(run, callback))
    return toValue
  }
  const ease = (t: number) => bezier(0.25, 0.1, 0.25, 1)(t)
  return {
    shared: <T>(value: T) => ({ value }),
    derived: <T>(updater: () => T) => ({
      get value() {
        return updater()
      },
    }),
    timing,
    spring: timing,
    decay: (options?: { velocity?: number }, callback?: unknown): Animation =>
      timing(options?.velocity ?? 0, undefined, callback),
    delay: (_ms: number, animation: Animation) => animation,
    sequence: (...animations: Animation[]) => animations.at(-1),
    repeat: (animation: Animation) => animation,
    cancelAnimation: () => undefined,
    runOnJS:
      <A extends unknown[]>(fn: (...args: A) => unknown) =>
      (...args: A) =>
        later(() => run('worklet.runOnJS', () => void fn(...args))),
    runOnUI:
      <A extends unknown[]>(fn: (...args: A) => unknown) =>
      (...args: A) =>
        fn(...args),
    Easing: {
      linear: (t: number) => t,
      ease,
      quad: (t: number) => t * t,
      cubic: (t: number) => t * t * t,
      poly: (n: number) => (t: number) => t ** n,
      sin: (t: number) => 1 - Math.cos((t * Math.PI) / 2),
      circle: (t: number) => 1 - Math.sqrt(1 - t * t),
      exp: (t: number) => (t === 0 ? 0 : 2 ** (10 * (t - 1))),
      bezier,
      in: (f: (t: number) => number) => f,
      out: (f: (t: number) => number) => (t: number) => 1 - f(1 - t),
      inOut: (f: (t: number) => number) => (t: number) =>
        t < 0.5 ? f(t * 2) / 2 : 1 - f((1 - t) * 2) / 2,
    },
  }
}

/** A cubic Bézier easing (as CSS's), solved for x by bisection. */
function bezier(x1: number, y1: number, x2: number, y2: number): (t: number) => number {
  const at = (a: number, b: number, s: number) =>
    3 * a * s * (1 - s) ** 2 + 3 * b * s * s * (1 - s) + s ** 3
  return (x: number) => {
    let lo = 0
    let hi = 1
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2
      if (at(x1, x2, mid) < x) lo = mid
      else hi = mid
    }
    return at(y1, y2, (lo + hi) / 2)
  }
}
