// wx.login and wx.checkSession against a simulated WeChat platform. `wx.login` gets a one-time
// code tied to the appId; a backend (a later issue) exchanges it through `exchangeCode`, as a
// real server calls `jscode2session`. The platform's rules kept here: a code is valid for
// 5 minutes and can be used once (errcode 40029 "invalid code", 40163 "code been used").

import { base64url, hex, randomBytes, sha256 } from './sha256.ts'
import type { Clock } from './clock.ts'
import { systemClock } from './clock.ts'
import { type ApiTable, fail, ok } from './types.ts'

export const CODE_TTL_MS = 5 * 60 * 1000

export interface LoginCodeIssuer {
  /** A fresh code for the app's current user. */
  issueCode(appId: string): string
  /** Whether the user's login session for this app is still valid (checkSession). */
  hasSession(appId: string): boolean
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
  login: (_args, ctx) => ok('login', { code: ctx.login.issueCode(ctx.appId) }),
  // Wording seen from clients: "checkSession:fail session time out, need relogin".
  checkSession: (_args, ctx) =>
    ctx.login.hasSession(ctx.appId)
      ? ok('checkSession')
      : fail('checkSession', 'session time out, need relogin'),
}
