// Messages reaching the host: from logic (wx calls, page data, setData, logs, errors, evaluate
// answers) and from views (renders, user events, navigators, scrolls), each sent on to the
// party that handles it.

import { decodePatch, fromWireError, type PendingCalls } from '../../bridge/index.ts'
import type {
  ApiResult,
  HostToLogic,
  HostToView,
  LogEntry,
  LogicToHost,
  ViewToHost,
} from '../../bridge/protocol.ts'
import type { ApiRegistry } from './apis/index.ts'
import type { MockResult } from './host-apis.ts'
import { hostError, type HostError } from './logs.ts'
import type { PageEffects } from './page-effects.ts'
import type { PageStack } from './pages/index.ts'
import { scrollOptions, type PullDownRefresh } from './pull-down.ts'
import type { PageViews } from './views.ts'
import type { Waiters } from './waiters.ts'

/** What the message handlers reach of the host. */
export interface HostLink {
  logs: LogEntry[]
  errors: HostError[]
  mocks: Map<string, MockResult>
  registry: ApiRegistry
  views: PageViews
  stack: PageStack
  pages: PageEffects
  pullDown: PullDownRefresh
  waiters: Waiters
  evals: PendingCalls<unknown>
  queries: PendingCalls<unknown[]>
  /** callIds of settle probes (their answers are not app traffic). */
  barriers: Set<number>
  pendingSetData: Map<number, number>
  toLogic(message: HostToLogic): void
  toView(webviewId: number, message: HostToView): void
  track<T>(work: Promise<T>): Promise<T>
}

/** APIs that wait for the user: settling does not wait for them. */
const USER_APIS = new Set(['showModal', 'showActionSheet'])
const NAVIGATOR_APIS: Record<
  string,
  'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack'
> = {
  navigate: 'navigateTo',
  navigateTo: 'navigateTo',
  redirect: 'redirectTo',
  redirectTo: 'redirectTo',
  switchTab: 'switchTab',
  reLaunch: 'reLaunch',
  navigateBack: 'navigateBack',
}

export function fromLogic(host: HostLink, m: LogicToHost): void {
  switch (m.type) {
    case 'ready':
      return host.waiters.resolve('ready')
    case 'invoke':
      return invoke(host, m)
    case 'pageData':
      if (m.reload) return void host.views.hotUpdate(m.webviewId, m.data)
      host.pages.dataArrived(m.webviewId)
      host.views.mount(
        m.webviewId,
        m.instanceId,
        m.data,
        scrollOptions(host.stack.window(m.webviewId), m.listens),
      )
      return
    case 'setData':
      return setData(host, m)
    case 'defineComponents':
      for (const page of host.views.all()) host.toView(page.webviewId, m)
      return
    case 'triggerEvent': {
      const { webviewId, ...rest } = m
      if (host.views.get(webviewId)) host.toView(webviewId, rest)
      return
    }
    case 'log':
      host.logs.push(m.entry)
      return
    case 'error':
      host.errors.push(hostError('logic', m.error, m.where, m.location))
      if (m.where === 'at pageCreate') host.pages.pageCreateFailed(m.error.message)
      return
    case 'evaluateResult':
      host.barriers.delete(m.callId)
      if (m.ok) host.evals.resolve(m.callId, m.value)
      else host.evals.reject(m.callId, fromWireError(m.error ?? { name: 'Error', message: '' }))
      return
  }
}

export function fromView(host: HostLink, webviewId: number, m: ViewToHost): void {
  switch (m.type) {
    case 'firstRender':
      return host.waiters.resolve(`firstRender:${webviewId}`)
    case 'hotUpdated':
      return host.waiters.resolve(`hotUpdated:${webviewId}`)
    case 'event':
    case 'modelChange':
    case 'instances':
    case 'properties':
      return host.toLogic({ ...m, webviewId })
    case 'setDataDone': {
      const left = (host.pendingSetData.get(webviewId) ?? 1) - 1
      host.pendingSetData.set(webviewId, Math.max(0, left))
      return host.toLogic({ type: 'setDataDone', webviewId, callId: m.callId })
    }
    case 'selectorQueryResult':
      return void host.queries.resolve(m.queryId, m.results)
    case 'canvasDrawn':
      return void host.queries.resolve(m.queryId, [m.drawn])
    case 'navigate':
      return navigate(host, m.openType, m.url, m.delta)
    case 'scroll':
      return host.toLogic({
        type: 'pageLifecycle',
        webviewId,
        name: 'onPageScroll',
        args: [{ scrollTop: m.scrollTop }],
      })
    case 'reachBottom':
      return host.toLogic({ type: 'pageLifecycle', webviewId, name: 'onReachBottom', args: [] })
    case 'pullDownRefresh':
      return host.pullDown.start(webviewId)
    case 'log':
      host.logs.push({ ...m.entry, source: `view:${webviewId}` })
      return
    case 'error':
      host.errors.push(hostError(`view:${webviewId}`, m.error, m.where))
      return
    case 'viewReady':
      return
  }
}

function invoke(host: HostLink, m: Extract<LogicToHost, { type: 'invoke' }>): void {
  const waitsForUser = USER_APIS.has(m.api)
  const mock = host.mocks.get(m.api)
  const run =
    mock !== undefined
      ? mockAnswer(m.api, mock, m.args)
      : host.registry.invoke(m.api, m.args, m.callId)
  const answer = run.catch((e: unknown) => ({ errMsg: `${m.api}:fail ${messageOf(e)}` }))
  const sent = answer.then((result) =>
    host.toLogic({ type: 'invokeResult', callId: m.callId, result }),
  )
  if (!waitsForUser) void host.track(sent)
}

function setData(host: HostLink, m: Extract<LogicToHost, { type: 'setData' }>): void {
  if (!host.views.get(m.webviewId)) return // the page is gone; nothing renders it
  host.pendingSetData.set(m.webviewId, (host.pendingSetData.get(m.webviewId) ?? 0) + 1)
  const patch = decodePatch(m.patch)
  const { instanceId, callId, traceId } = m
  // traceId (while recording): the view times event → DOM update
  host.toView(m.webviewId, {
    type: 'setData',
    instanceId,
    patch,
    callId,
    ...(traceId !== undefined && { traceId }),
  })
}

function navigate(host: HostLink, openType: string, url: string, delta: number | undefined): void {
  const api = NAVIGATOR_APIS[openType]
  if (!api) {
    host.logs.push({
      level: 'warn',
      args: [`navigator open-type "${openType}" is not supported`],
      source: 'host',
      time: Date.now(),
    })
    return
  }
  void host.track(host.stack[api]({ url, delta }))
}

async function mockAnswer(api: string, mock: MockResult, args: unknown): Promise<ApiResult> {
  const value: unknown = typeof mock === 'function' ? await mock(isObject(args) ? args : {}) : mock
  if (isObject(value) && typeof value.errMsg === 'string') return value as ApiResult
  return { errMsg: `${api}:ok`, ...(isObject(value) ? value : { result: value }) }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
