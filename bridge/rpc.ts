// Calls across the bridge: a request carries an id, its answer the same id. Each pending call has
// a timeout whose error names the call, and all of them are rejected when the channel closes,
// so no caller waits forever on a peer that is gone (Vite's moduleRunnerTransport does the same).
// Errors cross as plain `WireError` objects and become Error objects again on arrival.

import type { WireError } from './protocol.ts'
import type { Endpoint } from './endpoint.ts'

/** The error a call rejects with when it times out or its channel closes. */
export class CallError extends Error {
  constructor(
    message: string,
    /** `timeout` or `disconnected`. */
    readonly reason: 'timeout' | 'disconnected',
    /** The call's label, e.g. `invoke wx.request`. */
    readonly call: string,
  ) {
    super(message)
    this.name = 'CallError'
  }
}

interface Pending<T> {
  label: string
  resolve: (value: T) => void
  reject: (error: Error) => void
  timer: ReturnType<typeof setTimeout> | undefined
}

export interface PendingCallsOptions {
  /** Default timeout per call in ms; 0 waits forever. */
  timeoutMs?: number
  /** Which side is waiting, for messages: `logic`, `host`, `view:3`. */
  name?: string
}

/**
 * Calls waiting for their answer, by id. `start` gives the new id to the sender and returns the
 * promise; the receiver of the answer calls `resolve` or `reject` with that id.
 */
export class PendingCalls<T = unknown> {
  #pending = new Map<number, Pending<T>>()
  #nextId = 1
  readonly #timeoutMs: number
  readonly #name: string

  constructor(options: PendingCallsOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? 0
    this.#name = options.name ?? 'bridge'
  }

  get size(): number {
    return this.#pending.size
  }

  /** Starts a call: `send` posts the request with the id it is given. */
  start(label: string, send: (id: number) => void, timeoutMs = this.#timeoutMs): Promise<T> {
    const id = this.#nextId++
    const promise = new Promise<T>((resolve, reject) => {
      const call: Pending<T> = { label, resolve, reject, timer: undefined }
      if (timeoutMs > 0) call.timer = setTimeout(() => this.#timeout(id, timeoutMs), timeoutMs)
      this.#pending.set(id, call)
    })
    try {
      send(id)
    } catch (e) {
      this.reject(id, e instanceof Error ? e : new Error(String(e)))
    }
    return promise
  }

  /** Settles call `id` with its answer; false when no such call waits (late or unknown). */
  resolve(id: number, value: T): boolean {
    const call = this.#take(id)
    call?.resolve(value)
    return call !== undefined
  }

  reject(id: number, error: Error): boolean {
    const call = this.#take(id)
    call?.reject(error)
    return call !== undefined
  }

  /** Rejects every waiting call, each with a message naming it and saying why. */
  rejectAll(why: string): void {
    for (const id of [...this.#pending.keys()]) {
      const label = this.#pending.get(id)!.label
      const message = `${this.#name}: call "${label}" (#${id}) will not be answered: ${why}`
      this.reject(id, new CallError(message, 'disconnected', label))
    }
  }

  /** Rejects every waiting call when `endpoint` closes; returns the remover. */
  rejectOnClose(
    endpoint: Pick<Endpoint<unknown, unknown>, 'onClose'>,
    what = 'the peer',
  ): () => void {
    return endpoint.onClose(() => this.rejectAll(`${what} disconnected`))
  }

  #take(id: number): Pending<T> | undefined {
    const call = this.#pending.get(id)
    if (!call) return undefined
    this.#pending.delete(id)
    if (call.timer !== undefined) clearTimeout(call.timer)
    return call
  }

  #timeout(id: number, ms: number): void {
    const call = this.#pending.get(id)
    if (!call) return
    const message = `${this.#name}: call "${call.label}" (#${id}) timed out after ${ms} ms`
    this.reject(id, new CallError(message, 'timeout', call.label))
  }
}

// ---------------------------------------------------------------------------------------------
// Errors on the wire

/** Any thrown value as a WireError (a non-Error becomes an `Error` with its string form). */
export function toWireError(error: unknown): WireError {
  if (error instanceof Error) {
    const wire: WireError = { name: error.name, message: error.message }
    if (error.stack !== undefined) wire.stack = error.stack
    return wire
  }
  return { name: 'Error', message: describe(error) }
}

const builtins: Record<string, ErrorConstructor> = {
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
}

/** Rebuilds an Error from the wire: a built-in class when the name is one, else Error + name. */
export function fromWireError(wire: WireError): Error {
  const Ctor = (Object.hasOwn(builtins, wire.name) && builtins[wire.name]) || Error
  const error = new Ctor(wire.message)
  if (error.name !== wire.name) error.name = wire.name
  if (wire.stack !== undefined) error.stack = wire.stack
  return error
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
