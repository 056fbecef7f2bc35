// wx.showModal as the client draws it: a dim mask, a white dialog with the title, the content
// (or an input when `editable`, with its placeholder), and cancel / confirm buttons in their
// texts and colours. A button answers the UI model, which resolves the app's call.

import { h, replaceChildren } from '../dom.ts'
import type { NativeUiState, SimulatorSession } from '../session.ts'

export function createModal(doc: Document, session: SimulatorSession) {
  const dialog = h(doc, 'div.mpsim-modal', { role: 'dialog', 'aria-modal': 'true' })
  const el = h(doc, 'div.mpsim-modal-layer', {}, h(doc, 'div.mpsim-mask'), dialog)
  el.hidden = true
  let drawn: unknown = null
  return {
    el,
    update(state: NativeUiState) {
      const modal = state.modal
      el.hidden = !modal
      if (!modal || modal === drawn) return
      drawn = modal
      const input = modal.editable
        ? (h(doc, 'textarea.mpsim-modal-input', {
            placeholder: modal.placeholderText,
            value: modal.content,
            rows: 2,
          }) as HTMLTextAreaElement)
        : null
      const answer = (confirm: boolean) => {
        if (confirm && input) session.answerModal({ confirm, content: input.value })
        else session.answerModal({ confirm })
      }
      replaceChildren(
        dialog,
        modal.title && h(doc, 'div.mpsim-modal-title', {}, modal.title),
        input ??
          (modal.content &&
            h(
              doc,
              `div.mpsim-modal-content${modal.title ? '' : '.mpsim-modal-content--alone'}`,
              {},
              modal.content,
            )),
        h(
          doc,
          'div.mpsim-modal-footer',
          {},
          modal.showCancel &&
            h(
              doc,
              'button.mpsim-modal-button.mpsim-modal-cancel',
              {
                type: 'button',
                style: `color: ${modal.cancelColor}`,
                onclick: () => answer(false),
              },
              modal.cancelText,
            ),
          h(
            doc,
            'button.mpsim-modal-button.mpsim-modal-confirm',
            { type: 'button', style: `color: ${modal.confirmColor}`, onclick: () => answer(true) },
            modal.confirmText,
          ),
        ),
      )
    },
  }
}
