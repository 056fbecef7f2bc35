// The host's page stack and routing: a pure state machine any home (headless, browser) drives.

export { PageStack } from './stack.ts'
export { routeApis, ROUTE_APIS, type RouteApi } from './apis.ts'
export { RouteTable, DEFAULT_WINDOW, type StackAppConfig } from './config.ts'
export { parseUrl, parseQuery, resolvePath, type ParsedUrl } from './url.ts'
export { reasons as routeErrors } from './errors.ts'
export type {
  OpenType,
  PageInfo,
  PageStackEffects,
  PageStackOptions,
  PageStackSnapshot,
  RouteArgs,
  TabBarState,
  TabItem,
} from './types.ts'
