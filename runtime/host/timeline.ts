// The timeline of a host: every phase of each launch and navigation, on the thread that does
// it (download, verify, unpack on the host; logic inject in logic; view create, view inject,
// first render in the page's view; ready when the page's onReady is sent). Times are the
// host's `performance.now()`. The package loader, the host's record watcher and the loading
// strategies (webview preloading, subpackages) all add to it with `mark`.

export type TimelineThread = 'host' | 'logic' | 'view'

/** Phases mpsim marks itself; others may add their own names. */
export type LoadPhase =
  | 'manifest'
  | 'cache'
  | 'download'
  | 'verify'
  | 'unpack'
  | 'logic-inject'
  | 'view-create'
  | 'view-inject'
  | 'first-render'
  | 'ready'
  | (string & {})

export interface PhaseMark {
  phase: LoadPhase
  thread: TimelineThread
  start: number
  end: number
  /** Which launch of this host (1 = the first; a relaunch or an update counts one more). */
  launch: number
  /** The page route the phase belongs to, when it belongs to one. */
  page?: string
  webviewId?: number
  /** The code package (`__APP__` or a subpackage root), for package phases. */
  package?: string
  /** Anything else worth keeping (bytes, attempts, source of the package). */
  detail?: Record<string, unknown>
}

export type MarkExtra = Pick<PhaseMark, 'page' | 'webviewId' | 'package' | 'detail'>

export interface LaunchInfo {
  launch: number
  /** How the packages were obtained: `cold` (CDN), `hot` (cache), `local` (a build folder). */
  strategy: string
  start: number
}

/** One launch or navigation, phase by phase (ms), with the time to its first render. */
export interface TimingSummary {
  launch: number
  kind: 'launch' | 'navigation'
  page?: string
  webviewId?: number
  strategy: string
  /** Summed duration of each phase. */
  phases: Record<string, number>
  /** From its start to the end of the first render (ms). */
  firstRender?: number
  /** From its start to `ready` (ms). */
  ready?: number
}

export class Timeline {
  readonly marks: PhaseMark[] = []
  readonly launches: LaunchInfo[] = []
  #listeners = new Set<(mark: PhaseMark) => void>()

  now(): number {
    return performance.now()
  }

  /** A new launch starts now (or at `start`): later marks belong to it. */
  beginLaunch(strategy: string, start = this.now()): number {
    const launch = this.launches.length + 1
    this.launches.push({ launch, strategy, start })
    return launch
  }

  /** The launch marks belong to now (0 before any). */
  get launch(): number {
    return this.launches.length
  }

  /** Sets how the current launch got its packages (known once the loader decided). */
  setStrategy(strategy: string): void {
    const current = this.launches.at(-1)
    if (current) current.strategy = strategy
  }

  mark(
    phase: LoadPhase,
    thread: TimelineThread,
    start: number,
    end: number,
    extra: MarkExtra = {},
  ): PhaseMark {
    const mark: PhaseMark = { phase, thread, start, end, launch: this.launch, ...extra }
    this.marks.push(mark)
    for (const listener of this.#listeners) listener(mark)
    return mark
  }

  /** Times `work` as one phase; the mark is made whether it succeeds or fails. */
  async time<T>(
    phase: LoadPhase,
    thread: TimelineThread,
    work: () => Promise<T> | T,
    extra: MarkExtra = {},
  ): Promise<T> {
    const start = this.now()
    try {
      return await work()
    } finally {
      this.mark(phase, thread, start, this.now(), extra)
    }
  }

  onMark(listener: (mark: PhaseMark) => void): () => void {
    this.#listeners.add(listener)
    return () => void this.#listeners.delete(listener)
  }

  /**
   * Each launch and each navigation, phase by phase. A launch holds its package phases (no
   * webview) and the phases of its first page; every later webview is a navigation, timed from
   * its first mark (its view being created).
   */
  summaries(): TimingSummary[] {
    const out: TimingSummary[] = []
    for (const info of this.launches) {
      const marks = this.marks.filter((m) => m.launch === info.launch)
      const pages = [
        ...new Set(marks.flatMap((m) => (m.webviewId === undefined ? [] : [m.webviewId]))),
      ]
      const first = pages[0]
      const launchMarks = marks.filter((m) => m.webviewId === undefined || m.webviewId === first)
      out.push(summarise('launch', info, launchMarks, info.start))
      for (const id of pages.slice(1)) {
        const own = marks.filter((m) => m.webviewId === id)
        out.push(summarise('navigation', info, own, Math.min(...own.map((m) => m.start))))
      }
    }
    return out
  }
}

function summarise(
  kind: TimingSummary['kind'],
  info: LaunchInfo,
  marks: PhaseMark[],
  start: number,
): TimingSummary {
  const phases: Record<string, number> = {}
  for (const m of marks) phases[m.phase] = (phases[m.phase] ?? 0) + (m.end - m.start)
  const paged = marks.find((m) => m.page !== undefined)
  const end = (phase: string) => {
    const found = marks.filter((m) => m.phase === phase)
    return found.length ? Math.max(...found.map((m) => m.end)) - start : undefined
  }
  return {
    launch: info.launch,
    kind,
    page: paged?.page,
    webviewId: paged?.webviewId,
    strategy: info.strategy,
    phases,
    firstRender: end('first-render'),
    ready: end('ready'),
  }
}
