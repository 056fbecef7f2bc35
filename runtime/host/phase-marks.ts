// The phases of each page the host can see on its own, added to the timeline as they happen:
// from the bridge record, `logic-inject` (the `launch` message, which carries the logic bundle,
// until logic sends the first page's data: bundle, App.onLaunch/onShow and the page's onLoad),
// `page-create` (a later page: `pageCreate` until its data), `first-render` (`mount` until the
// view's `firstRender`) and `ready` (`firstRender` until the page's onReady is sent); around
// the platform's view calls, `view-inject` (the page's view bundle evaluated) and `view-create`
// (the platform opening the view: a document or frame, or a preloaded spare taking the page).
// `logic-start` is the logic thread's boot, from the host made (or relaunching) to logic's
// `ready`. Record marks need the record running with payloads (the default).

import type { RecordEntry } from '../../bridge/index.ts'
import type { HostPlatform, OpenedView, OpenViewRequest } from './platform.ts'
import type { HostRecord } from './record.ts'
import type { Timeline } from './timeline.ts'

/** A view made ahead for the next page (webview preloading), where the platform has them. */
interface SpareView {
  open(request: OpenViewRequest): OpenedView
  close(): void
}
type Preloading = { prepareView?(): SpareView }

export class PhaseMarks {
  #launchAt: number | null = null
  readonly #pageAt = new Map<number, { phase: string; at: number }>()
  readonly #mountAt = new Map<number, number>()
  readonly #renderedAt = new Map<number, number>()
  readonly #routes = new Map<number, string>()
  #sourceReadAt = 0
  /** The host was made (its logic thread starting) and logic has not said `ready` yet. */
  #startedAt: number | null

  constructor(
    private readonly timeline: Timeline,
    record: HostRecord,
  ) {
    this.#startedAt = timeline.now()
    record.onEntry((entry) => this.#entry(entry))
  }

  /** A relaunch starts a new logic thread now. */
  logicStarting(): void {
    this.#startedAt = this.timeline.now()
  }

  /** Reads a view bundle's source and notes when (the view's inject starts after it). */
  source(read: () => string): string {
    const source = read()
    this.#sourceReadAt = this.timeline.now()
    return source
  }

  /** The platform with its view calls timed. */
  platform(platform: HostPlatform): HostPlatform {
    const timed = (open: (r: OpenViewRequest) => OpenedView) => (request: OpenViewRequest) => {
      const start = this.timeline.now()
      const page = { page: request.route, webviewId: request.webviewId }
      this.#routes.set(request.webviewId, request.route)
      if (this.#sourceReadAt)
        this.timeline.mark('view-inject', 'view', this.#sourceReadAt, start, page)
      this.#sourceReadAt = 0
      const opened = open(request)
      this.timeline.mark('view-create', 'view', start, this.timeline.now(), page)
      return opened
    }
    const prepareView = (platform as Preloading).prepareView?.bind(platform)
    const out: HostPlatform & Preloading = {
      ...platform,
      openView: timed((r) => platform.openView(r)),
    }
    if (prepareView) out.prepareView = () => this.#spare(prepareView(), timed)
    return out
  }

  #spare(spare: SpareView, timed: (open: SpareView['open']) => SpareView['open']): SpareView {
    return { open: timed((r) => spare.open(r)), close: () => spare.close() }
  }

  #entry(entry: RecordEntry): void {
    const { type, webviewId, sentAt: at } = entry
    const message = entry.payload as { name?: string; route?: string } | undefined
    if (type === 'ready' && this.#startedAt !== null) {
      this.timeline.mark('logic-start', 'logic', this.#startedAt, at)
      this.#startedAt = null
    } else if (type === 'launch') this.#launchAt = at
    else if (type === 'pageCreate' && webviewId !== undefined) {
      if (message?.route) this.#routes.set(webviewId, message.route)
      if (this.#launchAt === null) this.#pageAt.set(webviewId, { phase: 'page-create', at })
    } else if (type === 'pageData' && webviewId !== undefined) this.#pageData(webviewId, at)
    else if (type === 'mount' && webviewId !== undefined) this.#mountAt.set(webviewId, at)
    else if (type === 'firstRender' && webviewId !== undefined) {
      const mounted = this.#mountAt.get(webviewId)
      this.#mountAt.delete(webviewId)
      if (mounted === undefined) return
      this.#renderedAt.set(webviewId, at)
      this.#mark('first-render', 'view', mounted, at, webviewId)
    } else if (type === 'pageLifecycle' && message?.name === 'onReady' && webviewId !== undefined) {
      const rendered = this.#renderedAt.get(webviewId)
      this.#renderedAt.delete(webviewId)
      if (rendered !== undefined) this.#mark('ready', 'logic', rendered, at, webviewId)
    }
  }

  #pageData(webviewId: number, at: number): void {
    if (this.#launchAt !== null) {
      this.#mark('logic-inject', 'logic', this.#launchAt, at, webviewId)
      this.#launchAt = null
      return
    }
    const created = this.#pageAt.get(webviewId)
    this.#pageAt.delete(webviewId)
    if (created) this.#mark(created.phase, 'logic', created.at, at, webviewId)
  }

  #mark(phase: string, thread: 'logic' | 'view', start: number, end: number, webviewId: number) {
    this.timeline.mark(phase, thread, start, end, { page: this.#routes.get(webviewId), webviewId })
  }
}
