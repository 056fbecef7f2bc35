// Each tap computes for 200 ms before it answers: in dual-thread mode the ball keeps running
// (logic is busy, the view is not); in single-thread mode it stops for those 200 ms.

const { busyFor } = require('../../utils/busy.js')

const WORK_MS = 200

Page({
  data: { taps: 0, result: 0 },

  compute() {
    const result = busyFor(WORK_MS)
    this.setData({ taps: this.data.taps + 1, result: Math.round(result) % 1000 })
  },
})
