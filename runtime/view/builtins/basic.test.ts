import { afterEach, describe, expect, it, vi } from 'vitest'
import { builtinCss, createBuiltin, isBuiltinTag } from './index.ts'
import { setup, tick } from './testing.ts'

afterEach(() => vi.useRealTimers())

describe('createBuiltin', () => {
  it('creates wx-<tag> elements; content is the element for view', () => {
    const { make } = setup()
    const v = make('view')
    expect(v.el.tagName).toBe('WX-VIEW')
    expect(v.instance.content).toBe(v.el)
    expect(make('scroll-view').el.tagName).toBe('WX-SCROLL-VIEW')
  })

  it('gives unknown tags a plain element and never throws', () => {
    const { ctx } = setup()
    const { el, instance } = createBuiltin('div', ctx)
    expect(el.tagName).toBe('WX-DIV')
    expect(() => instance.set('anything', 1)).not.toThrow()
    expect(createBuiltin('<bad>', ctx).el.tagName).toBe('WX-UNKNOWN')
  })

  it('knows the platform built-ins, not custom component names', () => {
    expect(isBuiltinTag('view')).toBe(true)
    expect(isBuiltinTag('scroll-view')).toBe(true)
    expect(isBuiltinTag('video')).toBe(true)
    expect(isBuiltinTag('van-button')).toBe(false)
    expect(isBuiltinTag('constructor')).toBe(false)
  })

  it('default CSS covers hidden, page, image size and view display', () => {
    expect(builtinCss).toContain('[hidden] { display: none !important; }')
    expect(builtinCss).toMatch(/wx-image \{[^}]*width: 320px; height: 240px/)
    expect(builtinCss).toMatch(/wx-view,[^{]*\{ display: block; \}/)
    expect(builtinCss).toContain('page { display: block; }')
  })

  it("default CSS sets the system's sans-serif font, not the browser's serif", () => {
    expect(builtinCss).toMatch(/\nbody \{ font-family: -apple-system, [^}]*, sans-serif; \}/)
  })
})

describe('view hover-class', () => {
  it('adds the class after hover-start-time and removes it hover-stay-time after release', () => {
    vi.useFakeTimers()
    const { make, window } = setup()
    const { el } = make('view', {
      'hover-class': 'pressed',
      'hover-start-time': 50,
      hoverStayTime: 400,
    })
    el.dispatchEvent(new window.Event('touchstart'))
    vi.advanceTimersByTime(49)
    expect(el.classList.contains('pressed')).toBe(false)
    vi.advanceTimersByTime(1)
    expect(el.classList.contains('pressed')).toBe(true)
    el.dispatchEvent(new window.Event('touchend'))
    vi.advanceTimersByTime(399)
    expect(el.classList.contains('pressed')).toBe(true)
    vi.advanceTimersByTime(1)
    expect(el.classList.contains('pressed')).toBe(false)
  })

  it('hover-stop-propagation keeps the parent from highlighting', () => {
    vi.useFakeTimers()
    const { make, window } = setup()
    const parent = make('view', { hoverClass: 'p' })
    const child = make('view', { hoverClass: 'c', hoverStopPropagation: true }, parent)
    child.el.dispatchEvent(new window.Event('touchstart', { bubbles: true }))
    vi.advanceTimersByTime(100)
    expect(child.el.classList.contains('c')).toBe(true)
    expect(parent.el.classList.contains('p')).toBe(false)
  })

  it('has no hover by default', () => {
    vi.useFakeTimers()
    const { make, window } = setup()
    const { el } = make('view')
    el.dispatchEvent(new window.Event('touchstart'))
    vi.advanceTimersByTime(100)
    expect(el.className).toBe('')
  })
})

describe('text', () => {
  it('decode turns the documented entities into characters', async () => {
    const { make, document } = setup()
    const { el, instance } = make('text', { decode: true })
    const node = document.createTextNode('')
    el.append(node)
    instance.setText!(node, 'a&nbsp;b&lt;c&gt;&amp;&apos;&ensp;&emsp;')
    expect(node.data).toBe("a\u00a0b<c>&'\u2002\u2003")
    instance.set('decode', false)
    expect(node.data).toBe('a&nbsp;b&lt;c&gt;&amp;&apos;&ensp;&emsp;')
  })

  it('space replaces spaces with the chosen width', () => {
    const { make, document } = setup()
    const { el, instance } = make('text', { space: 'emsp' })
    const node = document.createTextNode('')
    el.append(node)
    instance.setText!(node, 'a  b')
    expect(node.data).toBe('a\u2003\u2003b')
  })

  it('user-select and selectable both mark the element selectable', () => {
    const { make } = setup()
    expect(make('text', { 'user-select': true }).el.hasAttribute('selectable')).toBe(true)
    expect(make('text', { selectable: '' }).el.hasAttribute('selectable')).toBe(false)
    // Like the platform, the string "false" is a truthy Boolean property value.
    expect(make('text', { selectable: 'false' }).el.hasAttribute('selectable')).toBe(true)
  })
})

describe('icon', () => {
  it('draws an SVG of the default size 23 in the type colour', () => {
    const { make } = setup()
    const { el } = make('icon', { type: 'success' })
    const svg = el.querySelector('svg')!
    expect(svg.getAttribute('width')).toBe('23')
    expect((svg.parentElement as HTMLElement).style.color).toBe('rgb(9, 187, 7)')
  })

  it('honours size in rpx and a custom color', () => {
    const { make } = setup()
    const { el } = make('icon', { type: 'search', size: '100rpx', color: 'red' })
    expect(el.querySelector('svg')!.getAttribute('width')).toBe('50')
    expect((el.querySelector('svg')!.parentElement as HTMLElement).style.color).toBe('red')
  })

  it('draws each documented type and nothing for an unknown one', () => {
    const { make } = setup()
    for (const type of 'success success_no_circle info warn waiting cancel download search clear'.split(
      ' ',
    ))
      expect(make('icon', { type }).el.querySelector('svg')).not.toBeNull()
    expect(make('icon', { type: 'nope' }).el.querySelector('svg')).toBeNull()
  })
})

describe('progress', () => {
  it('sets the bar width, stroke width, colours and info', () => {
    const { make } = setup()
    const { el } = make('progress', {
      percent: 120,
      'show-info': true,
      'stroke-width': 12,
      activeColor: 'red',
      backgroundColor: 'blue',
    })
    const bar = el.querySelector<HTMLElement>('.wx-progress-bar')!
    const inner = el.querySelector<HTMLElement>('.wx-progress-inner-bar')!
    expect(inner.style.width).toBe('100%')
    expect(bar.style.height).toBe('12px')
    expect(inner.style.backgroundColor).toBe('red')
    expect(bar.style.backgroundColor).toBe('blue')
    expect(el.querySelector('.wx-progress-info')!.textContent).toBe('100%')
  })

  it('active animates from 0 and emits activeend after percent × duration ms', () => {
    vi.useFakeTimers()
    const { make, details } = setup()
    make('progress', { percent: 40, active: true })
    vi.advanceTimersByTime(40 * 30 - 1)
    expect(details('activeend')).toEqual([])
    vi.advanceTimersByTime(1)
    expect(details('activeend')).toEqual([{ curPercent: 40 }])
  })
})

describe('image', () => {
  it('maps modes to background size and position', () => {
    const { make } = setup()
    const box = (mode: string) =>
      make('image', { mode }).el.querySelector<HTMLElement>('.wx-image-box')!.style
    expect(box('aspectFit').backgroundSize).toBe('contain')
    expect(box('aspectFill').backgroundSize).toBe('cover')
    expect(box('scaleToFill').backgroundSize).toBe('100% 100%')
    expect(box('top left').backgroundPosition).toBe('left top')
    expect(box('bottom').backgroundPosition).toBe('center bottom')
    expect(make('image', { mode: 'widthFix' }).el.getAttribute('mode')).toBe('widthFix')
  })

  it('emits load with the natural size and error with errMsg', async () => {
    const { make, window, details } = setup()
    const { el } = make('image', { src: '/a.png' })
    await tick()
    const img = el.querySelector('img')!
    expect(img.getAttribute('src')).toBe('/a.png')
    Object.defineProperty(img, 'naturalWidth', { value: 200 })
    Object.defineProperty(img, 'naturalHeight', { value: 100 })
    img.dispatchEvent(new window.Event('load'))
    expect(details('load')).toEqual([{ width: 200, height: 100 }])
    expect(el.querySelector<HTMLElement>('.wx-image-box')!.style.backgroundImage).toContain(
      '/a.png',
    )
    img.dispatchEvent(new window.Event('error'))
    expect(details('error')).toEqual([{ errMsg: 'GET /a.png failed' }])
  })
})

describe('rich-text', () => {
  it('renders an HTML string without scripts, event attributes or javascript: URLs', () => {
    const { make } = setup()
    const { el } = make('rich-text', {
      nodes:
        '<div class="a" onclick="x()"><script>bad()</script><b>hi</b><img src="javascript:alert(1)" alt="i"><iframe src="/x"></iframe><span style="color:red">ok</span></div>',
    })
    const box = el.querySelector('.wx-rich-text-nodes')!
    expect(box.innerHTML).toBe(
      '<div class="a"><b>hi</b><img alt="i"><span style="color:red">ok</span></div>',
    )
  })

  it('renders the node array form and keeps text of unknown tags', () => {
    const { make } = setup()
    const { el } = make('rich-text', {
      nodes: [
        {
          name: 'p',
          attrs: { class: 'x', onmouseover: 'y' },
          children: [{ type: 'text', text: 'a<b' }],
        },
        { name: 'marquee', children: [{ type: 'text', text: 'kept' }] },
      ],
    })
    expect(el.querySelector('.wx-rich-text-nodes')!.innerHTML).toBe('<p class="x">a&lt;b</p>kept')
  })
})

describe('cover-view and cover-image', () => {
  it('cover-view holds its children; cover-image loads its src and reports the size', () => {
    const { make, window, details } = setup()
    const cv = make('cover-view')
    expect(cv.instance.content).toBe(cv.el)
    const ci = make('cover-image', { src: '/c.png' }, cv)
    const img = ci.el.querySelector('img')!
    expect(img.getAttribute('src')).toBe('/c.png')
    Object.defineProperty(img, 'naturalWidth', { value: 10 })
    Object.defineProperty(img, 'naturalHeight', { value: 20 })
    img.dispatchEvent(new window.Event('load'))
    expect(details('load')).toEqual([{ width: 10, height: 20 }])
  })
})
