// A timer that calls setData 60 times a second with a large payload (300 points, about 20 KB of
// JSON each time): more than the platform's guidance allows, so every home pays for it.

const POINTS = 300
const PERIOD_MS = 1000 / 60

function sample(tick) {
  const points = []
  for (let i = 0; i < POINTS; i++) {
    const value = Math.sin((tick + i) / 12) * 40 + 50
    points.push({ id: i, height: Math.round(value), label: `p${i}:${value.toFixed(3)}` })
  }
  return points
}

Page({
  data: { running: false, ticks: 0, points: [] },

  onLoad() {
    this.setData({ points: sample(0) })
  },

  onUnload() {
    this.stop()
  },

  toggle() {
    if (this.timer) this.stop()
    else this.start()
  },

  start() {
    this.timer = setInterval(() => {
      const ticks = this.data.ticks + 1
      this.setData({ ticks, points: sample(ticks) })
    }, PERIOD_MS)
    this.setData({ running: true })
  },

  stop() {
    clearInterval(this.timer)
    this.timer = null
    this.setData({ running: false })
  },
})
