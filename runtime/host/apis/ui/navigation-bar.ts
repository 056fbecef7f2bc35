// The navigation bar belongs to a page: setNavigationBarTitle/Color change the bar of the page
// on top, and going back shows the page below with its own bar again. The UI model holds the
// bar on screen; a host with a page stack also passes a hook that keeps each change with its
// page (PageStack.setWindow on the current page) and redraws the model from the page's window
// (`navigationBarOf`) whenever the current page changes.

import type { NavigationBarState } from './model.ts'

/** Where the navigation-bar APIs also send each change (besides the UI model). */
export interface NavigationBarHook {
  set(patch: Partial<NavigationBarState>): void
}

/**
 * Window config keys (app.json / page json `window`) for a bar change. `loading` has no config
 * key: mpsim keeps it per page as `navigationBarLoading`.
 */
export function windowPatch(patch: Partial<NavigationBarState>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (patch.title !== undefined) out.navigationBarTitleText = patch.title
  if (patch.frontColor !== undefined)
    out.navigationBarTextStyle = patch.frontColor === '#ffffff' ? 'white' : 'black'
  if (patch.backgroundColor !== undefined) out.navigationBarBackgroundColor = patch.backgroundColor
  if (patch.loading !== undefined) out.navigationBarLoading = patch.loading
  return out
}

/** The bar a page's merged window config shows (for `UiModel.resetNavigationBar`). */
export function navigationBarOf(window: Record<string, unknown>): Partial<NavigationBarState> {
  const out: Partial<NavigationBarState> = {}
  const { navigationBarTitleText: title, navigationBarTextStyle: style } = window
  const { navigationBarBackgroundColor: background, navigationBarLoading: loading } = window
  if (typeof title === 'string') out.title = title
  if (style === 'white' || style === 'black')
    out.frontColor = style === 'white' ? '#ffffff' : '#000000'
  if (typeof background === 'string') out.backgroundColor = background
  if (typeof loading === 'boolean') out.loading = loading
  return out
}
