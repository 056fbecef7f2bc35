import Dialog from '@vant/weapp/dialog/dialog'
import Toast from '@vant/weapp/toast/toast'

Page({
  data: {
    lastEvent: 'none yet',
    name: '',
    keyword: '',
    taps: 0,
    agree: false,
    qty: 1,
    rating: 3,
    volume: 40,
    fruits: ['apple'],
    size: 'm',
    tab: 0,
    step: 0,
    side: 0,
    open: [],
    popup: false,
    sheet: false,
    steps: [{ text: 'Order' }, { text: 'Pay' }, { text: 'Ship' }],
    gridItems: [
      { icon: 'photo-o', text: 'Photo' },
      { icon: 'chat-o', text: 'Chat' },
      { icon: 'gift-o', text: 'Gift' },
    ],
    actions: [{ name: 'Share' }, { name: 'Save', subname: 'to album' }],
  },

  show(text, data = {}) {
    this.setData({ lastEvent: text, ...data })
  },

  onCell() {
    this.show('cell tapped')
  },
  onName(e) {
    this.show(`name: ${e.detail}`, { name: e.detail })
  },
  onSearch(e) {
    this.show(`search: ${e.detail}`, { keyword: e.detail })
  },
  onSearchConfirm(e) {
    this.show(`search submitted: ${e.detail}`)
  },
  onButton() {
    this.show('button tapped', { taps: this.data.taps + 1 })
  },
  onIcon() {
    this.show('icon tapped')
  },
  onSwitch(e) {
    this.show(`agree: ${e.detail}`, { agree: e.detail })
  },
  onStepper(e) {
    this.show(`quantity: ${e.detail}`, { qty: e.detail })
  },
  onRate(e) {
    this.show(`rating: ${e.detail}`, { rating: e.detail })
  },
  onSlider(e) {
    this.show(`volume: ${e.detail}`, { volume: e.detail })
  },
  onFruits(e) {
    this.show(`fruits: ${e.detail.join(', ') || 'none'}`, { fruits: e.detail })
  },
  onSize(e) {
    this.show(`size: ${e.detail}`, { size: e.detail })
  },
  onTab(e) {
    this.show(`tab: ${e.detail.title}`, { tab: e.detail.index })
  },
  onStep(e) {
    this.show(`step: ${e.detail + 1}`, { step: e.detail })
  },
  onGrid(e) {
    this.show(`grid: ${e.currentTarget.dataset.text}`)
  },
  onSidebar(e) {
    this.show(`sidebar: ${e.detail}`, { side: e.detail })
  },
  onCollapse(e) {
    this.show(`open: ${e.detail.join(', ') || 'none'}`, { open: e.detail })
  },
  onSubmit() {
    this.show(`paid ${((this.data.qty * 1200) / 100).toFixed(2)}`)
  },
  openDialog() {
    Dialog.confirm({ context: this, title: 'Confirm', message: 'Do you agree?' })
      .then(() => this.show('dialog: confirmed', { agree: true }))
      .catch(() => this.show('dialog: cancelled'))
  },
  openToast() {
    Toast({ context: this, message: 'Hello from Toast' })
    this.show('toast shown')
  },
  openPopup() {
    this.show('popup opened', { popup: true })
  },
  onPopupClose() {
    this.show('popup closed', { popup: false })
  },
  openSheet() {
    this.show('sheet opened', { sheet: true })
  },
  onSheetSelect(e) {
    this.show(`sheet: ${e.detail.name}`, { sheet: false })
  },
  onSheetClose() {
    this.show('sheet closed', { sheet: false })
  },
})
