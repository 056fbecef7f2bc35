// The simulator's Home button (docs/packages.md#app-hot-start-and-background-destroy): "Home"
// sends the app to the background (the page's onHide, App.onHide) and covers the screen, as
// leaving the app does; "Back to app" brings it back — a hot start with its state, or a cold
// start once it stayed in the background past the launch's backgroundDestroyMs.

import { h } from '../dom.ts'

/** What the button drives: the Host (runtime/host/host.ts) has it. */
export interface AppSwitcher {
  background(): Promise<void>
  foreground(): Promise<void>
  lifetime: { state: 'foreground' | 'background' | 'destroyed' }
}

const COVER_TEXT = {
  background: 'In the background — "Back to app" is a hot start',
  destroyed: 'Destroyed in the background — "Back to app" is a cold start',
}

/** Adds the button to `toolbar` and its cover to `screen`; returns its remover. */
export function mountHomeButton(
  toolbar: HTMLElement,
  screen: HTMLElement,
  app: AppSwitcher,
): () => void {
  const doc = toolbar.ownerDocument
  const cover = h(doc, 'div.mpsim-background-cover')
  cover.style.cssText =
    'position:absolute;inset:0;z-index:50;display:none;align-items:center;justify-content:center;' +
    'padding:24px;text-align:center;font:14px sans-serif;color:#fff;background:rgba(0,0,0,0.82);'
  const button = h(doc, 'button.mpsim-home-button', {
    type: 'button',
    onclick: () => void toggle(),
  }) as HTMLButtonElement
  let busy = false
  const draw = () => {
    const { state } = app.lifetime
    button.textContent = state === 'foreground' ? 'Home' : 'Back to app'
    button.dataset.state = state
    cover.style.display = state === 'foreground' ? 'none' : 'flex'
    if (state !== 'foreground') cover.textContent = COVER_TEXT[state]
  }
  async function toggle() {
    if (busy) return
    busy = true
    button.disabled = true
    try {
      if (app.lifetime.state === 'foreground') await app.background()
      else await app.foreground()
    } finally {
      busy = false
      button.disabled = false
      draw()
    }
  }
  // the destroy happens later, on the host's timer: the cover says so when it does
  const timer = setInterval(draw, 250)
  toolbar.append(button)
  screen.append(cover)
  draw()
  return () => {
    clearInterval(timer)
    button.remove()
    cover.remove()
  }
}
