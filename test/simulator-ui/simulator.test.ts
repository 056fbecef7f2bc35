// The phone over a real headless app: the navigation bar, the native UI (toast, modal, action
// sheet), the tab bar and the device frame, driven through hostSession.

import { afterEach, describe, expect, it } from 'vitest'
import { mountSimulator } from '../../devserver/client/ui/simulator.ts'
import { click, rig, TAB_PROJECT, until, writeProject, type Rig } from './support.ts'

let current: Rig | undefined
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  await current?.close()
  current = undefined
  for (const clean of cleanups.splice(0)) await clean()
})

/** The CSS text of the current page's view. */
async function pageStyles(mp: Rig['mp']): Promise<string> {
  const page = (await mp.currentPage())!
  const view = mp.host.views.get(page.webviewId)!
  return [...view.document.querySelectorAll('style')].map((s) => s.textContent).join('\n')
}

async function todo() {
  current = await rig('samples/todo')
  const sim = mountSimulator(current.root, current.session)
  return { ...current, sim }
}

describe('simulator phone', () => {
  it('shows the page title and colours from the window config, and a back button that goes back', async () => {
    const { doc, mp } = await todo()
    const bar = doc.querySelector<HTMLElement>('.mpsim-nav-bar')!
    expect(bar.querySelector('.mpsim-nav-title-text')!.textContent).toBe('My todos')
    expect(bar.style.background).toMatch(/#3366ff|rgb\(51, 102, 255\)/)
    expect(bar.style.color).toMatch(/#ffffff|rgb\(255, 255, 255\)/)
    expect(doc.querySelector<HTMLElement>('.mpsim-nav-back')!.hidden).toBe(true)

    await mp.navigateTo('/pages/stats/stats')
    const back = await until(() => {
      const b = doc.querySelector<HTMLElement>('.mpsim-nav-back')!
      return !b.hidden && b
    }, 'the back button')
    click(back)
    await until(async () => (await mp.currentPage())?.path === 'pages/index/index', 'going back')
    await until(() => doc.querySelector<HTMLElement>('.mpsim-nav-back')!.hidden, 'no back button')
  })

  it('follows setNavigationBarTitle, setNavigationBarColor and the navigation bar loading', async () => {
    const { doc, mp } = await todo()
    await mp.callWxMethod('setNavigationBarTitle', { title: 'Renamed' })
    await mp.callWxMethod('setNavigationBarColor', {
      frontColor: '#000000',
      backgroundColor: '#ffcc00',
    })
    await mp.callWxMethod('showNavigationBarLoading')
    await until(
      () => doc.querySelector('.mpsim-nav-title-text')!.textContent === 'Renamed',
      'the new title',
    )
    const bar = doc.querySelector<HTMLElement>('.mpsim-nav-bar')!
    await until(
      () => !doc.querySelector<HTMLElement>('.mpsim-nav-loading')!.hidden,
      'the loading indicator',
    )
    expect(bar.style.background).toMatch(/#ffcc00|rgb\(255, 204, 0\)/)
    expect(bar.style.color).toMatch(/#000000|rgb\(0, 0, 0\)/)
  })

  it('shows a toast from wx.showToast and takes it away after its duration', async () => {
    const { doc, mp } = await todo()
    const layer = doc.querySelector<HTMLElement>('.mpsim-toast-layer')!
    expect(layer.hidden).toBe(true)
    await mp.callWxMethod('showToast', {
      title: 'Saved',
      icon: 'success',
      duration: 300,
      mask: true,
    })
    await until(() => !layer.hidden, 'the toast')
    expect(layer.querySelector('.mpsim-toast-title')!.textContent).toBe('Saved')
    expect(layer.querySelector('.mpsim-toast')!.getAttribute('data-icon')).toBe('success')
    expect(layer.querySelector<HTMLElement>('.mpsim-mask')!.hidden).toBe(false)
    const shownAt = Date.now()
    await until(() => layer.hidden, 'the toast to go', 3000)
    expect(Date.now() - shownAt).toBeGreaterThanOrEqual(200)
  })

  it('draws wx.showLoading with a spinner and a text-only toast without an icon', async () => {
    const { doc, mp } = await todo()
    await mp.callWxMethod('showLoading', { title: 'Loading…' })
    const box = await until(
      () => doc.querySelector<HTMLElement>('.mpsim-toast[data-icon="loading"]'),
      'the loading box',
    )
    expect(box.querySelector('.mpsim-spinner')).not.toBeNull()
    await mp.callWxMethod('showToast', { title: 'Just text', icon: 'none' })
    await until(
      () => doc.querySelector('.mpsim-toast--text .mpsim-toast-title')?.textContent === 'Just text',
      'the text toast',
    )
  })

  it('answers showModal with confirm: true when the confirm button is tapped', async () => {
    const { doc, mp } = await todo()
    const answer = mp.evaluate(`function () {
      return new Promise((resolve) => wx.showModal({
        title: 'Delete?', content: 'It cannot be undone', confirmText: 'Delete', confirmColor: '#fa5151',
        success: resolve,
      }))
    }`)
    const dialog = await until(() => {
      const layer = doc.querySelector<HTMLElement>('.mpsim-modal-layer')!
      return !layer.hidden && layer
    }, 'the modal')
    expect(dialog.querySelector('.mpsim-modal-title')!.textContent).toBe('Delete?')
    expect(dialog.querySelector('.mpsim-modal-content')!.textContent).toBe('It cannot be undone')
    expect(dialog.querySelector('.mpsim-modal-cancel')!.textContent).toBe('取消')
    const confirm = dialog.querySelector<HTMLElement>('.mpsim-modal-confirm')!
    expect(confirm.textContent).toBe('Delete')
    expect(confirm.style.color).toMatch(/#fa5151|rgb\(250, 81, 81\)/)
    click(confirm)
    expect(await answer).toMatchObject({ errMsg: 'showModal:ok', confirm: true, cancel: false })
    await until(() => dialog.hidden, 'the modal to close')
  })

  it('gives an editable modal the typed text, and an action sheet the tapped index', async () => {
    const { doc, mp } = await todo()
    const typed = mp.evaluate(`function () {
      return new Promise((resolve) => wx.showModal({ title: 'Name', editable: true, placeholderText: 'name', success: resolve }))
    }`)
    const input = await until(
      () => doc.querySelector<HTMLTextAreaElement>('.mpsim-modal-input'),
      'the input',
    )
    expect(input.placeholder).toBe('name')
    input.value = 'Ada'
    click(doc.querySelector('.mpsim-modal-confirm'))
    expect(await typed).toMatchObject({ confirm: true, content: 'Ada' })

    const tapped = mp.evaluate(`function () {
      return new Promise((resolve) => wx.showActionSheet({ itemList: ['A', 'B', 'C'], success: resolve }))
    }`)
    const items = await until(() => {
      const found = doc.querySelectorAll<HTMLElement>(
        '.mpsim-action-sheet-item:not(.mpsim-action-sheet-cancel)',
      )
      return found.length === 3 && found
    }, 'the action sheet')
    click(items[1])
    expect(await tapped).toMatchObject({ errMsg: 'showActionSheet:ok', tapIndex: 1 })
  })

  it('switches tabs from the tab bar, with icons, selection and each page its own title', async () => {
    const project = await writeProject(TAB_PROJECT)
    cleanups.push(project.remove)
    current = await rig(project.dir)
    const { doc, mp } = current
    mountSimulator(current.root, current.session)
    const bar = doc.querySelector<HTMLElement>('.mpsim-tab-bar')!
    expect(bar.hidden).toBe(false)
    const items = () => [...bar.querySelectorAll<HTMLElement>('.mpsim-tab-item')]
    expect(items().map((i) => i.textContent)).toEqual(['Home', 'Me'])
    expect(items()[0]!.getAttribute('aria-selected')).toBe('true')
    expect(items()[0]!.querySelector('img')!.getAttribute('src')).toBe('/project/icons/home-on.png')
    expect(items()[1]!.querySelector('img')!.getAttribute('src')).toBe('/project/icons/me.png')
    expect(items()[1]!.querySelector<HTMLElement>('.mpsim-tab-text')!.style.color).toMatch(
      /#999999|rgb\(153, 153, 153\)/,
    )
    expect(doc.querySelector('.mpsim-nav-title-text')!.textContent).toBe('Home page')

    click(items()[1])
    await until(async () => (await mp.currentPage())?.path === 'pages/me/me', 'the Me tab')
    await until(() => items()[1]!.getAttribute('aria-selected') === 'true', 'Me selected')
    expect(items()[1]!.querySelector('img')!.getAttribute('src')).toBe('/project/icons/me-on.png')
    await until(
      () => doc.querySelector('.mpsim-nav-title-text')!.textContent === 'About me',
      'its title',
    )

    await mp.navigateTo('/pages/detail/detail')
    await until(() => bar.hidden, 'no tab bar on a non-tab page')
    // a back button above a page, a home button when a non-home page is alone in the stack
    const back = doc.querySelector<HTMLElement>('.mpsim-nav-back')!
    const home = doc.querySelector<HTMLElement>('.mpsim-nav-home')!
    expect([back.hidden, home.hidden]).toEqual([false, true])
    await mp.reLaunch('/pages/detail/detail')
    await until(() => !home.hidden && back.hidden, 'the home button')
    click(home)
    await until(async () => (await mp.currentPage())?.path === 'pages/home/home', 'the home page')
    await until(() => home.hidden && !bar.hidden, 'home again, with its tab bar')
  })

  it('sizes the phone and its page area to the chosen device, presets and custom', async () => {
    const { doc, sim, session, mp } = await todo()
    expect(await pageStyles(mp)).toMatch(/font-size: 20px/)
    const phone = doc.querySelector<HTMLElement>('.mpsim-phone')!
    expect(phone.style.width).toBe(`${session.device().screenWidth}px`)
    const select = doc.querySelector<HTMLSelectElement>('.mpsim-device-select')!
    const names = [...select.options].map((o) => o.value)
    expect(names).toEqual(
      expect.arrayContaining([
        'iPhone SE',
        'iPhone 15',
        'iPhone 15 Pro Max',
        'Pixel 7',
        'iPad Air',
        'Custom',
      ]),
    )

    select.value = 'iPhone 15 Pro Max'
    select.dispatchEvent(new doc.defaultView!.Event('change'))
    expect(phone.style.width).toBe('430px')
    expect(phone.style.height).toBe('932px')
    expect(sim.pageArea.style.width).toBe('430px')
    expect(doc.querySelector<HTMLElement>('.mpsim-status-bar')!.style.height).toBe('59px')
    expect(session.device()).toMatchObject({ screenWidth: 430, pixelRatio: 3 })
    // rpx follows the device, in the page shown and in a page opened later (the sample's 40rpx
    // title is 20px at 375 wide, 22px at 430); the host's APIs answer for the new device
    const styles = () => pageStyles(mp)
    await until(async () => /font-size: 22px/.test(await styles()), 'rpx at 430 wide')
    expect(await mp.host.registry.invoke('getWindowInfo')).toMatchObject({
      windowWidth: 430,
      screenHeight: 932,
    })
    await mp.navigateTo('/pages/stats/stats')
    expect(await styles()).not.toMatch(/font-size: 20px/)
    await mp.navigateBack()

    select.value = 'Custom'
    select.dispatchEvent(new doc.defaultView!.Event('change'))
    const [width, height] = doc.querySelectorAll<HTMLInputElement>('.mpsim-device-size')
    width!.value = '360'
    height!.value = '640'
    width!.dispatchEvent(new doc.defaultView!.Event('change'))
    expect(sim.pageArea.style.width).toBe('360px')
    expect(sim.device()).toMatchObject({ screenWidth: 360, screenHeight: 640 })

    // zoom scales the phone as drawn; the page still lays out at the device width
    const zoom = doc.querySelector<HTMLSelectElement>('.mpsim-zoom-select')!
    zoom.value = '0.5'
    zoom.dispatchEvent(new doc.defaultView!.Event('change'))
    expect(phone.style.transform).toBe('scale(0.5)')
    expect(sim.pageArea.style.width).toBe('360px')
  })
})
