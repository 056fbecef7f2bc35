// The navigation bar (44 px, as on iOS): the page's title and colours from its window config and
// wx.setNavigationBarTitle/Color, the loading indicator of showNavigationBarLoading, a back
// button when a page is below this one (it calls navigateBack), and the capsule (menu button).
// A home button instead when the only page is not a home page (the entry page or a tab page),
// as the client shows one since 7.0.7 (see wx.hideHomeButton). `navigationStyle: custom` hides
// all of it but the capsule: the page draws its own bar.

import { h } from '../dom.ts'
import type { NativeUiState, PageStackSnapshot, SimulatorSession } from '../session.ts'

export function createNavigationBar(doc: Document, session: SimulatorSession) {
  const back = h(
    doc,
    'button.mpsim-nav-back',
    {
      type: 'button',
      title: 'Back',
      'aria-label': 'Back',
      onclick: () => void session.navigateBack(),
    },
    h(doc, 'span.mpsim-nav-back-arrow'),
  )
  const home = h(
    doc,
    'button.mpsim-nav-home',
    { type: 'button', title: 'Home', 'aria-label': 'Home', onclick: () => void session.goHome() },
    h(doc, 'span.mpsim-nav-home-icon'),
  )
  const loading = h(doc, 'span.mpsim-spinner.mpsim-nav-loading', { 'aria-label': 'loading' })
  const title = h(doc, 'span.mpsim-nav-title-text')
  const capsule = h(
    doc,
    'div.mpsim-capsule',
    { 'aria-hidden': 'true' },
    h(doc, 'span.mpsim-capsule-menu', {}, '•••'),
    h(doc, 'span.mpsim-capsule-divider'),
    h(doc, 'span.mpsim-capsule-close', {}, '◉'),
  )
  const el = h(
    doc,
    'div.mpsim-nav-bar',
    {},
    back,
    home,
    h(doc, 'div.mpsim-nav-title', {}, loading, title),
    capsule,
  )
  return {
    el,
    update(state: NativeUiState, stack: PageStackSnapshot) {
      const bar = state.navigationBar
      const custom = stack.window.navigationStyle === 'custom'
      el.classList.toggle('mpsim-nav-bar--custom', custom)
      el.style.background = custom ? 'transparent' : bar.backgroundColor
      el.style.color = bar.frontColor
      const light = bar.frontColor === '#ffffff'
      capsule.classList.toggle('mpsim-capsule--light', light)
      home.classList.toggle('mpsim-nav-home--light', light)
      title.textContent = bar.title
      loading.hidden = !bar.loading
      back.hidden = custom || stack.pages.length < 2
      home.hidden = custom || !showsHome(stack, session.homePage())
    },
  }
}

/** The stack's only page is not the entry page nor a tab page. */
function showsHome(stack: PageStackSnapshot, homePage: string): boolean {
  const only = stack.pages.length === 1 ? stack.pages[0]!.route : null
  if (!only || only === homePage) return false
  return !stack.tabBar?.list.some((item) => item.pagePath === only)
}
