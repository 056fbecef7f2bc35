// tdesign-miniprogram components with their events wired to the page: `last` shows the most
// recent event and its detail; each handler keeps the state its component shows.

Page({
  data: {
    last: '',
    name: '',
    note: '',
    query: '',
    on: false,
    count: 1,
    stars: 3,
    volume: 30,
    fruits: ['apple'],
    size: 's',
    tab: 'chats',
    open: [],
    step: 0,
    liked: false,
    dialog: false,
    popup: false,
    sheet: false,
    sheetItems: [{ label: 'Share' }, { label: 'Delete', color: '#e34d59' }],
  },

  show(name, detail) {
    this.setData({ last: `${name} ${JSON.stringify(detail)}` })
  },

  onName(e) {
    this.setData({ name: e.detail.value })
    this.show('name', { value: e.detail.value })
  },
  onClear() {
    this.setData({ name: '' })
    this.show('clear', {})
  },
  onNote(e) {
    this.setData({ note: e.detail.value })
    this.show('note', { value: e.detail.value })
  },
  onSearch(e) {
    this.setData({ query: e.detail.value })
    this.show('search', { value: e.detail.value })
  },
  onSwitch(e) {
    this.setData({ on: e.detail.value })
    this.show('switch', e.detail)
  },
  onCount(e) {
    this.setData({ count: e.detail.value })
    this.show('stepper', e.detail)
  },
  onRate(e) {
    this.setData({ stars: e.detail.value })
    this.show('rate', e.detail)
  },
  onVolume(e) {
    this.setData({ volume: e.detail.value })
    this.show('slider', e.detail)
  },
  onFruits(e) {
    this.setData({ fruits: e.detail.value })
    this.show('checkbox', { value: e.detail.value })
  },
  onSize(e) {
    this.setData({ size: e.detail.value })
    this.show('radio', { value: e.detail.value })
  },
  onTab(e) {
    this.setData({ tab: e.detail.value })
    this.show('tab', { value: e.detail.value })
  },
  onCollapse(e) {
    this.setData({ open: e.detail.value })
    this.show('collapse', { value: e.detail.value })
  },
  onGrid(e) {
    this.show('grid', { name: e.currentTarget.dataset.name })
  },
  onStep(e) {
    this.setData({ step: e.detail.current })
    this.show('steps', e.detail)
  },
  onLike(e) {
    this.setData({ liked: e.detail.checked })
    this.show('like', e.detail)
  },
  openDialog() {
    this.setData({ dialog: true })
    this.show('button', { open: 'dialog' })
  },
  onDialogConfirm() {
    this.setData({ dialog: false })
    this.show('dialog', { confirm: true })
  },
  onDialogCancel() {
    this.setData({ dialog: false })
    this.show('dialog', { confirm: false })
  },
  openPopup() {
    this.setData({ popup: true })
    this.show('button', { open: 'popup' })
  },
  onPopup(e) {
    this.setData({ popup: e.detail.visible })
    this.show('popup', { visible: e.detail.visible })
  },
  openSheet() {
    this.setData({ sheet: true })
    this.show('button', { open: 'sheet' })
  },
  onSheet(e) {
    this.setData({ sheet: false })
    this.show('sheet', { index: e.detail.index, label: e.detail.selected.label })
  },
  onSheetCancel() {
    this.setData({ sheet: false })
    this.show('sheet', { cancel: true })
  },
})
