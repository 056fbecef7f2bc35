// The pull-down gesture by mouse: while a pull is armed the page must not start a text selection
// or a native drag (a second pull over text the first one selected became a drag in Chromium and
// the gesture never saw its moves or release: found by test/browser/phone.test.ts).

import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import type { ViewToHost } from '../../bridge/protocol.ts'
import { watchPageScroll } from './page-scroll.ts'

const options = {
  reportScroll: false,
  reachBottomDistance: null,
  pullDownRefresh: { backgroundColor: '#ffffff', backgroundTextStyle: 'dark' },
} as const

function setup() {
  const { window } = new JSDOM('<!doctype html><body><p>text</p></body>')
  const posted: ViewToHost[] = []
  const scroll = watchPageScroll(window.document, options as never, (m) => posted.push(m))
  const mouse = (type: string, clientY: number, buttons = 1) =>
    window.document.body.dispatchEvent(
      new window.MouseEvent(type, { bubbles: true, clientY, buttons }),
    )
  const cancelled = (type: string) => {
    const event = new window.Event(type, { bubbles: true, cancelable: true })
    window.document.querySelector('p')!.dispatchEvent(event)
    return event.defaultPrevented
  }
  return { window, posted, scroll, mouse, cancelled }
}

describe('pull-down refresh by mouse', () => {
  it('keeps text selection and native drags out of an armed pull, and only then', () => {
    const { mouse, cancelled, posted, scroll } = setup()
    expect(cancelled('selectstart')).toBe(false)
    mouse('mousedown', 100)
    expect(cancelled('selectstart')).toBe(true)
    expect(cancelled('dragstart')).toBe(true)
    mouse('mousemove', 300)
    mouse('mouseup', 300, 0)
    expect(posted).toEqual([{ type: 'pullDownRefresh' }])
    expect(cancelled('selectstart')).toBe(false)
    scroll.destroy()
    mouse('mousedown', 100)
    expect(cancelled('dragstart')).toBe(false)
  })
})
