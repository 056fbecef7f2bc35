// wx.login against a running platform service (`mpsim platform`, server/platform/): the host
// plays the WeChat client, which asks the platform for a code for its user; the developer's
// server then trades the code through the service's jscode2session. fetch only, so both homes
// can use it. The service's client endpoints are mpsim's own (the real client's are private).

import type { LoginCodeIssuer } from './login.ts'
import type { SignedUserInfo } from './user-info.ts'

export interface PlatformLink {
  /** Base URL of the platform service, e.g. http://127.0.0.1:5780 */
  url: string
  /** Which simulated user is logged in on this client (default `mpsim-user`). */
  user?: string
}

export function createPlatformClient(link: PlatformLink): LoginCodeIssuer {
  const user = link.user ?? 'mpsim-user'
  const call = async (path: string, body: Record<string, unknown>) => {
    const res = await fetch(new URL(path, link.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, user }),
    })
    const answer = (await res.json()) as Record<string, unknown>
    if (typeof answer.errcode === 'number' && answer.errcode !== 0)
      throw new Error(`${answer.errmsg} (errcode ${answer.errcode})`)
    return answer
  }
  return {
    issueCode: async (appid) => (await call('/mpsim/login', { appid })).code as string,
    hasSession: async (appid) => (await call('/mpsim/check_session', { appid })).valid === true,
    userInfo: async (appid, lang) =>
      (await call('/mpsim/user_info', { appid, lang })) as Partial<SignedUserInfo>,
  }
}
