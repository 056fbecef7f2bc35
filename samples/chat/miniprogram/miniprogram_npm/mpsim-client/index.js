// mpsim-client: the mini program's side of mpsim/server (docs/backend.md). Plain CommonJS for
// the logic thread, using only wx.*: install it under miniprogram_npm/mpsim-client.
//   login()    wx.login (+ getUserProfile) → the server's login → the session token, kept in storage
//   request()  wx.request with the token; logs in when there is none, and once again when the
//              server says the session expired, then retries once
//   Tunnel     a tunnel through the tunnel service: events, ordered messages, reconnect

var SKEY_KEY = 'mpsim:skey'
var USER_KEY = 'mpsim:userInfo'
var SESSION_ERRORS = ['ERR_SESSION_MISSING', 'ERR_SESSION_INVALID', 'ERR_SESSION_EXPIRED']
var config = { host: '', loginPath: '/weapp/login' }
// A login that request() does by itself asks for what the app's last login asked for.
var lastLogin = {}

function configure(options) {
  for (var key in options) config[key] = options[key]
}

function call(api, options) {
  return new Promise(function (resolve, reject) {
    var args = Object.assign({}, options, {
      success: resolve,
      fail: function (e) {
        reject(new Error(e && e.errMsg ? e.errMsg : api + ':fail'))
      },
    })
    wx[api](args)
  })
}

function url(path) {
  return /^\w+:\/\//.test(path) ? path : config.host + path
}

function skey() {
  return wx.getStorageSync(SKEY_KEY) || ''
}

function clearSession() {
  wx.removeStorageSync(SKEY_KEY)
  wx.removeStorageSync(USER_KEY)
}

/** Logs in; with `withUserInfo` the server also gets the signed, encrypted profile. */
function login(options) {
  options = options || lastLogin
  lastLogin = options
  var body = {}
  return call('login')
    .then(function (res) {
      body.code = res.code
      if (!options.withUserInfo) return null
      return call('getUserProfile', { desc: options.desc || 'log in', lang: options.lang })
    })
    .then(function (info) {
      if (info) {
        body.encryptedData = info.encryptedData
        body.iv = info.iv
        body.rawData = info.rawData
        body.signature = info.signature
      }
      return call('request', { url: url(config.loginPath), method: 'POST', data: body })
    })
    .then(function (res) {
      var answer = res.data || {}
      if (res.statusCode !== 200 || answer.code !== 0)
        throw new Error(
          'login failed: ' + (answer.error || res.statusCode) + ' ' + (answer.message || ''),
        )
      wx.setStorageSync(SKEY_KEY, answer.data.skey)
      if (answer.data.userInfo) wx.setStorageSync(USER_KEY, answer.data.userInfo)
      return answer.data
    })
}

function isSessionError(res) {
  return res.statusCode === 401 && res.data && SESSION_ERRORS.indexOf(res.data.error) >= 0
}

/** wx.request's options (url may be a path under config.host); resolves with its result. */
function request(options) {
  var needLogin = options.login !== false
  function send() {
    var header = Object.assign({}, options.header)
    if (skey()) header['X-WX-Skey'] = skey()
    return call('request', Object.assign({}, options, { url: url(options.url), header: header }))
  }
  var ready = needLogin && !skey() ? login(options.loginOptions) : Promise.resolve()
  return ready.then(send).then(function (res) {
    if (!needLogin || !isSessionError(res)) return res
    clearSession()
    return login(options.loginOptions).then(send)
  })
}

module.exports = {
  configure: configure,
  login: login,
  request: request,
  clearSession: clearSession,
  getSkey: skey,
  getUserInfo: function () {
    return wx.getStorageSync(USER_KEY) || null
  },
  Tunnel: require('./tunnel.js').Tunnel,
  _internal: { request: request },
}
