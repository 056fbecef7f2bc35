// The tab bar from app.json `tabBar`: colours, border, icons (selectedIconPath on the selected
// item), text; shown on tab pages only; a tap switches tab. `position: top` draws it under the
// navigation bar without icons, as the platform does. `custom: true` leaves it to the app's
// custom-tab-bar component (not drawn here).

import { h, replaceChildren } from '../dom.ts'
import type { PageStackSnapshot, SimulatorSession } from '../session.ts'

type TabBar = NonNullable<PageStackSnapshot['tabBar']>

export function createTabBar(doc: Document, session: SimulatorSession) {
  const el = h(doc, 'div.mpsim-tab-bar', { role: 'tablist' })
  let drawn = ''
  return {
    el,
    /** The bar, or null when none shows on this page. */
    update(stack: PageStackSnapshot, bottomInset: number): TabBar | null {
      const bar = stack.tabBar
      const shown = bar && bar.visible && bar.config.custom !== true ? bar : null
      el.hidden = !shown
      if (!shown) return null
      const key = JSON.stringify(shown) + bottomInset
      if (key === drawn) return shown
      drawn = key
      draw(shown, bottomInset)
      return shown
    },
  }

  function draw(bar: TabBar, bottomInset: number) {
    const config = bar.config
    const top = config.position === 'top'
    el.classList.toggle('mpsim-tab-bar--top', top)
    el.style.background = str(config.backgroundColor, '#ffffff')
    el.style.borderColor = config.borderStyle === 'white' ? '#ffffff' : 'rgba(0, 0, 0, 0.15)'
    el.style.paddingBottom = top ? '0' : `${bottomInset}px`
    const items = bar.list.map((item, index) => {
      const selected = index === bar.selectedIndex
      const color = selected ? str(config.selectedColor, '#1aad19') : str(config.color, '#7a7e83')
      const iconPath = selected ? (item.selectedIconPath ?? item.iconPath) : item.iconPath
      const icon = !top && iconPath ? session.assetUrl(iconPath) : null
      return h(
        doc,
        'button.mpsim-tab-item',
        {
          type: 'button',
          role: 'tab',
          'aria-selected': String(selected),
          'data-index': index,
          onclick: () => void session.tapTabItem(index),
        },
        icon && h(doc, 'img.mpsim-tab-icon', { src: icon, alt: '' }),
        h(doc, 'span.mpsim-tab-text', { style: `color: ${color}` }, item.text ?? ''),
      )
    })
    el.classList.toggle(
      'mpsim-tab-bar--icons',
      items.some((i) => i.querySelector('img')),
    )
    replaceChildren(el, ...items)
  }
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' && value ? value : fallback
}
