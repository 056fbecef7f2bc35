// One tunnel: a client's place in the service that outlives its WebSocket. Messages to the client
// are numbered and kept until the client acknowledges them, so a reconnect within the window
// resends what was missed, in order; the client's messages are numbered too, so a resent one is
// passed on once. A malformed or oversize frame ends this tunnel only.

import type { WebSocket } from 'ws'
import { controlFrame, messageFrame, parseClientFrame } from './wire.ts'

export interface TunnelHooks {
  /** The first connect (the business server's connect callback); resolves when taken. */
  connected(tunnel: Tunnel): Promise<void>
  /** Passes a client message on (the business server's callback); resolves when taken. */
  message(tunnel: Tunnel, data: { type: string; content?: unknown }): Promise<void>
  /** The tunnel is gone for good (client left, window elapsed, closed by the API, bad frame). */
  closed(tunnel: Tunnel, reason: string): Promise<void>
  /** The tunnel's socket closed; the tunnel waits for a reconnect. */
  waiting(tunnel: Tunnel): void
  warn(message: string): void
}

export interface TunnelLimits {
  maxMessageBytes: number
  reconnectWindowMs: number
  heartbeatMs: number
  maxOutbox: number
}

interface Outgoing {
  seq: number
  frame: string
}

export class Tunnel {
  socket: WebSocket | null = null
  state: 'new' | 'open' | 'waiting' | 'closed' = 'new'
  lastSeen = Date.now()
  readonly #outbox: Outgoing[] = []
  #head = 0
  #nextSeq = 1
  #clientSeq = 0
  #chain: Promise<void> = Promise.resolve()
  #windowTimer: ReturnType<typeof setTimeout> | undefined

  /** What logs show: a tunnel id lets whoever holds it connect, so only its first characters. */
  get label(): string {
    return `${this.id.slice(0, 6)}…`
  }

  constructor(
    readonly id: string,
    readonly callbackUrl: string | undefined,
    readonly limits: TunnelLimits,
    readonly hooks: TunnelHooks,
  ) {}

  /** A (re)connect: `ack` is the last message the client has; the rest is sent again. */
  attach(socket: WebSocket, ack: number): void {
    if (this.state === 'new') this.#inOrder(() => this.hooks.connected(this))
    if (this.socket && this.socket !== socket) this.socket.terminate()
    clearTimeout(this.#windowTimer)
    this.socket = socket
    this.state = 'open'
    this.lastSeen = Date.now()
    this.#acked(ack)
    socket.send(
      controlFrame({ t: 'hello', ack: this.#clientSeq, heartbeatMs: this.limits.heartbeatMs }),
    )
    for (let i = this.#head; i < this.#outbox.length; i++) socket.send(this.#outbox[i]!.frame)
    socket.on('message', (raw, isBinary) => this.#receive(socket, raw as Buffer, isBinary))
    socket.on('close', () => this.#detached(socket))
  }

  /** Queues and sends one message; `data` is `{type, content}` already as JSON. */
  send(data: string): void {
    if (this.state === 'closed') return
    const frame = messageFrame(this.#nextSeq, data)
    this.#outbox.push({ seq: this.#nextSeq++, frame })
    if (this.#outbox.length - this.#head > this.limits.maxOutbox) this.#head++
    if (this.state === 'open') this.socket!.send(frame)
  }

  close(reason: string, code = 1000, error?: { error: string; message: string }): void {
    if (this.state === 'closed') return
    this.state = 'closed'
    clearTimeout(this.#windowTimer)
    const socket = this.socket
    this.socket = null
    if (socket) {
      if (error) socket.send(controlFrame({ t: 'err', ...error }))
      socket.close(code, reason.slice(0, 120))
    }
    this.#inOrder(async () => this.hooks.closed(this, reason))
  }

  #receive(socket: WebSocket, raw: Buffer, isBinary: boolean): void {
    if (socket !== this.socket) return
    this.lastSeen = Date.now()
    if (raw.length > this.limits.maxMessageBytes)
      return this.close('message too large', 1009, {
        error: 'ERR_TOO_LARGE',
        message: `message of ${raw.length} bytes is over the tunnel's limit of ${this.limits.maxMessageBytes} bytes`,
      })
    const frame = isBinary ? null : parseClientFrame(raw.toString('utf8'))
    if (!frame)
      return this.close('malformed message', 4400, {
        error: 'ERR_MALFORMED',
        message: 'not a tunnel frame (JSON with t: m, a, ping or close)',
      })
    if (frame.t === 'ping') return void socket.send('{"t":"pong"}')
    if (frame.t === 'a') return this.#acked(frame.s)
    if (frame.t === 'close') return this.close('client left')
    if (frame.s <= this.#clientSeq)
      return void socket.send(controlFrame({ t: 'a', s: this.#clientSeq }))
    this.#clientSeq = frame.s
    const seq = frame.s
    this.#inOrder(async () => {
      await this.hooks.message(this, frame.d)
      this.socket?.send(controlFrame({ t: 'a', s: seq }))
    })
  }

  /** Callbacks of one tunnel reach the business server one at a time, in order. */
  #inOrder(task: () => Promise<void>): void {
    this.#chain = this.#chain
      .then(task)
      .catch((e: unknown) => this.hooks.warn(`tunnel ${this.label}: callback failed: ${String(e)}`))
  }

  #acked(seq: number): void {
    while (this.#head < this.#outbox.length && this.#outbox[this.#head]!.seq <= seq) this.#head++
    // Compact now and then instead of shifting on every ack.
    if (this.#head > 1024 && this.#head * 2 > this.#outbox.length) {
      this.#outbox.splice(0, this.#head)
      this.#head = 0
    }
  }

  #detached(socket: WebSocket): void {
    if (socket !== this.socket || this.state !== 'open') return
    this.socket = null
    this.state = 'waiting'
    this.hooks.waiting(this)
    this.#windowTimer = setTimeout(
      () => this.close('reconnect window elapsed'),
      this.limits.reconnectWindowMs,
    )
    this.#windowTimer.unref?.()
  }
}
