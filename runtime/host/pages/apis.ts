// The route APIs as host API handlers (runtime/host/apis registry: `register(name, handler)`),
// so `wx.navigateTo` & co. reach the page stack like any other invoke.

import type { ApiResult } from '../../../bridge/protocol.ts'
import type { PageStack } from './stack.ts'

export const ROUTE_APIS = [
  'navigateTo',
  'redirectTo',
  'navigateBack',
  'switchTab',
  'reLaunch',
] as const

export type RouteApi = (typeof ROUTE_APIS)[number]

/** One handler per route API; each takes the `wx.*` argument object (callbacks removed). */
export function routeApis(
  stack: PageStack,
): Record<RouteApi, (args?: unknown) => Promise<ApiResult>> {
  const table = {} as Record<RouteApi, (args?: unknown) => Promise<ApiResult>>
  for (const api of ROUTE_APIS) table[api] = (args) => stack[api](isObject(args) ? args : {})
  return table
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
