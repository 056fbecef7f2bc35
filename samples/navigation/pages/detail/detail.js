// An item page opened with a query (`?id=3&from=list`); from here every route type can be taken.

const app = getApp()

Page({
  data: { id: 0, from: '', depth: 0, error: '' },

  onLoad(query) {
    app.record('detail onLoad', query)
    this.setData({ id: Number(query.id), from: query.from || '' })
  },
  onShow() {
    app.record('detail onShow')
    this.setData({ depth: getCurrentPages().length })
  },
  onReady() {
    app.record('detail onReady')
  },
  onHide() {
    app.record('detail onHide')
  },
  onUnload() {
    app.record('detail onUnload')
  },

  /** Opens the next item on top of this one; past the stack limit the route fails. */
  deeper() {
    wx.navigateTo({
      url: `/pages/detail/detail?id=${this.data.id + 1}&from=detail`,
      fail: (res) => {
        app.globalData.lastError = res.errMsg
        this.setData({ error: res.errMsg })
      },
    })
  },
  backTwo() {
    wx.navigateBack({ delta: 2 })
  },
  redirect() {
    wx.redirectTo({ url: '/pages/result/result?from=detail' })
  },
  home() {
    wx.switchTab({ url: '/pages/home/home' })
  },
  restart() {
    wx.reLaunch({ url: '/pages/home/home?restart=1' })
  },
  rename() {
    wx.setNavigationBarTitle({ title: `Item ${this.data.id}` })
  },
})
