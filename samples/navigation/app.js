// The app's own record of what happened, shown on the Log tab: App hooks and each page's
// hooks, in the order they ran. Every entry is also printed with console.log.

App({
  globalData: { log: [], lastError: '' },

  onLaunch(options) {
    this.record('app onLaunch', options.path)
  },
  onShow(options) {
    this.record('app onShow', options.path)
  },
  onHide() {
    this.record('app onHide')
  },

  /** Logs `text` (and a detail, printed but not kept) and keeps `text` in the app's log. */
  record(text, detail) {
    if (detail === undefined) console.log(text)
    else console.log(text, detail)
    this.globalData.log.push(text)
  },
})
