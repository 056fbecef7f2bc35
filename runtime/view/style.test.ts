import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { StyleSheetManager, cssText, rpxToPx } from './style.ts'

const android = { ios: false, pixelRatio: 3 }
const iphone = { ios: true, pixelRatio: 2 }

describe('rpxToPx', () => {
  it('maps 750rpx to the window width', () => {
    for (const w of [320, 375, 414]) expect(rpxToPx(750, w)).toBe(w)
  })

  it('rounds down to whole pixels', () => {
    expect(rpxToPx(100, 375)).toBe(50)
    expect(rpxToPx(100, 414)).toBe(55) // 55.2
    expect(rpxToPx(100, 320)).toBe(42) // 42.67
    expect(rpxToPx(3, 375)).toBe(1) // 1.5
    expect(rpxToPx(28.5, 375)).toBe(14) // 14.25
  })

  it('absorbs float error just under a whole pixel', () => {
    // 275 / 750 * 300 is 109.99999999999999 in floating point
    expect(rpxToPx(275, 300)).toBe(110)
  })

  it('keeps 0 as 0', () => {
    expect(rpxToPx(0, 375)).toBe(0)
    expect(rpxToPx(-0, 375)).toBe(0)
  })

  it('turns a positive value under 1px into a hairline: 0.5px on iPhone, else 1px', () => {
    expect(rpxToPx(1, 375)).toBe(0.5) // default device: iPhone, pixel ratio 2
    expect(rpxToPx(1, 375, iphone)).toBe(0.5)
    expect(rpxToPx(1, 320, android)).toBe(1)
    expect(rpxToPx(0.1, 414, android)).toBe(1)
    expect(rpxToPx(1, 375, { ios: true, pixelRatio: 1 })).toBe(1)
  })

  it('rounds negative values down too (away from zero), like WeChat', () => {
    expect(rpxToPx(-100, 375)).toBe(-50)
    expect(rpxToPx(-100, 414)).toBe(-56) // floor(-55.2)
    expect(rpxToPx(-1, 375)).toBe(-1) // floor(-0.5)
    expect(rpxToPx(-1, 320)).toBe(-1)
  })
})

describe('cssText', () => {
  it('prints chunks for a width', () => {
    const chunks = ['.a{width:', 750, 'px;margin:', -20, 'px ', 1, 'px}']
    expect(cssText(chunks, 375)).toBe('.a{width:375px;margin:-10px 0.5px}')
    expect(cssText(chunks, 414, android)).toBe('.a{width:414px;margin:-12px 1px}')
    expect(cssText([], 375)).toBe('')
  })
})

function styles(doc: Document): Array<[string | null, string | null]> {
  return [...doc.querySelectorAll('style')].map((s) => [
    s.getAttribute('data-mpsim'),
    s.textContent,
  ])
}

describe('StyleSheetManager', () => {
  it('injects <style data-mpsim> elements into the head in the order added', () => {
    const { document } = new JSDOM().window
    const m = new StyleSheetManager(document, { windowWidth: 375 })
    m.set('app', ['page{padding:', 20, 'px}'])
    m.set('components/card/card', ['.c--a{width:', 750, 'px}'])
    m.set('pages/index/index', ['.b{}'])
    expect(styles(document)).toEqual([
      ['app', 'page{padding:10px}'],
      ['components/card/card', '.c--a{width:375px}'],
      ['pages/index/index', '.b{}'],
    ])
    expect(document.head.children).toHaveLength(3)
  })

  it('stays after the last managed sheet even when other elements were added to the head', () => {
    const { document } = new JSDOM().window
    const m = new StyleSheetManager(document, { windowWidth: 375 })
    m.set('app', ['a{}'])
    document.head.appendChild(document.createElement('meta'))
    m.set('page', ['b{}'])
    expect([...document.head.children].map((e) => e.tagName)).toEqual(['STYLE', 'STYLE', 'META'])
  })

  it('re-renders every sheet in place when the window width changes', () => {
    const { document } = new JSDOM().window
    const m = new StyleSheetManager(document, { windowWidth: 375 })
    const app = m.set('app', ['.a{width:', 100, 'px}'])
    const page = m.set('page', ['.b{height:', 750, 'px}'])
    m.setWindowWidth(414)
    expect(m.windowWidth).toBe(414)
    expect(styles(document)).toEqual([
      ['app', '.a{width:55px}'],
      ['page', '.b{height:414px}'],
    ])
    const [first, second] = document.querySelectorAll('style')
    expect(first).toBe(app)
    expect(second).toBe(page)
  })

  it('replaces the text of a known key without moving it, and removes by key', () => {
    const { document } = new JSDOM().window
    const m = new StyleSheetManager(document, { windowWidth: 375 })
    const a = m.set('a', ['x{}'])
    m.set('b', ['y{}'])
    expect(m.set('a', ['z{}'])).toBe(a)
    expect(styles(document)).toEqual([
      ['a', 'z{}'],
      ['b', 'y{}'],
    ])
    m.remove('a')
    expect(styles(document)).toEqual([['b', 'y{}']])
    expect(m.has('a')).toBe(false)
  })

  it('setSheets makes the document hold exactly the given sheets in the given order', () => {
    const { document } = new JSDOM().window
    const m = new StyleSheetManager(document, { windowWidth: 320 })
    const app = m.set('app', ['a{}'])
    m.set('old', ['o{}'])
    m.setSheets([
      ['page', ['p{width:', 750, 'px}']],
      ['app', ['a2{}']],
    ])
    expect(styles(document)).toEqual([
      ['page', 'p{width:320px}'],
      ['app', 'a2{}'],
    ])
    expect(document.querySelector('style[data-mpsim="app"]')).toBe(app)
    expect(m.keys()).toEqual(['page', 'app'])
    m.set('late', ['l{}'])
    expect(m.keys()).toEqual(['page', 'app', 'late'])
    expect(styles(document).map(([k]) => k)).toEqual(['page', 'app', 'late'])
  })

  it('applies to the document: the rendered rule matches elements', () => {
    const { window } = new JSDOM('<wx-view class="a"></wx-view>')
    const m = new StyleSheetManager(window.document, { windowWidth: 375 })
    m.set('page', ['.a{width:', 200, 'px}'])
    const el = window.document.querySelector('.a')!
    expect(window.getComputedStyle(el).width).toBe('100px')
    m.setWindowWidth(750)
    expect(window.getComputedStyle(el).width).toBe('200px')
  })
})
