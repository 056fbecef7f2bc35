// The classic tunnel demo: log in (with the user's profile), ask the server who I am, join the
// room through a tunnel, then say things and hear everyone (Wafer's chat room).
var client = require('mpsim-client')
var nextId = 1

Page({
  data: { me: null, status: 'not connected', messages: [], draft: '', people: 0 },

  onLoad: function (query) {
    client.configure({ host: query.server || getApp().globalData.server, loginPath: '/weapp/login' })
  },

  start: function () {
    var page = this
    page.setData({ status: 'logging in' })
    return client
      .login({ withUserInfo: true, desc: 'your name in the chat' })
      .then(function () {
        return page.whoAmI()
      })
      .then(function () {
        page.setData({ status: 'joining' })
        return page.join()
      })
      .catch(function (e) {
        page.setData({ status: 'error: ' + e.message })
      })
  },

  // Logs in again by itself when the session has expired (mpsim-client's request).
  whoAmI: function () {
    var page = this
    return client.request({ url: '/weapp/user' }).then(function (res) {
      page.setData({ me: res.data.data })
      return res.data.data
    })
  },

  join: function () {
    var page = this
    var tunnel = new client.Tunnel('/weapp/tunnel')
    page.tunnel = tunnel
    tunnel.on('connect', function () {
      page.setData({ status: 'connected' })
    })
    tunnel.on('people', function (content) {
      var what = content.enter ? ' joined' : ' left'
      page.say('system', (content.enter || content.leave).nickName + what, false)
      page.setData({ people: content.total })
    })
    tunnel.on('speak', function (content) {
      page.say(content.who.nickName, content.word, content.who.openid === page.data.me.openid)
    })
    tunnel.on('reconnecting', function () {
      page.setData({ status: 'reconnecting' })
    })
    tunnel.on('reconnect', function () {
      page.setData({ status: 'connected' })
    })
    tunnel.on('close', function () {
      page.setData({ status: 'closed' })
    })
    return tunnel.open()
  },

  say: function (who, word, mine) {
    var messages = this.data.messages.concat([{ id: nextId++, who: who, word: word, mine: mine }])
    this.setData({ messages: messages })
  },

  typing: function (e) {
    this.setData({ draft: e.detail.value })
  },

  send: function () {
    var word = this.data.draft
    if (!word || !this.tunnel) return
    this.tunnel.emit('speak', { word: word })
    this.setData({ draft: '' })
  },

  leave: function () {
    if (this.tunnel) this.tunnel.close()
    this.tunnel = null
  },

  onUnload: function () {
    this.leave()
  },
})
