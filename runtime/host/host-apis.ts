// The APIs only the host as a whole can answer, added to the registry: routes (the page stack),
// `SelectorQuery.exec` and `pageScrollTo` (the page's view answers or acts).

import type { ApiResult } from '../../bridge/protocol.ts'
import type { CanvasAction, SelectorRequest } from '../../bridge/protocol.ts'
import type { Host } from './host.ts'
import { routeApis } from './pages/index.ts'

/** A host-side mock of a wx API: its result, or a function of the call's arguments. */
export type MockResult = Record<string, unknown> | ((args: Record<string, unknown>) => unknown)

export function registerHostApis(host: Host): void {
  const { registry, stack } = host
  for (const [api, run] of Object.entries(routeApis(stack)))
    registry.register(api, (args) => run(args))
  registry.register('SelectorQuery.exec', (args) => selectorQuery(host, args))
  registry.register('pageScrollTo', (args) => pageScrollTo(host, args))
  registry.register('CanvasContext.draw', (args) => canvasDraw(host, args))
  registry.register('startPullDownRefresh', () => host.pullDown.api('startPullDownRefresh'))
  registry.register('stopPullDownRefresh', () => host.pullDown.api('stopPullDownRefresh'))
  registry.register('loadSubpackage', (args) => loadSubpackage(host, args))
}

/** `wx.loadSubpackage` (and `require.async`, which calls it with the module's package root). */
async function loadSubpackage(host: Host, args: Record<string, unknown>): Promise<ApiResult> {
  const name =
    typeof args.name === 'string' ? args.name : typeof args.root === 'string' ? args.root : ''
  if (!name) return { errMsg: 'loadSubpackage:fail name is required' }
  try {
    await host.pages.subpackages.load(name)
    return { errMsg: 'loadSubpackage:ok' }
  } catch (error) {
    return {
      errMsg: `loadSubpackage:fail ${error instanceof Error ? error.message : String(error)}`,
    }
  }
}

async function selectorQuery(host: Host, args: Record<string, unknown>): Promise<ApiResult> {
  const webviewId =
    typeof args.webviewId === 'number' ? args.webviewId : host.stack.current()?.webviewId
  const requests = (Array.isArray(args.requests) ? args.requests : []) as SelectorRequest[]
  if (webviewId === undefined || !host.views.get(webviewId))
    return { errMsg: 'SelectorQuery.exec:fail no page to query', results: requests.map(() => null) }
  const results = await host.queries.start(`selectorQuery on webview ${webviewId}`, (queryId) =>
    host.toView(webviewId, { type: 'selectorQuery', queryId, requests }),
  )
  return { errMsg: 'SelectorQuery.exec:ok', results }
}

async function canvasDraw(host: Host, args: Record<string, unknown>): Promise<ApiResult> {
  const webviewId =
    typeof args.webviewId === 'number' ? args.webviewId : host.stack.current()?.webviewId
  if (webviewId === undefined || !host.views.get(webviewId))
    return { errMsg: 'drawCanvas:fail no page to draw in' }
  const canvasId = String(args.canvasId)
  const [drawn] = await host.queries.start(
    `draw canvas ${canvasId} on webview ${webviewId}`,
    (id) =>
      host.toView(webviewId, {
        type: 'canvasDraw',
        queryId: id,
        instanceId: typeof args.instanceId === 'number' ? args.instanceId : null,
        canvasId,
        reserve: args.reserve === true,
        actions: (Array.isArray(args.actions) ? args.actions : []) as CanvasAction[],
      }),
  )
  // the platform's wording when the canvas-id names no canvas
  return { errMsg: drawn ? 'drawCanvas:ok' : `drawCanvas:fail canvas ${canvasId} not found` }
}

function pageScrollTo(host: Host, args: Record<string, unknown>): ApiResult {
  const webviewId = host.stack.current()?.webviewId
  if (webviewId === undefined || !host.views.get(webviewId))
    return { errMsg: 'pageScrollTo:fail no page is shown' }
  const scrollTop = typeof args.scrollTop === 'number' ? args.scrollTop : undefined
  const selector = typeof args.selector === 'string' ? args.selector : undefined
  const duration = typeof args.duration === 'number' ? args.duration : 300
  host.toView(webviewId, { type: 'pageScrollTo', scrollTop, selector, duration })
  return { errMsg: 'pageScrollTo:ok' }
}
