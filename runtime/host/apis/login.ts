// wx.login and wx.checkSession against a simulated WeChat platform. `wx.login` gets a one-time
// code tied to the appId; a backend (a later issue) exchanges it through `exchangeCode`, as a
// real server calls `jscode2session`. The platform's rules kept here: a code is valid for
// 5 minutes and can be used once (errcode 40029 "invalid code", 40163 "code been used").
// A launch given a platform service (`mpsim platform`) gets codes from it instead: login-remote.ts.

import { base64url, hex, randomBytes, sha256 } from './sha256.ts'
import type { Clock } from './clock.ts'
import { systemClock } from './clock.ts'
import { type ApiContext, type ApiTable, fail, ok } from './types.ts'
import { type SignedUserInfo, profileOf, signUserInfo } from './user-info.ts'

export const CODE_TTL_MS = 5 * 60 * 1000

export interface LoginCodeIssuer {
  /** A fresh code for the app's current user. */
  issueCode(appId: string): string | Promise<string>
  /** Whether the user's login session for this app is still valid (checkSession). */
  hasSession(appId: string): boolean | Promise<boolean>
  /** The user's profile, signed and encrypted with the current session key (user-info.ts);
   *  only `userInfo` and `rawData` when the user has no session. */
  userInfo?(appId: string, language?: string): Promise<Partial<SignedUserInfo>>
}

export type SessionResult =
  { openid: string; session_key: string; unionid?: string } | { errcode: number; errmsg: string }

export interface SimulatedPlatform extends LoginCodeIssuer {
  /** jscode2session: trade a code for the user's openid and a session key. */
  exchangeCode(appId: string, code: string): SessionResult
  /** Ends the user's session (checkSession fails until the next login). */
  expireSession(appId: string): void
  /** The simulated user; openids derive from it, so two apps see two openids. */
  readonly userId: string
}

interface IssuedCode {
  appId: string
  expiresAt: number
  used: boolean
}

export function createSimulatedPlatform(
  options: { clock?: Clock; userId?: string; codeTtlMs?: number } = {},
): SimulatedPlatform {
  const clock = options.clock ?? systemClock
  const ttl = options.codeTtlMs ?? CODE_TTL_MS
  const userId = options.userId ?? 'mpsim-user'
  const codes = new Map<string, IssuedCode>()
  const sessions = new Map<string, string>()
  const openid = (appId: string) => `o${hash(`${appId}:${userId}`).slice(0, 27)}`
  return {
    userId,
    issueCode(appId) {
      const code = hex(randomBytes(16))
      codes.set(code, { appId, expiresAt: clock.now() + ttl, used: false })
      sessions.set(appId, btoa(String.fromCharCode(...randomBytes(16))))
      return code
    },
    hasSession: (appId) => sessions.has(appId),
    async userInfo(appId, language) {
      const profile = profileOf(userId, language)
      const key = sessions.get(appId)
      if (!key) return { userInfo: profile, rawData: JSON.stringify(profile) }
      return signUserInfo(appId, key, profile, openid(appId), clock.now())
    },
    expireSession: (appId) => void sessions.delete(appId),
    exchangeCode(appId, code) {
      const issued = codes.get(code)
      if (!issued || issued.appId !== appId || clock.now() > issued.expiresAt)
        return { errcode: 40029, errmsg: 'invalid code' }
      if (issued.used) return { errcode: 40163, errmsg: 'code been used' }
      issued.used = true
      return { openid: openid(appId), session_key: sessions.get(appId) ?? '' }
    },
  }
}

function hash(text: string): string {
  return base64url(sha256(text))
}

export const loginApis: ApiTable = {
  login: (_args, ctx) =>
    platformCall('login', async () => ok('login', { code: await ctx.login.issueCode(ctx.appId) })),
  // Wording seen from clients: "checkSession:fail session time out, need relogin".
  checkSession: (_args, ctx) =>
    platformCall('checkSession', async () =>
      (await ctx.login.hasSession(ctx.appId))
        ? ok('checkSession')
        : fail('checkSession', 'session time out, need relogin'),
    ),
  // The simulated user always allows; getUserProfile needs its `desc` (why the app asks).
  getUserProfile: (args, ctx) => {
    if (typeof args.desc !== 'string' || !args.desc)
      return fail('getUserProfile', 'desc length does not meet the requirements')
    return userInfoApi('getUserProfile', args, ctx)
  },
  getUserInfo: (args, ctx) => userInfoApi('getUserInfo', args, ctx),
}

async function userInfoApi(api: string, args: Record<string, unknown>, ctx: ApiContext) {
  const language = typeof args.lang === 'string' ? args.lang : 'en'
  if (!ctx.login.userInfo) return fail(api, 'not supported by this login platform')
  const login = ctx.login
  return platformCall(api, async () => ok(api, await login.userInfo!(ctx.appId, language)))
}

/** A platform service that is down or refuses becomes the API's fail, never a throw. */
async function platformCall(api: string, call: () => Promise<ReturnType<typeof ok>>) {
  try {
    return await call()
  } catch (e) {
    return fail(api, e instanceof Error ? e.message : String(e))
  }
}
