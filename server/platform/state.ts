// The simulated WeChat platform's memory: which apps exist (appid → secret), the codes it
// handed to clients, and each user's session key per app. Rules as the platform applies them
// to jscode2session: a code lives 5 minutes and is good once; errors carry the platform's
// errcode and errmsg (with a request id, as the real answers do).

import { createHash, randomBytes } from 'node:crypto'
import { profileOf, signUserInfo } from '../../runtime/host/apis/user-info.ts'

export const CODE_TTL_MS = 5 * 60 * 1000
/** code2Session frequency limit per user per minute. */
export const RATE_PER_MINUTE = 100

export interface PlatformOptions {
  /** appid → appsecret */
  apps: Record<string, string>
  codeTtlMs?: number
  ratePerMinute?: number
  now?: () => number
}

export type PlatformError = { errcode: number; errmsg: string }
export type Code2Session = { openid: string; session_key: string; unionid: string }

export const ERRORS = {
  40013: 'invalid appid',
  40125: 'invalid appsecret',
  40029: 'invalid code',
  40163: 'code been used',
  45011: 'api minute-quota reach limit  mustslower  retry next minute',
  40002: 'invalid grant_type',
  41002: 'appid missing',
  41004: 'appsecret missing',
  41008: 'missing code',
} as const

export function platformError(errcode: keyof typeof ERRORS): PlatformError {
  return { errcode, errmsg: `${ERRORS[errcode]}, rid: ${randomBytes(6).toString('hex')}` }
}

interface IssuedCode {
  appid: string
  user: string
  expiresAt: number
  used: boolean
}

export class PlatformState {
  readonly #codes = new Map<string, IssuedCode>()
  readonly #sessionKeys = new Map<string, string>()
  readonly #calls = new Map<string, number[]>()
  readonly #now: () => number
  constructor(readonly options: PlatformOptions) {
    this.#now = options.now ?? Date.now
  }

  /** What the client (wx.login) gets: a fresh code and a fresh session key for the user. */
  issueCode(appid: string, user: string): { code: string } | PlatformError {
    if (!(appid in this.options.apps)) return platformError(40013)
    const code = randomBytes(16).toString('hex')
    const ttl = this.options.codeTtlMs ?? CODE_TTL_MS
    this.#codes.set(code, { appid, user, expiresAt: this.#now() + ttl, used: false })
    this.#sessionKeys.set(`${appid}\n${user}`, randomBytes(16).toString('base64'))
    this.#dropExpired()
    return { code }
  }

  code2Session(q: Record<string, string | undefined>): Code2Session | PlatformError {
    if (!q.appid) return platformError(41002)
    if (!q.secret) return platformError(41004)
    if (!q.js_code) return platformError(41008)
    if (q.grant_type !== undefined && q.grant_type !== 'authorization_code')
      return platformError(40002)
    const secret = this.options.apps[q.appid]
    if (secret === undefined) return platformError(40013)
    if (secret !== q.secret) return platformError(40125)
    const issued = this.#codes.get(q.js_code)
    if (!issued || issued.appid !== q.appid || this.#now() > issued.expiresAt)
      return platformError(40029)
    if (issued.used) return platformError(40163)
    if (!this.#withinRate(`${q.appid}\n${issued.user}`)) return platformError(45011)
    issued.used = true
    return {
      openid: this.openid(q.appid, issued.user),
      session_key: this.#sessionKeys.get(`${q.appid}\n${issued.user}`) ?? '',
      unionid: `o${digest(`union:${issued.user}`).slice(0, 27)}`,
    }
  }

  hasSession(appid: string, user: string): boolean {
    return this.#sessionKeys.has(`${appid}\n${user}`)
  }

  async userInfo(appid: string, user: string, lang?: string) {
    if (!(appid in this.options.apps)) return platformError(40013)
    const profile = profileOf(user, lang)
    const key = this.#sessionKeys.get(`${appid}\n${user}`)
    if (!key) return { userInfo: profile, rawData: JSON.stringify(profile) }
    return signUserInfo(appid, key, profile, this.openid(appid, user), this.#now())
  }

  openid(appid: string, user: string): string {
    return `o${digest(`${appid}:${user}`).slice(0, 27)}`
  }

  #withinRate(key: string): boolean {
    const now = this.#now()
    const recent = (this.#calls.get(key) ?? []).filter((t) => now - t < 60_000)
    const allowed = recent.length < (this.options.ratePerMinute ?? RATE_PER_MINUTE)
    if (allowed) recent.push(now)
    this.#calls.set(key, recent)
    return allowed
  }

  #dropExpired(): void {
    if (this.#codes.size < 10_000) return
    const now = this.#now()
    for (const [code, issued] of this.#codes) if (now > issued.expiresAt) this.#codes.delete(code)
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url')
}
