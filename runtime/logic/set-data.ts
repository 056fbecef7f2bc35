// `setData`: validated, applied to `this.data` at once (synchronously, as on the platform), then
// only the patch crosses to the view, in the wire form `encodePatch` chose (docs/bridge.md): one
// JSON.stringify gives the size the platform counts and what the view sees once decoded
// (functions and undefined inside values vanish). A patch over the platform's 1024 KB limit is
// refused with the platform's error; the callback runs when the host reports the view applied
// the patch (`setDataDone`).

import type { LogicToHost } from '../../bridge/protocol.ts'
import { encodePatch } from '../../bridge/wire.ts'
import { DataPathError, parseDataPath, setAtPath, type PathSegment } from '../shared/data-path.ts'
import { where, type ErrorGuard } from './errors.ts'
import { jsonError, unserialisableReason } from './serialisable.ts'

/** The platform's limit on one bridge transfer (1024 KB), in serialized characters. */
export const SET_DATA_LIMIT = 1024 * 1024

/** The platform's message when a transfer is over the limit (seen in WeChat's devtools). */
export const tooLargeMessage = (size: number) =>
  `vdSyncBatch 数据传输长度为 ${size} 已经超过最大长度 ${SET_DATA_LIMIT}`

export const undefinedWarning = (key: string) =>
  `Setting data field "${key}" to undefined is invalid.`

/** Not a platform message: the platform silently drops functions when it serialises. */
export const functionWarning = (key: string) =>
  `Setting data field "${key}" to a function: it stays in this.data but is not sent to the view.`

type Entry = [key: string, path: PathSegment[], value: unknown]

interface Target {
  data: Record<string, unknown>
  route: string
  __wxWebviewId__: number
}

interface Pending {
  target: Target
  callback: () => void
}

export class SetDataChannel {
  private nextCallId = 1
  private readonly pending = new Map<number, Pending>()
  /** callIds sent and not yet applied by the view. */
  private readonly inFlight = new Set<number>()
  private afterWaiters: Array<{ upTo: number; fn: () => void }> = []

  constructor(
    private readonly post: (message: LogicToHost) => void,
    private readonly guard: ErrorGuard,
    private readonly warn: (message: string) => void,
  ) {}

  send(target: Target, instanceId: number, patch: unknown, callback?: unknown): void {
    if (!patch || typeof patch !== 'object' || Array.isArray(patch)) {
      this.warn(`setData accepts an Object rather than some ${typeof patch}`)
      return
    }
    const entries = this.serialisable(this.validate(patch as Record<string, unknown>))
    const clean = Object.fromEntries(entries.map(([key, , value]) => [key, value]))
    const { patch: wirePatch, size } = encodePatch(clean)
    if (size > SET_DATA_LIMIT) {
      this.guard.report(new Error(tooLargeMessage(size)), `at "${target.route}" setData`)
      return
    }
    for (const [, path, value] of entries) setAtPath(target.data, path, value)
    // The platform keeps functions in this.data (vant's Dialog stores its promise callback
    // there) and only the view never sees them.
    for (const [key, value] of Object.entries(patch as Record<string, unknown>))
      if (typeof value === 'function') {
        const path = this.parse(key)
        if (path) setAtPath(target.data, path, value)
      }
    const callId = this.nextCallId++
    this.inFlight.add(callId)
    if (typeof callback === 'function')
      this.pending.set(callId, { target, callback: callback as () => void })
    this.post({
      type: 'setData',
      webviewId: target.__wxWebviewId__,
      instanceId,
      patch: wirePatch,
      callId,
      size,
    })
  }

  /** The view applied the patch of `callId`: its callback runs now. */
  done(callId: number): void {
    this.inFlight.delete(callId)
    this.runAfterWaiters()
    const entry = this.pending.get(callId)
    if (!entry) return
    this.pending.delete(callId)
    this.guard.run(where.setDataCallback(entry.target.route), () =>
      entry.callback.call(entry.target),
    )
  }

  /**
   * Runs `fn` once the view applied every setData sent so far (at once when none is in
   * flight). On the platform the component tree follows setData synchronously, so what runs
   * after `wx.nextTick` finds the components a setData created; here they exist once applied.
   */
  afterApplied(fn: () => void): void {
    const upTo = this.nextCallId - 1
    if (!this.hasInFlight(upTo)) return fn()
    this.afterWaiters.push({ upTo, fn })
  }

  private hasInFlight(upTo: number): boolean {
    for (const id of this.inFlight) if (id <= upTo) return true
    return false
  }

  private runAfterWaiters(): void {
    if (!this.afterWaiters.length) return
    const ready = this.afterWaiters.filter((w) => !this.hasInFlight(w.upTo))
    if (!ready.length) return
    this.afterWaiters = this.afterWaiters.filter((w) => this.hasInFlight(w.upTo))
    for (const w of ready) w.fn()
  }

  /** `model:` writes from the view: applied to the data, never sent back. */
  applyModel(data: Record<string, unknown>, path: string, value: unknown): void {
    const parsed = this.parse(path)
    if (parsed) setAtPath(data, parsed, value)
  }

  /** Keys with their parsed paths; undefined, functions and malformed paths are dropped. */
  private validate(patch: Record<string, unknown>): Entry[] {
    const out: Entry[] = []
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) this.warn(undefinedWarning(key))
      else if (typeof value === 'function') this.warn(functionWarning(key))
      else {
        const path = this.parse(key)
        if (path) out.push([key, path, value])
      }
    }
    return out
  }

  /** Entries JSON cannot serialise (a cycle, a BigInt) are dropped; others that lose something
   *  on the way (functions, Symbols, Map, Set, class instances) are warned about and sent as
   *  JSON gives them (serialisable.ts). */
  private serialisable(entries: Entry[]): Entry[] {
    const out: Entry[] = []
    for (const entry of entries) {
      const [key, , value] = entry
      if (value === null || typeof value !== 'object') {
        out.push(entry)
        continue
      }
      const error = jsonError(value)
      if (error) {
        this.warn(`Setting data field "${key}" failed, the field is not sent to the view: ${error}`)
        continue
      }
      const reason = unserialisableReason(value, key)
      if (reason) this.warn(`Setting data field "${key}": ${reason}.`)
      out.push(entry)
    }
    return out
  }

  private parse(key: string): PathSegment[] | null {
    try {
      return parseDataPath(key)
    } catch (e) {
      if (!(e instanceof DataPathError)) throw e
      this.warn(`setData: ${e.message}`)
      return null
    }
  }
}
