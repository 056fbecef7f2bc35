// Tunnel: one tunnel of the tunnel service, over wx.connectSocket. `open()` asks the business
// server for it (a GET of `path`, logged in, answering { connectUrl }), then connects. Events:
// 'connect', 'message' (type, content), '<type>' (content), 'reconnecting', 'reconnect',
// 'close', 'error'. Messages are numbered both ways and kept until acknowledged, so a
// reconnect (with the same tunnel id) loses nothing and keeps the order.

var FINAL_CODES = [1000, 1009, 4400]

function Tunnel(path, options) {
  this.path = path
  this.options = Object.assign({ reconnect: true, maxReconnects: 8, retryMs: 200 }, options)
  this.listeners = {}
  this.connectUrl = ''
  this.socket = null
  this.state = 'idle'
  this.received = 0
  this.ackedSent = 0
  this.sentSeq = 0
  this.unacked = []
  this.attempts = 0
  this.heartbeatMs = 10000
}

Tunnel.prototype.on = function (event, fn) {
  ;(this.listeners[event] = this.listeners[event] || []).push(fn)
  return this
}

Tunnel.prototype.fire = function (event, a, b) {
  var list = this.listeners[event] || []
  for (var i = 0; i < list.length; i++) list[i](a, b)
}

Tunnel.prototype.open = function () {
  var self = this
  var request = require('./index.js').request
  self.state = 'connecting'
  return request({ url: self.path }).then(function (res) {
    var data = (res.data && res.data.data) || res.data || {}
    if (!data.connectUrl) throw new Error('tunnel: the server gave no connectUrl')
    self.connectUrl = data.connectUrl
    self.connect()
  })
}

Tunnel.prototype.connect = function () {
  var self = this
  var sep = self.connectUrl.indexOf('?') >= 0 ? '&' : '?'
  var socket = wx.connectSocket({ url: self.connectUrl + sep + 'ack=' + self.received })
  self.socket = socket
  socket.onMessage(function (res) {
    if (socket === self.socket) self.frame(res.data)
  })
  socket.onClose(function (res) {
    if (socket === self.socket) self.lost(res.code, res.reason)
  })
  socket.onError(function () {})
}

Tunnel.prototype.frame = function (text) {
  var frame
  try {
    frame = JSON.parse(text)
  } catch (e) {
    return this.fire('error', new Error('tunnel: bad frame from the service'))
  }
  if (frame.t === 'hello') return this.hello(frame)
  if (frame.t === 'a') return this.dropAcked(frame.s)
  if (frame.t === 'err') return this.fire('error', new Error(frame.error + ': ' + frame.message))
  if (frame.t !== 'm' || frame.s <= this.received) return
  this.received = frame.s
  this.scheduleAck()
  this.fire('message', frame.d.type, frame.d.content)
  this.fire(frame.d.type, frame.d.content)
}

Tunnel.prototype.hello = function (frame) {
  var first = this.state === 'connecting'
  this.state = 'open'
  this.attempts = 0
  this.heartbeatMs = frame.heartbeatMs || this.heartbeatMs
  this.dropAcked(frame.ack)
  for (var i = 0; i < this.unacked.length; i++) this.write(this.unacked[i])
  this.startHeartbeat()
  this.fire(first ? 'connect' : 'reconnect')
}

Tunnel.prototype.emit = function (type, content) {
  var frame = JSON.stringify({ t: 'm', s: ++this.sentSeq, d: { type: type, content: content } })
  this.unacked.push({ s: this.sentSeq, frame: frame })
  if (this.state === 'open') this.write(this.unacked[this.unacked.length - 1])
}

Tunnel.prototype.write = function (item) {
  this.socket.send({ data: item.frame || item })
}

Tunnel.prototype.dropAcked = function (seq) {
  while (this.unacked.length && this.unacked[0].s <= seq) this.unacked.shift()
}

// Cumulative acks, at most every 100 ms: the service then forgets what arrived.
Tunnel.prototype.scheduleAck = function () {
  var self = this
  if (self.ackTimer) return
  self.ackTimer = setTimeout(function () {
    self.ackTimer = null
    if (self.state === 'open' && self.received > self.ackedSent) {
      self.ackedSent = self.received
      self.write(JSON.stringify({ t: 'a', s: self.received }))
    }
  }, 100)
}

Tunnel.prototype.startHeartbeat = function () {
  var self = this
  clearInterval(self.pinger)
  self.pinger = setInterval(function () {
    if (self.state === 'open') self.write('{"t":"ping"}')
  }, self.heartbeatMs)
}

Tunnel.prototype.lost = function (code, reason) {
  clearInterval(this.pinger)
  this.socket = null
  if (this.state === 'closed') return
  var final = FINAL_CODES.indexOf(code) >= 0
  if (final || !this.options.reconnect || this.attempts >= this.options.maxReconnects)
    return this.finish(reason || 'closed')
  this.state = this.state === 'connecting' ? 'connecting' : 'reconnecting'
  this.attempts++
  this.fire('reconnecting', this.attempts)
  var self = this
  setTimeout(
    function () {
      if (self.state !== 'closed') self.connect()
    },
    Math.min(this.options.retryMs * this.attempts, 2000),
  )
}

Tunnel.prototype.finish = function (reason) {
  this.state = 'closed'
  clearInterval(this.pinger)
  this.fire('close', reason)
}

/** Leaves the tunnel for good (the service tells the business server). */
Tunnel.prototype.close = function () {
  if (this.state === 'closed') return
  var socket = this.socket
  this.finish('closed by the client')
  if (socket) {
    socket.send({ data: '{"t":"close"}' })
    socket.close({})
  }
}

module.exports = { Tunnel: Tunnel }
