import { describe, expect, it } from 'vitest'
import { createFakeClock } from '../clock.ts'
import { createApiRegistry } from '../registry.ts'

function setup(autoAnswers = {}) {
  const clock = createFakeClock()
  const wx = createApiRegistry({ appId: 'wxA', clock, autoAnswers })
  return { clock, wx, ui: wx.ui }
}

describe('toast and loading', () => {
  it('shows a toast for the default 1500 ms (wx.showToast docs)', async () => {
    const { clock, wx, ui } = setup()
    expect(await wx.invoke('showToast', { title: 'Saved' })).toEqual({ errMsg: 'showToast:ok' })
    expect(ui.toast).toMatchObject({ title: 'Saved', icon: 'success', duration: 1500, mask: false })
    clock.advance(1499)
    expect(ui.toast).not.toBeNull()
    clock.advance(1)
    expect(ui.toast).toBeNull()
  })

  it('restarts the timer when a new toast replaces the old one', async () => {
    const { clock, wx, ui } = setup()
    await wx.invoke('showToast', { title: 'one', duration: 1000 })
    clock.advance(900)
    await wx.invoke('showToast', { title: 'two', icon: 'none', duration: 1000 })
    clock.advance(500)
    expect(ui.toast).toMatchObject({ title: 'two', icon: 'none' })
    clock.advance(500)
    expect(ui.toast).toBeNull()
  })

  it('shares one slot between toast and loading; hides mix unless noConflict', async () => {
    const { clock, wx, ui } = setup()
    await wx.invoke('showLoading', { title: 'Loading', mask: true })
    expect(ui.loading).toEqual({ kind: 'loading', title: 'Loading', mask: true })
    clock.advance(60_000)
    expect(ui.loading).not.toBeNull() // loading has no duration
    await wx.invoke('showToast', { title: 'Done' })
    expect(ui.loading).toBeNull()
    expect((await wx.invoke('hideLoading', { noConflict: true })).errMsg).toBe(
      "hideLoading:fail:toast can't be found",
    )
    expect(ui.toast).not.toBeNull()
    expect((await wx.invoke('hideLoading')).errMsg).toBe('hideLoading:ok')
    expect(ui.toast).toBeNull()
    // "hideLoading:fail:toast can't be found" when nothing is shown, as the client answers.
    expect((await wx.invoke('hideToast')).errMsg).toBe("hideToast:fail:toast can't be found")
  })

  it('wants a string title', async () => {
    const { wx } = setup()
    expect((await wx.invoke('showToast', {})).errMsg).toBe(
      'showToast:fail parameter error: parameter.title should be String instead of Undefined;',
    )
    expect((await wx.invoke('showLoading', { title: 1 })).errMsg).toBe(
      'showLoading:fail parameter error: parameter.title should be String instead of Number;',
    )
  })
})

describe('modal', () => {
  it('waits for an answer and resolves with confirm and cancel', async () => {
    const { wx, ui } = setup()
    const pending = wx.invoke('showModal', { title: 'Delete?', content: 'Really?' })
    await Promise.resolve()
    expect(ui.modal).toMatchObject({
      title: 'Delete?',
      content: 'Really?',
      showCancel: true,
      confirmText: '确定',
      cancelText: '取消',
    })
    expect(ui.answerModal({ confirm: false })).toBe(true)
    expect(await pending).toEqual({ errMsg: 'showModal:ok', confirm: false, cancel: true })
    expect(ui.modal).toBeNull()
    expect(ui.answerModal({ confirm: true })).toBe(false)
  })

  it('returns the typed content of an editable modal', async () => {
    const { wx, ui } = setup()
    const pending = wx.invoke('showModal', {
      title: 'Name',
      editable: true,
      placeholderText: 'you',
    })
    await Promise.resolve()
    ui.answerModal({ confirm: true, content: 'Ada' })
    expect(await pending).toEqual({
      errMsg: 'showModal:ok',
      confirm: true,
      cancel: false,
      content: 'Ada',
    })
  })

  it('queues a second modal behind the first', async () => {
    const { wx, ui } = setup()
    const first = wx.invoke('showModal', { title: 'first' })
    const second = wx.invoke('showModal', { title: 'second' })
    await Promise.resolve()
    expect(ui.modal?.title).toBe('first')
    ui.answerModal({ confirm: true })
    expect((await first).confirm).toBe(true)
    expect(ui.modal?.title).toBe('second')
    ui.answerModal({ confirm: false })
    expect((await second).cancel).toBe(true)
  })

  it('answers itself when an auto answer is configured', async () => {
    const { wx } = setup({ modal: () => ({ confirm: true }) })
    expect(await wx.invoke('showModal', { title: 't' })).toMatchObject({ confirm: true })
  })

  it('refuses a confirmText over 4 Chinese characters, as a device does', async () => {
    const { wx, ui } = setup()
    expect((await wx.invoke('showModal', { confirmText: '同意并保存' })).errMsg).toBe(
      'showModal:fail confirmText length should not larger than 4 Chinese characters',
    )
    expect((await wx.invoke('showModal', { cancelText: 'abcdefghi' })).errMsg).toMatch(/cancelText/)
    expect(ui.modal).toBeNull()
  })

  it('closes open dialogs as cancelled on dispose', async () => {
    const { wx } = setup()
    const pending = wx.invoke('showModal', { title: 't' })
    wx.dispose()
    expect(await pending).toMatchObject({ confirm: false, cancel: true })
  })
})

describe('action sheet', () => {
  it('resolves with tapIndex, or fails "showActionSheet:fail cancel"', async () => {
    const { wx, ui } = setup()
    const tapped = wx.invoke('showActionSheet', { itemList: ['A', 'B', 'C'] })
    await Promise.resolve()
    expect(ui.actionSheet).toEqual({ itemList: ['A', 'B', 'C'], itemColor: '#000000' })
    ui.answerActionSheet(2)
    expect(await tapped).toEqual({ errMsg: 'showActionSheet:ok', tapIndex: 2 })
    const cancelled = wx.invoke('showActionSheet', { itemList: ['A'] })
    await Promise.resolve()
    ui.answerActionSheet(null)
    expect(await cancelled).toEqual({ errMsg: 'showActionSheet:fail cancel' })
  })

  it('takes at most 6 items and wants an array', async () => {
    const { wx } = setup()
    const seven = ['1', '2', '3', '4', '5', '6', '7']
    expect((await wx.invoke('showActionSheet', { itemList: seven })).errMsg).toMatch(
      /^showActionSheet:fail .*6/,
    )
    expect((await wx.invoke('showActionSheet', { itemList: 'abc' })).errMsg).toBe(
      'showActionSheet:fail parameter error: parameter.itemList should be Array instead of String;',
    )
  })
})

describe('navigation bar', () => {
  it('keeps title, colours and loading in the model and tells listeners', async () => {
    const { wx, ui } = setup()
    let changes = 0
    ui.onChange(() => changes++)
    await wx.invoke('setNavigationBarTitle', { title: 'Cart' })
    await wx.invoke('setNavigationBarColor', { frontColor: '#ffffff', backgroundColor: '#ff0000' })
    await wx.invoke('showNavigationBarLoading')
    expect(ui.navigationBar).toEqual({
      title: 'Cart',
      frontColor: '#ffffff',
      backgroundColor: '#ff0000',
      loading: true,
    })
    await wx.invoke('hideNavigationBarLoading')
    expect(ui.navigationBar.loading).toBe(false)
    expect(changes).toBe(4)
  })

  it('starts over from the page window config when the page stack resets it', async () => {
    const { wx, ui } = setup()
    await wx.invoke('setNavigationBarTitle', { title: 'Old' })
    await wx.invoke('showNavigationBarLoading')
    ui.resetNavigationBar({ title: 'Detail', backgroundColor: '#123456' })
    expect(ui.navigationBar).toEqual({
      title: 'Detail',
      frontColor: '#000000',
      backgroundColor: '#123456',
      loading: false,
    })
  })

  it('allows only white or black text', async () => {
    const { wx, ui } = setup()
    const res = await wx.invoke('setNavigationBarColor', {
      frontColor: '#ff0000',
      backgroundColor: '#fff',
    })
    expect(res.errMsg).toMatch(/^setNavigationBarColor:fail /)
    expect(ui.navigationBar.frontColor).toBe('#000000')
    expect((await wx.invoke('setNavigationBarTitle', {})).errMsg).toBe(
      'setNavigationBarTitle:fail parameter error: parameter.title should be String instead of Undefined;',
    )
  })
})
