const app = getApp()

Page({
  data: {
    items: [
      { id: 1, title: 'First item' },
      { id: 2, title: 'Second item' },
      { id: 3, title: 'Third item' },
    ],
  },

  onLoad(query) {
    app.record('list onLoad', query)
  },
  onShow() {
    app.record('list onShow')
  },
  onReady() {
    app.record('list onReady')
  },
  onHide() {
    app.record('list onHide')
  },
  onUnload() {
    app.record('list onUnload')
  },

  redirect() {
    wx.redirectTo({ url: '/pages/result/result?from=list' })
  },
})
