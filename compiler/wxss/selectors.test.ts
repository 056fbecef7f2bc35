import { describe, expect, it } from 'vitest'
import { componentScope, compileOne, show } from './test-host.ts'

describe('tag selectors', () => {
  it('renames built-in components to their wx- elements', () => {
    const r = compileOne('view, text, button, scroll-view, swiper-item, image { a: b }')
    expect(show(r)).toBe(
      'wx-view, wx-text, wx-button, wx-scroll-view, wx-swiper-item, wx-image { a: b }',
    )
  })

  it('keeps page, custom components and html tags as written', () => {
    expect(show(compileOne('page, my-card, van-button, div, body { a: b }'))).toBe(
      'page, my-card, van-button, div, body { a: b }',
    )
  })

  it('renames tags in compound and complex selectors and inside :not()', () => {
    expect(show(compileOne('.list > view.item + text:not(image) ~ view::after { a: b }'))).toBe(
      '.list > wx-view.item + wx-text:not(wx-image) ~ wx-view::after { a: b }',
    )
  })

  it('leaves attribute selectors, pseudo-classes and ids alone', () => {
    const src = '[type="view"], #view, .view:hover, input[disabled], :nth-child(2n+1) { a: b }'
    expect(show(compileOne(src))).toBe(
      '[type="view"], #view, .view:hover, wx-input[disabled], :nth-child(2n+1) { a: b }',
    )
  })

  it('leaves keyframe selectors alone (also -webkit-keyframes)', () => {
    const src =
      '@keyframes view { from { a: b } 50% { a: c } to { a: d } } @-webkit-keyframes text { from {} }'
    expect(show(compileOne(src))).toBe(src)
  })

  it('rewrites selectors inside @media and @supports, not their conditions', () => {
    const src =
      '@media screen and (max-width: 100px) { @supports (display: grid) { view { a: b } } }'
    expect(show(compileOne(src))).toBe(
      '@media screen and (max-width: 100px) { @supports (display: grid) { wx-view { a: b } } }',
    )
  })

  it('keeps @font-face as written', () => {
    const src = '@font-face { font-family: icon; src: url(a.ttf) format("truetype") }'
    expect(show(compileOne(src))).toBe(src)
  })

  it('keeps a selector it has nothing to change in exactly as written', () => {
    const src = '[a b], a   >   b, .x:is( .y ) { a: b }'
    expect(show(compileOne(src))).toBe(src)
  })
})

describe('classes', () => {
  it('stay as written in pages and app.wxss', () => {
    expect(show(compileOne('.a .b-c:hover { a: b }'))).toBe('.a .b-c:hover { a: b }')
  })

  it('get the component prefix in a component', () => {
    const r = compileOne('.a .b-c:hover, view.d:not(.e) { a: b }', componentScope())
    expect(show(r)).toBe('.c1--a .c1--b-c:hover, wx-view.c1--d:not(.c1--e) { a: b }')
  })

  it('keep escapes valid after prefixing', () => {
    const r = compileOne('.w-1\\/2 { a: b }', componentScope())
    expect(show(r)).toBe('.c1--w-1\\/2 { a: b }')
  })

  it('leave ids and tags working in a component', () => {
    const r = compileOne('#main view { a: b }', componentScope())
    expect(show(r)).toBe('#main wx-view { a: b }')
    expect(r.errors.items).toEqual([])
  })
})

describe(':host', () => {
  it('becomes an [is] selector for the component id', () => {
    const r = compileOne(':host { display: block }', componentScope('components/x/x'))
    expect(show(r)).toBe('[is="components/x/x"] { display: block }')
  })

  it('works as one selector of a list', () => {
    const r = compileOne(':host, .a { a: b }', componentScope('c/x'))
    expect(show(r)).toBe('[is="c/x"], .c1--a { a: b }')
  })

  it('combined with other selectors: warns and drops that selector, as WeChat does', () => {
    const r = compileOne(':host(.x) { a: b } :host .y, .z { c: d }', componentScope('c/x'))
    expect(show(r)).toBe(' .c1--z { c: d }')
    expect(r.errors.hasErrors).toBe(false)
    expect(r.errors.items.map((e) => [e.severity, e.loc.line, e.loc.column])).toEqual([
      ['warning', 1, 1],
      ['warning', 1, 20],
    ])
    expect(r.errors.items[1]?.message).toContain(':host .y')
  })

  it('is left as written outside components', () => {
    expect(show(compileOne(':host { a: b }'))).toBe(':host { a: b }')
  })
})

describe('not WeChat syntax', () => {
  it('leaves >>> and ::v-deep as written (not rewritten into anything)', () => {
    const r = compileOne('.a >>> .b, .c ::v-deep .d { a: b }', componentScope())
    expect(show(r)).toBe('.c1--a >>> .c1--b, .c1--c ::v-deep .c1--d { a: b }')
  })
})
