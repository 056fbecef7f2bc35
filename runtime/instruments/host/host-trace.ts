// The host's side of measurement (docs/measurement.md): starts and stops every thread's
// instruments, gathers their batches, adds its own events (bridge hops, setData per second and
// the platform's setData guidance as warnings) and writes the trace file.
//
//   const host = new Host(pkg, { trace: true }, platform)   // or host.trace.start()
//   const file = await host.trace.collect()                  // TraceFile (Chrome trace JSON)

import type { BridgeRecord, RecordEntry } from '../../../bridge/record.ts'
import type { LogicToHost } from '../../../bridge/protocol.ts'
import type {
  ThreadTraceEvent,
  TraceBatch,
  TraceCommand,
  TraceFile,
} from '../../../bridge/trace-events.ts'
import { nowUs } from '../core/clock.ts'
import { TraceCollector, type TraceSource } from '../trace/collector.ts'
import { hopEvents, PerSecond } from './bridge-hops.ts'
import { SetDataGuidance, type SetDataWarning } from './set-data-guidance.ts'

/** What HostTrace needs of the host. */
export interface TraceTarget {
  record: BridgeRecord
  mode: string
  home: 'node' | 'browser'
  /** Sends a command to logic / a view without counting it as app activity. */
  toLogic(command: TraceCommand): void
  toView(webviewId: number, command: TraceCommand): void
  /** Open views with their routes. */
  views(): Array<{ webviewId: number; route: string }>
  /** The page on top, if any. */
  currentWebviewId(): number | undefined
  routeOf(webviewId: number): string | undefined
  warn(message: string): void
  /** False once the host closed: nothing to flush then. */
  isOpen(): boolean
}

export type TraceListener = (source: TraceSource, events: readonly ThreadTraceEvent[]) => void

/** How long `collect()` waits for each thread's flush. */
const FLUSH_TIMEOUT_MS = 3000

export class HostTrace {
  /** setData warnings given while recording (also in the host's log and the trace). */
  readonly warnings: SetDataWarning[] = []
  #on = false
  #collector: TraceCollector
  #guidance = new SetDataGuidance()
  #perSecond = new PerSecond()
  #stopHops: (() => void) | null = null
  #flushes = new Map<number, { waiting: Set<TraceSource>; done: () => void }>()
  #nextFlush = 1
  #listeners = new Set<TraceListener>()

  constructor(private readonly target: TraceTarget) {
    this.#collector = new TraceCollector({ mode: target.mode, home: target.home }, nowUs())
  }

  get recording(): boolean {
    return this.#on
  }

  /** Starts recording on every thread (logic, open views, views opened later). */
  start(): void {
    if (this.#on) return
    this.#on = true
    if (!this.#collector.startUs) this.#collector.startUs = nowUs()
    this.#stopHops = this.target.record.onEntry((entry) => this.#hop(entry))
    this.target.toLogic({ type: 'trace', action: 'start' })
    for (const { webviewId, route } of this.target.views()) this.viewOpened(webviewId, route)
  }

  /** Stops every thread's instruments (what they recorded stays, see `collect`). */
  stop(): void {
    if (!this.#on) return
    this.#on = false
    this.#stopHops?.()
    this.#stopHops = null
    this.target.toLogic({ type: 'trace', action: 'stop' })
    for (const { webviewId } of this.target.views())
      this.target.toView(webviewId, { type: 'trace', action: 'stop' })
  }

  /** Forgets what was recorded; the next event is the new start. */
  clear(): void {
    this.#collector.clear(nowUs())
    this.warnings.length = 0
  }

  /** Follows the recording live: each batch as it arrives (absolute µs times). */
  onEvents(listener: TraceListener): () => void {
    this.#listeners.add(listener)
    return () => void this.#listeners.delete(listener)
  }

  /**
   * Asks every thread for what it recorded so far and writes the trace file. A thread that
   * does not answer within 3 s (closed, hung) is named in `metadata.unanswered`.
   */
  async collect(): Promise<TraceFile> {
    const unanswered = await this.#flushAll()
    this.#add('host', this.#perSecond.flush(nowUs() + 1_000_000))
    for (const { webviewId, route } of this.target.views())
      this.#collector.nameView(webviewId, route)
    return this.#collector.build({
      'mpsim-setData-warnings': this.warnings.map(({ rule, message }) => ({ rule, message })),
      ...(unanswered.length && { unanswered: unanswered.map(String) }),
    })
  }

  // --- hooks the host calls -------------------------------------------------------------------

  /** A thread's batch arrived (a `traceEvents` message). */
  receive(source: 'logic' | number, batch: TraceBatch): void {
    this.#add(source, batch.events)
    if (batch.flushId === undefined) return
    const flush = this.#flushes.get(batch.flushId)
    flush?.waiting.delete(source)
    if (flush && !flush.waiting.size) flush.done()
  }

  /** A view joined: it records too while the host does. */
  viewOpened(webviewId: number, route = this.target.routeOf(webviewId)): void {
    if (route) this.#collector.nameView(webviewId, route)
    if (this.#on) this.target.toView(webviewId, { type: 'trace', action: 'start' })
  }

  /** A new logic thread (a relaunch) starts recording too. */
  logicStarted(): void {
    if (this.#on) this.target.toLogic({ type: 'trace', action: 'start' })
  }

  /** Logic sent setData: sizes per call and per second, checked against the guidance. */
  setData(message: Extract<LogicToHost, { type: 'setData' }>): void {
    if (!this.#on) return
    const ts = nowUs()
    const { webviewId, size } = message
    this.#add('host', this.#perSecond.add(ts, size))
    const route = this.target.routeOf(webviewId)
    const current = this.target.currentWebviewId()
    const background = current !== undefined && current !== webviewId
    for (const warning of this.#guidance.check({ webviewId, size, ts, background, route })) {
      this.warnings.push(warning)
      this.target.warn(`[mpsim trace] ${warning.message}`)
      const args = { rule: warning.rule, message: warning.message, webviewId, size }
      this.#add('host', [
        {
          name: `setData warning: ${warning.rule}`,
          cat: 'setData.warning',
          ph: 'i',
          s: 'g',
          ts,
          args,
        },
      ])
    }
  }

  #hop(entry: RecordEntry): void {
    this.#add('host', hopEvents(entry))
  }

  #add(source: TraceSource, events: readonly ThreadTraceEvent[]): void {
    if (!events.length) return
    this.#collector.add(source, events)
    for (const listener of this.#listeners) listener(source, events)
  }

  #flushAll(): Promise<TraceSource[]> {
    if (!this.target.isOpen()) return Promise.resolve([])
    const flushId = this.#nextFlush++
    const waiting = new Set<TraceSource>(['logic', ...this.target.views().map((v) => v.webviewId)])
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer)
        this.#flushes.delete(flushId)
        resolve([...waiting])
      }
      const timer = setTimeout(finish, FLUSH_TIMEOUT_MS)
      this.#flushes.set(flushId, { waiting, done: finish })
      try {
        this.target.toLogic({ type: 'trace', action: 'flush', flushId })
        for (const source of waiting)
          if (source !== 'logic' && source !== 'host')
            this.target.toView(source, { type: 'trace', action: 'flush', flushId })
      } catch {
        // a closed host: what was gathered is the trace
        finish()
      }
    })
  }
}
