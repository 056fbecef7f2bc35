import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, tick, type Made } from './testing.ts'

afterEach(() => vi.useRealTimers())

/** jsdom has no layout: give the scroller sizes. */
function size(box: HTMLElement, s: Record<string, number>) {
  for (const [k, v] of Object.entries(s))
    Object.defineProperty(box, k, { value: v, configurable: true })
}

describe('scroll-view', () => {
  const scroller = (m: Made) => m.instance.content as HTMLElement

  it('puts children in an inner scroller whose overflow follows scroll-x/scroll-y', () => {
    const { make } = setup()
    const sv = make('scroll-view', { 'scroll-y': true })
    const box = scroller(sv)
    expect(box.parentElement).toBe(sv.el)
    expect(box.style.overflowY).toBe('auto')
    expect(box.style.overflowX).toBe('hidden')
    sv.instance.set('scrollX', true)
    expect(box.style.overflowX).toBe('auto')
  })

  it('emits scroll with positions, sizes and deltas', () => {
    const env = setup()
    const sv = env.make('scroll-view', { scrollY: true })
    const box = scroller(sv)
    size(box, { scrollHeight: 1000, scrollWidth: 300, clientHeight: 200, clientWidth: 300 })
    box.scrollTop = 120
    env.fire(box, 'scroll')
    expect(env.details('scroll')).toEqual([
      {
        scrollLeft: 0,
        scrollTop: 120,
        scrollHeight: 1000,
        scrollWidth: 300,
        deltaX: 0,
        deltaY: -120,
      },
    ])
  })

  it('emits scrolltolower/scrolltoupper inside the thresholds when moving toward the edge', () => {
    vi.useFakeTimers()
    const env = setup()
    const sv = env.make('scroll-view', { scrollY: true, 'lower-threshold': 100 })
    const box = scroller(sv)
    size(box, { scrollHeight: 1000, clientHeight: 200 })
    const to = (top: number) => ((box.scrollTop = top), env.fire(box, 'scroll'))
    to(600)
    expect(env.details('scrolltolower')).toEqual([])
    to(720)
    to(750)
    expect(env.details('scrolltolower')).toEqual([{ direction: 'bottom' }])
    to(300)
    to(40)
    to(10)
    expect(env.details('scrolltoupper')).toEqual([{ direction: 'top' }])
    // Still inside and moving up, 200 ms later: reported again.
    vi.advanceTimersByTime(201)
    to(5)
    expect(env.details('scrolltoupper')).toHaveLength(2)
    to(20)
    expect(env.details('scrolltoupper')).toHaveLength(2)
  })

  it('applies scroll-top after the children are in, and only when the value changes', async () => {
    const env = setup()
    const sv = env.make('scroll-view', { scrollY: true, 'scroll-top': 80 })
    const box = scroller(sv)
    expect(box.scrollTop).toBe(0)
    await tick()
    expect(box.scrollTop).toBe(80)
    box.scrollTop = 10
    sv.instance.set('scroll-top', 80)
    await tick()
    expect(box.scrollTop).toBe(10)
    sv.instance.set('scroll-top', '100rpx')
    await tick()
    expect(box.scrollTop).toBe(50)
  })

  it('scroll-into-view scrolls to the child with that id', async () => {
    const env = setup()
    const sv = env.make('scroll-view', { scrollY: true, 'scroll-into-view': 'b' })
    const child = env.make('view', {}, sv)
    child.el.id = 'b'
    child.el.getBoundingClientRect = () => ({ top: 300, left: 0 }) as DOMRect
    await tick()
    expect(scroller(sv).scrollTop).toBe(300)
  })
})

describe('swiper', () => {
  const build = (props: Record<string, unknown>, n = 3) => {
    const env = setup()
    const sw = env.make('swiper', props)
    for (let i = 0; i < n; i++) env.make('swiper-item', { 'item-id': `i${i}` }, sw)
    return { env, sw }
  }

  it('autoplay advances every interval and wraps; change then animationfinish', () => {
    vi.useFakeTimers()
    const { env } = build({ autoplay: true, interval: 1000, duration: 300 })
    vi.advanceTimersByTime(1000)
    expect(env.details('change')).toEqual([{ current: 1, currentItemId: 'i1', source: 'autoplay' }])
    expect(env.details('animationfinish')).toEqual([])
    vi.advanceTimersByTime(300)
    expect(env.details('animationfinish')).toEqual([
      { current: 1, currentItemId: 'i1', source: 'autoplay' },
    ])
    vi.advanceTimersByTime(2000)
    expect(env.details('change').map((d) => d.current)).toEqual([1, 2, 0])
  })

  it('destroy stops autoplay', () => {
    vi.useFakeTimers()
    const { env, sw } = build({ autoplay: true, interval: 1000 })
    sw.instance.destroy!()
    vi.advanceTimersByTime(5000)
    expect(env.details('change')).toEqual([])
  })

  it('the initial current moves the track without an event; a later one emits source ""', async () => {
    const { env, sw } = build({ current: 2 })
    const track = sw.instance.content as HTMLElement
    expect(track.style.transform).toContain('-200%')
    expect(env.details('change')).toEqual([])
    await tick()
    sw.instance.set('current', 1)
    expect(env.details('change')).toEqual([{ current: 1, currentItemId: 'i1', source: '' }])
  })

  it('a drag to the left goes to the next item with source touch', () => {
    const { env, sw } = build({})
    const wrapper = sw.el.querySelector('.wx-swiper-wrapper')!
    const mouse = (type: string, clientX: number) =>
      wrapper.dispatchEvent(new env.window.MouseEvent(type, { clientX, bubbles: true }))
    mouse('mousedown', 200)
    mouse('mousemove', 100)
    mouse('mouseup', 100)
    expect(env.details('change')).toEqual([{ current: 1, currentItemId: 'i1', source: 'touch' }])
    mouse('mousedown', 100)
    mouse('mousemove', 250)
    mouse('mouseup', 250)
    expect(env.details('change')[1]).toMatchObject({ current: 0, source: 'touch' })
  })

  it('a touch swipe past the last item stops there unless circular', () => {
    const swipe = (env: ReturnType<typeof setup>, target: Element) => {
      const t = (type: string, x: number) => {
        const touch = { clientX: x, clientY: 0 }
        const e = new env.window.TouchEvent(type, { bubbles: true })
        Object.defineProperty(e, 'changedTouches', { value: [touch] })
        target.dispatchEvent(e)
      }
      t('touchstart', 200)
      t('touchmove', 50)
      t('touchend', 50)
    }
    const plain = build({ current: 1 }, 2)
    swipe(plain.env, plain.sw.el.querySelector('.wx-swiper-wrapper')!)
    expect(plain.env.details('change')).toEqual([])
    const circ = build({ current: 1, circular: true }, 2)
    swipe(circ.env, circ.sw.el.querySelector('.wx-swiper-wrapper')!)
    expect(circ.env.details('change')).toEqual([
      { current: 0, currentItemId: 'i0', source: 'touch' },
    ])
  })

  it('draws indicator dots in the given colours', () => {
    const { sw } = build({
      'indicator-dots': true,
      'indicator-color': 'gray',
      'indicator-active-color': 'red',
    })
    const dots = Array.from(sw.el.querySelectorAll<HTMLElement>('.wx-swiper-dot'))
    expect(dots.map((d) => d.style.backgroundColor)).toEqual(['red', 'gray', 'gray'])
  })
})

describe('button and navigator', () => {
  it('button reflects type, size, plain, loading and disabled for the default CSS', () => {
    const { make } = setup()
    const { el, instance } = make('button', {
      type: 'primary',
      size: 'mini',
      plain: true,
      loading: true,
      disabled: true,
    })
    expect(instance.content).toBe(el)
    for (const a of ['plain', 'loading', 'disabled']) expect(el.hasAttribute(a)).toBe(true)
    expect(el.getAttribute('type')).toBe('primary')
    expect(el.getAttribute('size')).toBe('mini')
  })

  it('button gets button-hover while pressed, not when disabled', () => {
    vi.useFakeTimers()
    const { make, window } = setup()
    const on = make('button')
    on.el.dispatchEvent(new window.Event('touchstart'))
    vi.advanceTimersByTime(20)
    expect(on.el.classList.contains('button-hover')).toBe(true)
    const off = make('button', { disabled: true })
    off.el.dispatchEvent(new window.Event('touchstart'))
    vi.advanceTimersByTime(20)
    expect(off.el.classList.contains('button-hover')).toBe(false)
  })

  it('navigator asks the host to navigate with open-type, url and delta', () => {
    const env = setup()
    env.click(env.make('navigator', { url: '/pages/a/a' }).el)
    env.click(env.make('navigator', { url: '/pages/b/b', 'open-type': 'redirect' }).el)
    env.click(env.make('navigator', { 'open-type': 'navigateBack', delta: 2 }).el)
    expect(env.navigations).toEqual([
      ['navigate', '/pages/a/a'],
      ['redirect', '/pages/b/b'],
      ['navigateBack', '', 2],
    ])
  })
})
