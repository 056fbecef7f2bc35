// The route APIs' errMsg strings, exactly as the platform writes them. Where each was found:
// - `navigateTo:fail webview count limit exceed`: steedos/mini-vip#249 (device log), Taro docs.
// - `navigateTo:fail can not navigateTo a tabbar page`: alibaba/rax#2083;
//   `redirectTo:fail can not redirectTo a tabbar page`: NervJS/taro#525 (device logs).
// - `switchTab:fail can not switch to no-tabBar page`: compared against in shipped mini-program
//   code (code search); uni-app's WeChat-compatible router uses the same words.
// - `<api>:fail page "<resolved path>?<query as written>" is not found`: device logs quoted in
//   real projects (navigateTo with a query, switchTab, reLaunch).
// - `navigateBack:fail cannot navigate back at first page.` (with the full stop):
//   zyb718116577/wxmusic#9.
// - `<api>:fail parameter error: parameter.url should be String instead of Undefined;`:
//   the platform's parameter check (device log for uploadFile with Null, same format).

import type { ApiResult } from '../../../bridge/protocol.ts'

export function ok(api: string): ApiResult {
  return { errMsg: `${api}:ok` }
}

export function fail(api: string, reason: string): ApiResult {
  return { errMsg: `${api}:fail ${reason}` }
}

export const reasons = {
  limit: 'webview count limit exceed',
  tabTarget: (api: string) => `can not ${api} a tabbar page`,
  notTab: 'can not switch to no-tabBar page',
  notFound: (route: string, queryString: string) =>
    `page "${queryString ? `${route}?${queryString}` : route}" is not found`,
  firstPage: 'cannot navigate back at first page.',
  urlType: (value: unknown) =>
    `parameter error: parameter.url should be String instead of ${typeName(value)};`,
}

/** The platform names types the way Object.prototype.toString does: Undefined, Null, Number. */
function typeName(value: unknown): string {
  return Object.prototype.toString.call(value).slice(8, -1)
}
