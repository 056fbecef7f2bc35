// wx.showToast and wx.showLoading, drawn as the client draws them: a dark rounded box in the
// middle of the screen, an icon (success, error, loading spinner, or the `image` given) above
// the title; `icon: none` shows only the text (two lines at most). `mask` puts a transparent
// layer over the page that takes every touch. The model closes a toast after its duration.

import { h, replaceChildren } from '../dom.ts'
import type { NativeUiState, SimulatorSession } from '../session.ts'

const GLYPHS: Record<string, string> = { success: '✓', error: '!' }

export function createToast(doc: Document, session: SimulatorSession) {
  const mask = h(doc, 'div.mpsim-mask.mpsim-mask--clear')
  const box = h(doc, 'div.mpsim-toast', { role: 'alert' })
  const el = h(doc, 'div.mpsim-toast-layer', {}, mask, box)
  el.hidden = true
  let drawn: unknown = null
  return {
    el,
    update(state: NativeUiState) {
      const shown = state.toast ?? state.loading
      el.hidden = !shown
      if (!shown || shown === drawn) return
      drawn = shown
      mask.hidden = !shown.mask
      const icon = shown.kind === 'loading' ? 'loading' : shown.icon
      const image = shown.kind === 'toast' ? shown.image : undefined
      const textOnly = !image && icon === 'none'
      box.className = `mpsim-toast mpsim-toast--${textOnly ? 'text' : 'icon'}`
      box.dataset.icon = image ? 'image' : icon
      replaceChildren(
        box,
        textOnly ? null : iconOf(icon, image),
        h(doc, 'p.mpsim-toast-title', {}, shown.title),
      )
    },
  }

  function iconOf(icon: string, image: string | undefined): HTMLElement {
    if (image)
      return h(doc, 'img.mpsim-toast-image', { src: session.assetUrl(image) ?? image, alt: '' })
    if (icon === 'loading') return h(doc, 'span.mpsim-spinner.mpsim-toast-spinner')
    return h(doc, `span.mpsim-toast-icon.mpsim-toast-icon--${icon}`, {}, GLYPHS[icon] ?? '')
  }
}
