// The phone's status bar: time, signal and battery, in the navigation bar's colours (the client
// paints it with the bar; over a custom navigation it is transparent on the page).

import { h } from '../dom.ts'
import type { NavigationBarState } from '../session.ts'

export function createStatusBar(doc: Document) {
  const el = h(
    doc,
    'div.mpsim-status-bar',
    {},
    h(doc, 'span.mpsim-status-time', {}, '9:41'),
    h(
      doc,
      'span.mpsim-status-icons',
      { 'aria-hidden': 'true' },
      h(doc, 'span.mpsim-status-signal', {}, '●●●●'),
      h(doc, 'span.mpsim-status-battery'),
    ),
  )
  return {
    el,
    update(height: number, bar: NavigationBarState, custom: boolean) {
      el.style.height = `${height}px`
      el.style.color = bar.frontColor
      el.style.background = custom ? 'transparent' : bar.backgroundColor
      el.classList.toggle('mpsim-status-bar--overlay', custom)
    },
  }
}
