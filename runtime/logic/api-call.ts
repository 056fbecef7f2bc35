// `wx.*` calls as bridge messages: each call is an `invoke` with a callId; its `invokeResult`
// runs success/fail and complete (through the error guard) and settles the Promise when the
// platform gives one. Long-lived API objects (RequestTask, SocketTask…) are addressed by the
// callId of the call that created them; their events arrive as `apiEvent` by that objectId.

import type { ApiResult, HostToLogic, LogicToHost } from '../../bridge/protocol.ts'
import { where, type ErrorGuard } from './errors.ts'

export interface CallbackOptions {
  success?: (res: ApiResult) => void
  fail?: (res: ApiResult) => void
  complete?: (res: ApiResult) => void
  [key: string]: unknown
}

interface PendingCall {
  api: string
  options: CallbackOptions
  resolve?: (res: ApiResult) => void
  reject?: (res: ApiResult) => void
  /** Extra handling of the result before callbacks (SelectorQuery fans results out). */
  onResult?: (res: ApiResult) => void
}

export type ObjectListener = (name: string, payload: unknown) => void

export const isOk = (res: ApiResult) => /:ok\b/.test(res.errMsg)

export class ApiCaller {
  private nextCallId = 1
  private readonly pending = new Map<number, PendingCall>()
  private readonly objects = new Map<number, ObjectListener>()

  constructor(
    private readonly post: (message: LogicToHost) => void,
    private readonly guard: ErrorGuard,
  ) {}

  /** Calls `api` with callbacks only (no Promise); returns the callId (the object id). */
  call(api: string, options: unknown, onResult?: (res: ApiResult) => void): number {
    const opts = (options && typeof options === 'object' ? options : {}) as CallbackOptions
    const callId = this.nextCallId++
    this.pending.set(callId, { api, options: opts, onResult })
    this.post({ type: 'invoke', callId, api, args: toWire(opts) })
    return callId
  }

  /** Calls an API that creates an object: its objectId (this callId) travels in the args, so
   *  the host's `apiEvent`s and later method calls name the same object. */
  callObject(api: string, options: unknown): number {
    const opts = (options && typeof options === 'object' ? options : {}) as CallbackOptions
    const callId = this.nextCallId++
    this.pending.set(callId, { api, options: opts })
    this.post({
      type: 'invoke',
      callId,
      api,
      args: { ...(toWire(opts) as object), objectId: callId },
    })
    return callId
  }

  /** The platform's rule: without success/fail/complete an async API returns a Promise. */
  callAsync(
    api: string,
    options: unknown,
    onResult?: (res: ApiResult) => void,
  ): Promise<ApiResult> | undefined {
    const opts = (options && typeof options === 'object' ? options : {}) as CallbackOptions
    if (opts.success || opts.fail || opts.complete) {
      this.call(api, opts, onResult)
      return undefined
    }
    return new Promise<ApiResult>((resolve, reject) => {
      const callId = this.nextCallId++
      this.pending.set(callId, { api, options: opts, resolve, reject, onResult })
      this.post({ type: 'invoke', callId, api, args: toWire(opts) })
    })
  }

  /** Fire and forget (methods of API objects, storage write-through). */
  notify(api: string, args: unknown): void {
    this.post({ type: 'invoke', callId: this.nextCallId++, api, args: toWire(args) })
  }

  listen(objectId: number, listener: ObjectListener): void {
    this.objects.set(objectId, listener)
  }

  forget(objectId: number): void {
    this.objects.delete(objectId)
  }

  result(msg: Extract<HostToLogic, { type: 'invokeResult' }>): void {
    const call = this.pending.get(msg.callId)
    if (!call) return
    if (!msg.keep) this.pending.delete(msg.callId)
    const res = msg.result
    const ok = isOk(res)
    if (call.onResult)
      this.guard.run(where.apiCallback(call.api, 'result'), () => call.onResult!(res))
    const cb = ok ? call.options.success : call.options.fail
    const kind = ok ? 'success' : 'fail'
    if (typeof cb === 'function') this.guard.run(where.apiCallback(call.api, kind), () => cb(res))
    const complete = call.options.complete
    if (typeof complete === 'function')
      this.guard.run(where.apiCallback(call.api, 'complete'), () => complete(res))
    if (ok) call.resolve?.(res)
    else call.reject?.(res)
  }

  event(msg: Extract<HostToLogic, { type: 'apiEvent' }>): void {
    this.objects.get(msg.objectId)?.(msg.name, msg.payload)
  }
}

/** Arguments as they can cross a structured-clone boundary: functions dropped. */
export function toWire(value: unknown): unknown {
  if (typeof value === 'function') return undefined
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date || value instanceof ArrayBuffer || ArrayBuffer.isView(value))
    return value
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'function' ? null : toWire(v)))
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) if (typeof v !== 'function') out[k] = toWire(v)
  return out
}
