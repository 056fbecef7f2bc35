// The host's side of the wiring: one logic endpoint and one endpoint per view (by webviewId).
// Every message passes here, as on a phone it passes through the native client: the router
// records it, may hold it back by a delay per hop, and hands it on. It knows nothing of pages or
// APIs: messages from logic and views go to the host's handlers, and the host sends its own.

import type { Endpoint } from './endpoint.ts'
import { DelayLane } from './lane.ts'
import type {
  AnyMessage,
  Direction,
  HostToLogic,
  HostToView,
  LogicToHost,
  ViewToHost,
} from './protocol.ts'
import { BridgeRecord } from './record.ts'

export type LogicEndpoint = Endpoint<LogicToHost, HostToLogic>
export type ViewEndpoint = Endpoint<ViewToHost, HostToView>

/** Milliseconds a message waits at the host on one hop; a function may vary it per message. */
export type HopDelay =
  number | ((message: AnyMessage, direction: Direction, webviewId: number | undefined) => number)

export interface RouterOptions {
  logic: LogicEndpoint
  onLogic: (message: LogicToHost) => void
  onView: (webviewId: number, message: ViewToHost) => void
  /** Where messages are recorded (default: a new record without payloads). */
  record?: BridgeRecord
  /** Delay per hop (default 0: handed on at once). */
  delay?: HopDelay
  /** A host handler threw, or a send failed; default: console.error. */
  onError?: (error: unknown, message: AnyMessage, direction: Direction) => void
  /** A view was connected (measurement starts its instruments). */
  onViewAdded?: (webviewId: number) => void
}

/** One endpoint with its two lanes (in: to the host; out: from the host). */
interface Hop<In, Out> {
  endpoint: Endpoint<In, Out>
  incoming: DelayLane
  outgoing: DelayLane
  release: () => void
}

export class Router {
  readonly record: BridgeRecord
  /** Delay per hop; may be changed at any time (applies to messages that arrive later). */
  delay: HopDelay
  readonly #options: RouterOptions
  #logic: Hop<LogicToHost, HostToLogic>
  readonly #views = new Map<number, Hop<ViewToHost, HostToView>>()

  constructor(options: RouterOptions) {
    this.#options = options
    this.record = options.record ?? new BridgeRecord()
    this.delay = options.delay ?? 0
    this.#logic = this.#hop(options.logic, 'logic→host', undefined, (m) => options.onLogic(m))
  }

  get viewIds(): number[] {
    return [...this.#views.keys()]
  }

  addView(webviewId: number, endpoint: ViewEndpoint): void {
    if (this.#views.has(webviewId)) throw new Error(`view ${webviewId} is already connected`)
    const hop = this.#hop(endpoint, 'view→host', webviewId, (m) =>
      this.#options.onView(webviewId, m),
    )
    this.#views.set(webviewId, hop)
    this.#options.onViewAdded?.(webviewId)
  }

  /** Disconnects a view; its endpoint is closed unless `close` is false. */
  removeView(webviewId: number, close = true): void {
    const hop = this.#views.get(webviewId)
    if (!hop) return
    this.#views.delete(webviewId)
    this.#drop(hop, close)
  }

  /** Joins a new logic thread in place of the current one (a relaunch after a hot reload):
   *  the old endpoint is released, unclosed (its owner ends it), with what its lanes held. */
  replaceLogic(endpoint: LogicEndpoint): void {
    this.#drop(this.#logic, false)
    const onLogic = this.#options.onLogic
    this.#logic = this.#hop(endpoint, 'logic→host', undefined, (m) => onLogic(m))
  }

  toLogic(message: HostToLogic): void {
    this.#send(this.#logic, message, 'host→logic', webviewIdOf(message))
  }

  toView(webviewId: number, message: HostToView): void {
    const hop = this.#views.get(webviewId)
    if (!hop) throw new Error(`cannot send "${message.type}": no view ${webviewId} is connected`)
    this.#send(hop, message, 'host→view', webviewId)
  }

  /** Resolves when no delayed message waits on any lane. */
  async idle(): Promise<void> {
    const hops = [this.#logic, ...this.#views.values()]
    await Promise.all(hops.flatMap((h) => [h.incoming.idle(), h.outgoing.idle()]))
  }

  /** Disconnects every view and logic, closing their endpoints. */
  close(): void {
    for (const id of [...this.#views.keys()]) this.removeView(id)
    this.#drop(this.#logic, true)
  }

  #hop<In extends AnyMessage, Out>(
    endpoint: Endpoint<In, Out>,
    direction: Direction,
    webviewId: number | undefined,
    handle: (message: In) => void,
  ): Hop<In, Out> {
    const hop: Hop<In, Out> = {
      endpoint,
      incoming: new DelayLane(),
      outgoing: new DelayLane(),
      release: () => {},
    }
    hop.release = endpoint.onMessage((message) => {
      const id = webviewId ?? webviewIdOf(message)
      this.#pass(hop.incoming, message, direction, id, () => handle(message))
    })
    return hop
  }

  #send<Out extends AnyMessage>(
    hop: Hop<unknown, Out>,
    message: Out,
    direction: Direction,
    webviewId: number | undefined,
  ): void {
    this.#pass(hop.outgoing, message, direction, webviewId, () => hop.endpoint.post(message))
  }

  /** Times and measures a message, waits its delay on its lane, records it and hands it on. */
  #pass(
    lane: DelayLane,
    message: AnyMessage,
    direction: Direction,
    webviewId: number | undefined,
    handOn: () => void,
  ): void {
    const sentAt = performance.now()
    const delay =
      typeof this.delay === 'number' ? this.delay : this.delay(message, direction, webviewId)
    lane.push(delay, () => {
      if (!this.record.paused) {
        this.record.add({ direction, webviewId, sentAt, receivedAt: performance.now(), message })
      }
      try {
        handOn()
      } catch (error) {
        this.#report(error, message, direction)
      }
    })
  }

  #report(error: unknown, message: AnyMessage, direction: Direction): void {
    if (this.#options.onError) this.#options.onError(error, message, direction)
    else console.error(`bridge: ${direction} "${message.type}" failed:`, error)
  }

  #drop(hop: Hop<any, any>, close: boolean): void {
    hop.release()
    hop.incoming.clear()
    hop.outgoing.clear()
    if (close) hop.endpoint.close()
  }
}

function webviewIdOf(message: AnyMessage): number | undefined {
  return 'webviewId' in message && typeof message.webviewId === 'number'
    ? message.webviewId
    : undefined
}
