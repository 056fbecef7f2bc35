const app = getApp()

Page({
  data: { from: '' },

  onLoad(query) {
    app.record('result onLoad', query)
    this.setData({ from: query.from || '' })
  },
  onShow() {
    app.record('result onShow')
  },
  onReady() {
    app.record('result onReady')
  },
  onHide() {
    app.record('result onHide')
  },
  onUnload() {
    app.record('result onUnload')
  },
})
