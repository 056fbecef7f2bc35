// One small interface over every transport, and its adapters. This file is the only place where
// Node's worker_threads and the browser's Worker and windows are made to look alike: no code
// above an Endpoint knows which one it talks through. Types here are structural, so `bridge/`
// needs neither Node's nor the DOM's declarations to use them.

/** One side of a two-way message channel. `In` is what arrives, `Out` what this side sends. */
export interface Endpoint<In, Out> {
  /** Sends a message (copied by structured clone, as a real port does). Throws once closed. */
  post(message: Out): void
  /** Adds a handler for incoming messages; returns its remover. */
  onMessage(handler: (message: In) => void): () => void
  /** Called once, when either side closed (or the thread behind it ended). Returns its remover. */
  onClose(handler: () => void): () => void
  close(): void
  readonly closed: boolean
}

/** The shared bookkeeping of every adapter: handlers, the closed flag, close notification. */
export class BaseEndpoint<In, Out> implements Endpoint<In, Out> {
  #messageHandlers = new Set<(message: In) => void>()
  #closeHandlers = new Set<() => void>()
  #closed = false

  constructor(
    private readonly send: (message: Out) => void,
    private readonly release: () => void = () => {},
  ) {}

  get closed(): boolean {
    return this.#closed
  }

  post(message: Out): void {
    if (this.#closed) throw new Error(`cannot post "${typeOf(message)}": the endpoint is closed`)
    this.send(message)
  }

  onMessage(handler: (message: In) => void): () => void {
    this.#messageHandlers.add(handler)
    return () => void this.#messageHandlers.delete(handler)
  }

  onClose(handler: () => void): () => void {
    this.#closeHandlers.add(handler)
    return () => void this.#closeHandlers.delete(handler)
  }

  /** Hands an incoming message to every handler (an adapter calls this). */
  deliver(message: In): void {
    if (this.#closed) return
    for (const handler of this.#messageHandlers) handler(message)
  }

  close(): void {
    if (this.#closed) return
    this.#closed = true
    this.release()
    for (const handler of this.#closeHandlers) handler()
    this.#closeHandlers.clear()
    this.#messageHandlers.clear()
  }
}

const typeOf = (message: unknown): string =>
  typeof message === 'object' && message !== null && 'type' in message
    ? String(message.type)
    : typeof message

// ---------------------------------------------------------------------------------------------
// Node worker_threads

/** A Node `MessagePort`, `Worker` or `parentPort` (they share `postMessage` and `on`/`off`). */
export interface NodePortLike {
  postMessage(value: unknown): void
  on(event: string, listener: (value: any) => void): unknown
  off(event: string, listener: (value: any) => void): unknown
  /** MessagePort: closes both ends (each emits `close`). */
  close?(): void
  /** Worker: ends the thread (it emits `exit`). */
  terminate?(): unknown
}

/**
 * An endpoint over a Node port. It closes when the port emits `close` (the other end closed) or
 * the worker emits `exit`; closing it closes the port or terminates the worker.
 */
export function fromMessagePort<In, Out>(port: NodePortLike): Endpoint<In, Out> {
  const onMessage = (value: In) => endpoint.deliver(value)
  const onEnd = () => endpoint.close()
  const endpoint = new BaseEndpoint<In, Out>(
    (message) => port.postMessage(message),
    () => {
      port.off('message', onMessage)
      port.off('close', onEnd)
      port.off('exit', onEnd)
      if (port.terminate) void port.terminate()
      else port.close?.()
    },
  )
  port.on('message', onMessage)
  port.on('close', onEnd)
  port.on('exit', onEnd)
  return endpoint
}

// ---------------------------------------------------------------------------------------------
// Browser postMessage

/** What a `message` event carries, as far as the bridge reads it. */
export interface MessageEventLike {
  data: unknown
  source?: unknown
  origin?: string
}

export interface MessageEventTargetLike {
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEventLike) => void): void
}

/** A Worker, a DedicatedWorkerGlobalScope or a Window: anything with `postMessage`. */
export interface PostMessageTargetLike {
  postMessage(message: unknown, ...rest: any[]): void
  terminate?(): void
}

export interface PostMessageOptions {
  /**
   * Where `message` events arrive, when not on the target itself: for a window (an iframe's
   * `contentWindow`, or `parent` seen from inside it) this is the listening side's own window.
   * Events are then accepted only when their `source` is the target.
   */
  listenOn?: MessageEventTargetLike
  /** For windows: the origin passed to `postMessage` and required of incoming events. */
  targetOrigin?: string
}

/**
 * An endpoint over browser `postMessage`: a Worker (from the page), the worker's own scope (from
 * inside), or a window (an iframe, or the parent from inside the iframe). Closing it removes its
 * listener and terminates a Worker; a window has no end, so nothing closes it from outside.
 */
export function fromPostMessage<In, Out>(
  target: PostMessageTargetLike & Partial<MessageEventTargetLike>,
  options: PostMessageOptions = {},
): Endpoint<In, Out> {
  const listenOn = options.listenOn ?? (target as MessageEventTargetLike)
  if (typeof listenOn.addEventListener !== 'function') {
    throw new TypeError('fromPostMessage: the target has no addEventListener; pass listenOn')
  }
  const origin = options.targetOrigin
  const filtered = listenOn !== target
  const listener = (event: MessageEventLike) => {
    if (filtered && event.source !== target) return
    if (origin && origin !== '*' && event.origin !== origin) return
    endpoint.deliver(event.data as In)
  }
  const endpoint = new BaseEndpoint<In, Out>(
    (message) => (origin ? target.postMessage(message, origin) : target.postMessage(message)),
    () => {
      listenOn.removeEventListener('message', listener)
      target.terminate?.()
    },
  )
  listenOn.addEventListener('message', listener)
  return endpoint
}
