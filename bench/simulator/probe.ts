// Code that runs inside the browser (serialized by Playwright, so self-contained): it takes the
// times in the page itself, on the page's own clock (performance.now(), 0 at navigation start;
// `timeOrigin` turns a frame's times into the top page's).

/** What a document noted while it loaded (ms since its own navigation start). */
export interface LoadMarks {
  timeOrigin: number
  /** The simulator page: when the host got the view's `firstRender` (Host.onActivity). */
  firstRender?: number
  /** The simulator page: when the host passed logic's `ready`, the first `pageCreate` and the
   *  first `pageData` (a message the host saw before `window.__mpsim` was set is not noted). */
  logicReady?: number
  pageCreate?: number
  pageData?: number
  /** The todo list is in the document: three `todo-item`s and the footer. */
  domPresent?: number
  /** The first animation frame after that. */
  domFrame?: number
  /** The document's first contentful paint (Paint Timing). */
  firstContentfulPaint?: number
}

/** An init script of every document (the simulator page, each view frame, the baseline page). */
export function installLoadProbe(): void {
  const marks: Record<string, number> = { timeOrigin: performance.timeOrigin }
  const w = window as unknown as Record<string, unknown>
  w.__benchMarks = marks
  if (window === window.top) {
    // The simulator page assigns `window.__mpsim` right after `host.start()`, before any
    // message of the views can arrive: watching the host from there misses none.
    type Watched = { host: { onActivity(f: (m: { type: string } | null) => void): void } }
    let value: Watched | undefined
    Object.defineProperty(window, '__mpsim', {
      configurable: true,
      get: () => value,
      set(next: Watched) {
        value = next
        const noted: Record<string, string> = {
          firstRender: 'firstRender',
          ready: 'logicReady',
          pageCreate: 'pageCreate',
          pageData: 'pageData',
        }
        next.host.onActivity((m) => {
          const mark = m && noted[m.type]
          if (mark && marks[mark] === undefined) marks[mark] = performance.now()
        })
      },
    })
  }
  if (window !== window.top) {
    // Clock pings of the page (frameClockOffset): answered before the view's own listeners,
    // on the port that came with them, so the bridge never sees them.
    window.addEventListener(
      'message',
      (event) => {
        if (!(event.data && event.data.__benchClock)) return
        event.stopImmediatePropagation()
        event.ports[0]?.postMessage(performance.timeOrigin + performance.now())
      },
      true,
    )
  }
  const listShown = () =>
    document.querySelectorAll('todo-item').length >= 3 && document.querySelector('.footer')
  const observer = new MutationObserver(() => {
    if (marks.domPresent !== undefined || !listShown()) return
    marks.domPresent = performance.now()
    observer.disconnect()
    requestAnimationFrame(() => (marks.domFrame = performance.now()))
  })
  observer.observe(document, { childList: true, subtree: true })
}

/** Reads a document's marks, with its first contentful paint once there is one. */
export function readLoadMarks(): LoadMarks | null {
  const marks = (window as unknown as { __benchMarks?: LoadMarks }).__benchMarks
  if (!marks) return null
  const paint = performance.getEntriesByName('first-contentful-paint')[0]
  return { ...marks, firstContentfulPaint: paint?.startTime }
}

/** What one tap noted, on the frame's clock. */
export interface TapMarks {
  /** `timeStamp` of the click (the event the view turns into a tap). */
  event?: number
  /** The MutationObserver saw the item's check mark change. */
  updated?: number
  /** The first animation frame after that. */
  frame?: number
}

/** Arms one tap measurement on the item `selector` (in the frame that will be clicked). */
export function armTap(selector: string): void {
  const item = document.querySelector(selector)
  const check = item?.querySelector('[class$="--check"]')
  if (!item || !check) throw new Error(`no item ${selector} with a check mark`)
  const before = check.textContent
  const tap: TapMarks = {}
  ;(window as unknown as { __benchTap: TapMarks }).__benchTap = tap
  window.addEventListener('click', (e) => (tap.event = e.timeStamp), { capture: true, once: true })
  const observer = new MutationObserver(() => {
    const now = item.querySelector('[class$="--check"]')
    if (tap.updated !== undefined || now?.textContent === before) return
    tap.updated = performance.now()
    observer.disconnect()
    requestAnimationFrame(() => (tap.frame = performance.now()))
  })
  observer.observe(item, { subtree: true, childList: true, characterData: true, attributes: true })
}

export const readTap = (): TapMarks | undefined =>
  (window as unknown as { __benchTap?: TapMarks }).__benchTap

/** When the simulator page reached each step of its start (ms since navigation start), read
 *  from Resource Timing: its first request of its own (main.ts runs), the package, the view. */
export interface PagePhases {
  /** main.ts runs: its `mpsim:script` mark (or, an older page, its /__mpsim/info.json request). */
  modulesRun?: number
  /** The last file of the build (`/__mpsim/build/…`, `/__mpsim/builds/<version>/…`) arrived. */
  packageFetched?: number
  /** The first page's view frame was requested (the page starts it early, beside the package). */
  frameOpened?: number
  /** Requests of the page (its modules, its worker's, the package). */
  requests: number
}

export function readPagePhases(): PagePhases {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
  const path = (e: PerformanceResourceTiming) => new URL(e.name).pathname
  // `/__mpsim/build/`, or a version's `/__mpsim/builds/<version>/`
  const build = entries.filter((e) => /^\/__mpsim\/builds?\//.test(path(e)))
  return {
    modulesRun:
      performance.getEntriesByName('mpsim:script')[0]?.startTime ??
      entries.find((e) => path(e) === '/__mpsim/info.json')?.startTime,
    packageFetched: build.length ? Math.max(...build.map((e) => e.responseEnd)) : undefined,
    frameOpened: entries.find((e) => path(e) === '/__mpsim/view.html')?.startTime,
    requests: entries.length,
  }
}

/** The view frame: its module graph ran (DOMContentLoaded), and how many requests it made. */
export function readFramePhases(): { modulesRun?: number; requests: number } {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
  const requests = performance.getEntriesByType('resource').length
  return {
    modulesRun: nav?.domContentLoadedEventStart || undefined,
    requests,
  }
}

/**
 * The current view frame's clock (`timeOrigin + now()`) minus the page's at the same instant:
 * pings over a MessageChannel, the one with the shortest round trip, its answer taken as of the
 * trip's middle (error ≤ half that round trip).
 */
export async function frameClockOffset(): Promise<number> {
  const frame = document.querySelector<HTMLIFrameElement>('iframe.mpsim-page-frame[data-current]')
  const target = frame?.contentWindow
  if (!target) throw new Error('no current view frame')
  let best = { rtt: Infinity, offset: 0 }
  for (let i = 0; i < 7; i++) {
    const channel = new MessageChannel()
    const sent = performance.now()
    const answer = new Promise<number>((resolve) => {
      channel.port1.onmessage = (e) => resolve(e.data as number)
    })
    target.postMessage({ __benchClock: true }, '*', [channel.port2])
    const frameNow = await answer
    const back = performance.now()
    const offset = frameNow - (performance.timeOrigin + (sent + back) / 2)
    if (back - sent < best.rtt) best = { rtt: back - sent, offset }
    channel.port1.close()
  }
  return best.offset
}

/** A message the host passed, as its bridge record has it (host clock). */
export interface PassedStep {
  direction: string
  type: string
  sentAt: number
  receivedAt: number
}

/** Entries of the simulator host's bridge record from index `from` on. */
export function recordSince(from: number): { steps: PassedStep[]; next: number } {
  type Entry = PassedStep & Record<string, unknown>
  const host = (window as unknown as { __mpsim?: { host: { record: { entries: Entry[] } } } })
    .__mpsim?.host
  const entries = host?.record.entries ?? []
  const steps = entries.slice(from).map(({ direction, type, sentAt, receivedAt }) => ({
    direction,
    type,
    sentAt,
    receivedAt,
  }))
  return { steps, next: entries.length }
}
