// A header that follows the scroll: onPageScroll works out the header's size and the progress
// bar (30 ms of layout maths, as a heavy parallax does) and sends them with setData. The view
// scrolls by itself; only the header waits for logic.

const { busyFor } = require('../../utils/busy.js')

const WORK_MS = 30

Page({
  data: { rows: [], progress: 0, headerHeight: 120, scrolls: 0 },

  onLoad() {
    this.setData({ rows: Array.from({ length: 200 }, (_, i) => i) })
  },

  onPageScroll(e) {
    busyFor(WORK_MS)
    const top = e.scrollTop
    this.setData({
      progress: Math.min(100, Math.round(top / 50)),
      headerHeight: Math.max(48, 120 - Math.round(top / 4)),
      scrolls: this.data.scrolls + 1,
    })
  },
})
