// A fake host for in-process tests: builds a real logic bundle from source files with the
// compiler, starts the runtime on a direct port, records what logic sends and answers `invoke`
// calls with a test-supplied function.

import type { ApiResult, HostToLogic, LogicToHost } from '../../../bridge/protocol.ts'
import { decodePatch } from '../../../bridge/wire.ts'
import { buildLogicBundle } from '../../../compiler/logic/index.ts'
import { startLogic } from '../index.ts'
import type { LogicRuntime } from '../runtime.ts'

type Of<T extends LogicToHost['type']> = Extract<LogicToHost, { type: T }>

export interface FakeHostOptions {
  /** Module ids required after app.js (default: every `pages/…` file, in the given order). */
  pages?: string[]
  appConfig?: Record<string, unknown>
  storage?: Record<string, unknown>
  systemInfo?: Record<string, unknown>
  path?: string
  query?: Record<string, string>
  /** Answers `invoke`; undefined leaves the call pending. */
  answer?: (api: string, args: Record<string, unknown>, callId: number) => ApiResult | undefined
}

export class FakeHost {
  readonly sent: LogicToHost[] = []
  private handler: ((m: HostToLogic) => void) | null = null
  runtime!: LogicRuntime

  constructor(private readonly answer?: FakeHostOptions['answer']) {}

  readonly port = {
    post: (m: LogicToHost) => {
      this.sent.push(m)
      if (m.type === 'invoke' && this.answer) {
        const res = this.answer(m.api, (m.args ?? {}) as Record<string, unknown>, m.callId)
        if (res)
          queueMicrotask(() => this.send({ type: 'invokeResult', callId: m.callId, result: res }))
      }
    },
    onMessage: (h: (m: HostToLogic) => void) => {
      this.handler = h
    },
  }

  send(m: HostToLogic): void {
    this.handler!(m)
  }

  of<T extends LogicToHost['type']>(type: T): Array<Of<T>> {
    return this.sent.filter((m): m is Of<T> => m.type === type)
  }

  /** The setData patches sent so far, decoded as the host or a view reads them. */
  patches(): Array<Record<string, unknown>> {
    return this.of('setData').map((m) => decodePatch(m.patch))
  }

  /** Text of the log entries at `level` (warnings, errors…). */
  logs(level: string): string[] {
    return this.of('log')
      .filter((m) => m.entry.level === level)
      .map((m) => m.entry.args.map(String).join(' '))
  }

  createPage(webviewId: number, route: string, query: Record<string, string> = {}): void {
    this.send({ type: 'pageCreate', webviewId, route, query })
  }

  lifecycle(
    webviewId: number,
    name: Extract<HostToLogic, { type: 'pageLifecycle' }>['name'],
    args: unknown[] = [],
  ): void {
    this.send({ type: 'pageLifecycle', webviewId, name, args })
  }

  tap(webviewId: number, handler: string, dataset: Record<string, unknown> = {}): void {
    const target = { id: '', dataset }
    this.send({
      type: 'event',
      webviewId,
      instanceId: 0,
      handler,
      event: {
        type: 'tap',
        timeStamp: 1,
        target,
        currentTarget: target,
        detail: { x: 1, y: 2 },
        touches: [],
        changedTouches: [],
        mark: {},
      },
    })
  }
}

/** Builds `files` into a bundle, starts logic on a fake host and launches it. */
export async function launchApp(files: Record<string, string>, opts: FakeHostOptions = {}) {
  const sources = Object.entries(files).map(([file, source]) => ({ file, source }))
  const pages = opts.pages ?? Object.keys(files).filter((f) => f.startsWith('pages/'))
  const errors: unknown[] = []
  const bundle = await buildLogicBundle(sources, ['app.js', ...pages], (e) => errors.push(e))
  if (errors.length) throw new Error(`bundle errors: ${JSON.stringify(errors)}`)
  const host = new FakeHost(opts.answer)
  host.runtime = startLogic(host.port, { localConsole: false })
  host.send({
    type: 'launch',
    appConfig: opts.appConfig ?? { pages: pages.map((p) => p.replace(/\.js$/, '')) },
    path: opts.path ?? 'pages/index/index',
    query: opts.query ?? {},
    scene: 1001,
    bundle: { code: bundle.code, map: bundle.map },
    storage: opts.storage,
    systemInfo: opts.systemInfo,
  })
  return host
}

/** Lets queued microtasks (answers, promise callbacks) run. */
export const flush = () => new Promise((r) => setTimeout(r, 0))
