// A tab page: kept alive when another tab is shown, so it loads once and shows many times.

const app = getApp()

Page({
  data: { shows: 0 },

  onLoad(query) {
    app.record('home onLoad', query)
  },
  onShow() {
    app.record('home onShow')
    this.setData({ shows: this.data.shows + 1 })
  },
  onReady() {
    app.record('home onReady')
  },
  onHide() {
    app.record('home onHide')
  },
  onUnload() {
    app.record('home onUnload')
  },
  onTabItemTap(item) {
    app.record('home onTabItemTap', item)
  },

  openDetail() {
    wx.navigateTo({ url: '/pages/detail/detail?id=3&from=home' })
  },
  showLog() {
    wx.switchTab({ url: '/pages/log/log' })
  },
})
