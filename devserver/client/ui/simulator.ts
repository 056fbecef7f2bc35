// The phone: a frame the size of the chosen device with the status bar, the navigation bar, the
// page area (the home puts each page's view there; its width is the device width, so rpx
// follows the device), the tab bar, and the host's native UI drawn over the page. Everything is
// redrawn from the session when it says something changed.

import { bottomInset } from './devices.ts'
import { h } from './dom.ts'
import { createActionSheet } from './phone/action-sheet.ts'
import { createDevicePicker } from './phone/device-picker.ts'
import { createModal } from './phone/modal.ts'
import { createNavigationBar } from './phone/navigation-bar.ts'
import { createStatusBar } from './phone/status-bar.ts'
import { createTabBar } from './phone/tab-bar.ts'
import { createToast } from './phone/toast.ts'
import type { DevicePreset, SessionTopic, SimulatorSession } from './session.ts'

export interface MountedSimulator {
  /** Where the home puts the page views (one iframe per page); as wide as the device. */
  pageArea: HTMLElement
  /** Resizes the phone to a device and tells the session (a preset or a custom size). */
  setDevice(device: DevicePreset): void
  device(): DevicePreset
  destroy(): void
}

/** Topics that change what the phone shows. */
const PHONE_TOPICS: SessionTopic[] = ['ui', 'stack']

export function mountSimulator(root: HTMLElement, session: SimulatorSession): MountedSimulator {
  const doc = root.ownerDocument
  let device = { ...session.device() }
  let zoom = 1
  const picker = createDevicePicker(
    doc,
    (d) => setDevice(d),
    (z) => setZoom(z),
  )
  const statusBar = createStatusBar(doc)
  const navBar = createNavigationBar(doc, session)
  const tabBar = createTabBar(doc, session)
  const toast = createToast(doc, session)
  const modal = createModal(doc, session)
  const sheet = createActionSheet(doc, session)
  const pageArea = h(doc, 'div.mpsim-page-area')
  const screen = h(
    doc,
    'div.mpsim-screen',
    {},
    statusBar.el,
    navBar.el,
    pageArea,
    tabBar.el,
    toast.el,
    modal.el,
    sheet.el,
  )
  const phone = h(doc, 'div.mpsim-phone', {}, screen)
  // The phone keeps its size (the page lays out at the device width) and is scaled as drawn.
  const stage = h(doc, 'div.mpsim-stage', {}, phone)
  const el = h(doc, 'div.mpsim-simulator', {}, picker.el, stage)
  root.appendChild(el)

  function draw() {
    const ui = session.ui()
    const stack = session.stack()
    const custom = stack.window.navigationStyle === 'custom'
    const inset = bottomInset(device)
    screen.classList.toggle('mpsim-screen--custom-nav', custom)
    statusBar.update(device.statusBarHeight, ui.navigationBar, custom)
    navBar.update(ui, stack)
    navBar.el.style.top = custom ? `${device.statusBarHeight}px` : ''
    const bar = tabBar.update(stack, inset)
    const top = bar?.config.position === 'top'
    screen.insertBefore(tabBar.el, top ? pageArea : toast.el)
    toast.update(ui)
    modal.update(ui)
    sheet.update(ui, inset)
  }

  function setDevice(next: DevicePreset) {
    device = { ...next }
    phone.style.width = `${device.screenWidth}px`
    phone.style.height = `${device.screenHeight}px`
    pageArea.style.width = `${device.screenWidth}px`
    setZoom(zoom)
    phone.dataset.device = device.model
    phone.dataset.platform = device.platform
    phone.dataset.notch = String(device.safeArea !== undefined)
    picker.show(device)
    session.setDevice?.(device)
    draw()
  }

  /** Scales the phone as drawn; its stage takes the scaled size so the page flows around it. */
  function setZoom(next: number) {
    zoom = next
    phone.style.transform = zoom === 1 ? '' : `scale(${zoom})`
    const { offsetWidth: width, offsetHeight: height } = phone
    stage.style.width = zoom === 1 || !width ? '' : `${width * zoom}px`
    stage.style.height = zoom === 1 || !height ? '' : `${height * zoom}px`
  }

  const unsubscribe = session.subscribe((topics) => {
    if (PHONE_TOPICS.some((t) => topics.has(t))) draw()
  })
  setDevice(device)

  return {
    pageArea,
    setDevice,
    device: () => ({ ...device }),
    destroy() {
      unsubscribe()
      el.remove()
    },
  }
}
