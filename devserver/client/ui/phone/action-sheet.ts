// wx.showActionSheet as the client draws it: a sheet from the bottom with the optional alert
// text, the items in `itemColor`, and a separate cancel button; the mask cancels too.

import { h, replaceChildren } from '../dom.ts'
import type { NativeUiState, SimulatorSession } from '../session.ts'

export function createActionSheet(doc: Document, session: SimulatorSession) {
  const sheet = h(doc, 'div.mpsim-action-sheet', { role: 'menu' })
  const mask = h(doc, 'div.mpsim-mask', { onclick: () => session.answerActionSheet(null) })
  const el = h(doc, 'div.mpsim-action-sheet-layer', {}, mask, sheet)
  el.hidden = true
  let drawn: unknown = null
  return {
    el,
    update(state: NativeUiState, bottomInset: number) {
      const shown = state.actionSheet
      el.hidden = !shown
      if (!shown || shown === drawn) return
      drawn = shown
      sheet.style.paddingBottom = `${bottomInset}px`
      const items = shown.itemList.map((text, index) =>
        h(
          doc,
          'button.mpsim-action-sheet-item',
          {
            type: 'button',
            role: 'menuitem',
            style: `color: ${shown.itemColor}`,
            onclick: () => session.answerActionSheet(index),
          },
          text,
        ),
      )
      replaceChildren(
        sheet,
        shown.alertText && h(doc, 'div.mpsim-action-sheet-alert', {}, shown.alertText),
        ...items,
        h(doc, 'div.mpsim-action-sheet-gap'),
        h(
          doc,
          'button.mpsim-action-sheet-item.mpsim-action-sheet-cancel',
          { type: 'button', onclick: () => session.answerActionSheet(null) },
          '取消',
        ),
      )
    },
  }
}
