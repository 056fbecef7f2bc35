// The second tab: shows the app's log (App and page hooks) as it is each time the tab shows.

const app = getApp()

Page({
  data: { entries: [], lastError: '' },

  onLoad(query) {
    app.record('log onLoad', query)
  },
  onShow() {
    app.record('log onShow')
    const { log, lastError } = app.globalData
    this.setData({ entries: log.slice(), lastError })
  },
  onReady() {
    app.record('log onReady')
  },
  onHide() {
    app.record('log onHide')
  },
  onUnload() {
    app.record('log onUnload')
  },

  goHome() {
    wx.switchTab({ url: '/pages/home/home' })
  },
})
