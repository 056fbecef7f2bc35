import { describe, expect, it } from 'vitest'
import { compileOne, show } from './test-host.ts'

describe('rpx in declaration values', () => {
  it('turns each rpx length into a number chunk and keeps the text around it', () => {
    const r = compileOne('.a { width: 750rpx; height: 20px }')
    expect(r.chunks).toEqual(['.a { width: ', 750, 'px; height: 20px }'])
  })

  it('converts inside calc(), shorthands, negatives, decimals and 0rpx', () => {
    const r = compileOne(
      '.a { width: calc(100% - 20rpx); margin: -10rpx .5rpx 0rpx 1.25rpx; top: +3rpx }',
    )
    expect(r.chunks).toEqual([
      '.a { width: calc(100% - ',
      20,
      'px); margin: ',
      -10,
      'px ',
      0.5,
      'px ',
      0,
      'px ',
      1.25,
      'px; top: ',
      3,
      'px }',
    ])
  })

  it('converts in nested functions, slashes and custom properties', () => {
    const r = compileOne(
      '.a { transform: translate(10rpx, -5rpx); font: 28rpx/40rpx sans-serif; --gap: 8rpx }',
    )
    expect(show(r)).toBe(
      '.a { transform: translate({10}px, {-5}px); font: {28}px/{40}px sans-serif; --gap: {8}px }',
    )
  })

  it('leaves strings, url() and other units alone', () => {
    const src =
      '.a { content: "10rpx"; background: url(img/10rpx.png); mask: url("x10rpx.svg"); width: 10px; line-height: 10rpxx }'
    const r = compileOne(src)
    expect(r.chunks).toEqual([src])
    expect(r.errors.items).toEqual([])
  })

  it('converts rpx in keyframes and media blocks but not in at-rule parameters', () => {
    const r = compileOne(
      '@media (min-width: 600px) { .a { width: 10rpx } } @keyframes k { from { left: 0rpx } to { left: 100rpx } }',
    )
    expect(show(r)).toBe(
      '@media (min-width: 600px) { .a { width: {10}px } } @keyframes k { from { left: {0}px } to { left: {100}px } }',
    )
  })

  it('keeps !important after a converted value', () => {
    expect(show(compileOne('.a { width: 10rpx !important }'))).toBe(
      '.a { width: {10}px !important }',
    )
  })
})
