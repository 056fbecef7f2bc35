// Every weui-miniprogram component once, each event handled by the page: `last` shows the most
// recent event and its detail, `events` counts them by name.

const dot = (color) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="${color}"/></svg>`,
  )}`

Page({
  data: {
    last: '',
    events: {},
    query: '',
    fruits: [
      { label: 'Apple', value: 'apple', checked: true },
      { label: 'Pear', value: 'pear', checked: false },
    ],
    picked: ['apple'],
    formData: { name: '' },
    rules: [{ name: 'name', rules: { required: true, message: 'name is required' } }],
    grids: [
      { text: 'Red', imgUrl: dot('#e64340') },
      { text: 'Green', imgUrl: dot('#07c160') },
      { text: 'Blue', imgUrl: dot('#10aeff') },
    ],
    slideButtons: [{ text: 'Mark' }, { type: 'warn', text: 'Delete' }],
    tabs: [
      { text: 'Chats', iconPath: dot('#999'), selectedIconPath: dot('#07c160'), badge: '8' },
      { text: 'Me', iconPath: dot('#999'), selectedIconPath: dot('#07c160') },
    ],
    tab: 0,
    tips: false,
    dialog: false,
    dialogButtons: [{ text: 'Cancel' }, { text: 'OK' }],
    sheet: false,
    sheetActions: [
      { text: 'Share', value: 'share' },
      { text: 'Delete', type: 'warn', value: 'delete' },
    ],
    half: false,
    halfButtons: [{ type: 'default', text: 'Later' }, { type: 'primary', text: 'Go' }],
    gallery: false,
    images: [dot('#e64340'), dot('#07c160'), dot('#10aeff')],
    files: [{ url: dot('#10aeff') }],
  },

  record(name, detail) {
    const events = { ...this.data.events, [name]: (this.data.events[name] || 0) + 1 }
    this.setData({ last: `${name} ${JSON.stringify(detail ?? {})}`, events })
  },

  onBack() {
    this.record('back')
  },
  onSearchInput(e) {
    this.setData({ query: e.detail.value })
    this.record('search', e.detail)
  },
  onSearchClear(e) {
    this.setData({ query: '' })
    this.record('clear', e.detail)
  },
  onCellTap(e) {
    this.record('cell', e.currentTarget.dataset)
  },
  onFruitsChange(e) {
    this.setData({ picked: e.detail.value })
    this.record('checkbox', e.detail)
  },
  onNameInput(e) {
    this.setData({ 'formData.name': e.detail.value })
  },
  submitForm() {
    this.selectComponent('#form').validate((valid, errors) => {
      this.setData({ tips: !valid, tipsMsg: valid ? '' : errors[0].message })
      this.record('validate', { valid })
    })
  },
  onSlideButton(e) {
    this.record('slideview', e.detail)
  },
  onTabChange(e) {
    this.setData({ tab: e.detail.index })
    this.record('tabbar', e.detail)
  },
  onTipsHide() {
    this.setData({ tips: false })
    this.record('toptips')
  },
  openDialog() {
    this.setData({ dialog: true })
  },
  onDialogButton(e) {
    this.setData({ dialog: false })
    this.record('dialog', e.detail)
  },
  onDialogClose() {
    this.setData({ dialog: false })
    this.record('dialog-close')
  },
  openSheet() {
    this.setData({ sheet: true })
  },
  onSheetAction(e) {
    this.setData({ sheet: false })
    this.record('actionsheet', e.detail)
  },
  onSheetClose() {
    this.setData({ sheet: false })
    this.record('actionsheet-close')
  },
  openHalf() {
    this.setData({ half: true })
  },
  onHalfButton(e) {
    this.setData({ half: false })
    this.record('half-screen', e.detail)
  },
  onHalfClose() {
    this.setData({ half: false })
    this.record('half-screen-close')
  },
  openGallery() {
    this.setData({ gallery: true })
  },
  onGalleryChange(e) {
    this.record('gallery', e.detail)
  },
  onGalleryHide() {
    this.setData({ gallery: false })
    this.record('gallery-hide')
  },
  onUploadDelete(e) {
    this.setData({ files: this.data.files.filter((_, i) => i !== e.detail.index) })
    this.record('uploader-delete', { index: e.detail.index })
  },
})
