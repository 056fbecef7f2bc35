// Login and sessions inside the business server (Wafer 2): code → jscode2session → a session in
// the store → a signed token bound to the app. User data sent at login is checked (signature)
// and decrypted (watermark must name this app).

import { randomBytes } from 'node:crypto'
import { decryptUserData, readToken, signToken, verifyRawData } from '../crypto.ts'
import type { Logger } from '../http-util.ts'
import { silentLogger } from '../http-util.ts'
import type { Session, SessionStore } from '../store/types.ts'
import { WECHAT_API, code2Session } from './code2session.ts'
import { AuthError } from './errors.ts'
import type { Authenticator, LoginInput, LoginResult, SessionInfo } from './types.ts'

export interface LocalAuthOptions {
  appId: string
  appSecret: string
  store: SessionStore
  /** Key of the session tokens' mac. */
  tokenSecret: string
  /** Default https://api.weixin.qq.com; `mpsim platform`'s URL when simulated. */
  platformUrl?: string
  /** Session lifetime (default 2 hours). */
  ttlMs?: number
  now?: () => number
  log?: Logger
}

export function createLocalAuth(options: LocalAuthOptions): Authenticator {
  const now = options.now ?? Date.now
  const log = options.log ?? silentLogger
  const ttl = options.ttlMs ?? 2 * 60 * 60 * 1000
  const { appId, store, tokenSecret } = options

  async function login(input: LoginInput): Promise<LoginResult> {
    if (typeof input.code !== 'string' || !input.code)
      throw new AuthError('ERR_BAD_REQUEST', 'code missing')
    const platform = options.platformUrl ?? WECHAT_API
    const found = await code2Session(platform, appId, options.appSecret, input.code)
    const userInfo = checkUserData(input, found.session_key, appId)
    const created = now()
    const session: Session = {
      id: randomBytes(18).toString('base64url'),
      appId,
      openid: found.openid,
      unionid: found.unionid,
      sessionKey: found.session_key,
      userInfo,
      createdAt: created,
      expiresAt: created + ttl,
    }
    await store.put(session)
    log('info', `login: ${appId} ${session.openid}`)
    const skey = signToken(tokenSecret, { app: appId, sid: session.id, exp: session.expiresAt })
    return { skey, session: infoOf(session) }
  }

  async function find(skey: string | undefined): Promise<Session> {
    if (!skey) throw new AuthError('ERR_SESSION_MISSING')
    const claims = readToken(tokenSecret, appId, skey)
    if (!claims) throw new AuthError('ERR_SESSION_INVALID')
    if (claims.exp <= now()) throw new AuthError('ERR_SESSION_EXPIRED')
    const session = await store.get(claims.sid, now())
    if (!session || session.appId !== appId) throw new AuthError('ERR_SESSION_EXPIRED')
    return session
  }

  return {
    appId,
    login,
    check: async (skey) => infoOf(await find(skey)),
    async revoke(skey) {
      const session = await find(skey)
      await store.delete(session.id)
      log('info', `revoked: ${appId} ${session.openid}`)
    },
    close: () => store.close(),
  }
}

function infoOf(session: Session): SessionInfo {
  const { openid, unionid, userInfo, expiresAt } = session
  return { openid, unionid, userInfo, expiresAt }
}

/** The profile from encryptedData (preferred) or rawData, checked against the session key. */
function checkUserData(input: LoginInput, sessionKey: string, appId: string) {
  if (input.encryptedData || input.iv) {
    const data = decryptUserData(input.encryptedData ?? '', input.iv ?? '', sessionKey)
    const watermark = data?.watermark as { appid?: string } | undefined
    if (!data || watermark?.appid !== appId)
      throw new AuthError('ERR_USER_DATA', 'encryptedData does not decrypt for this app')
    return data
  }
  if (input.rawData !== undefined || input.signature !== undefined) {
    if (!verifyRawData(input.rawData ?? '', input.signature ?? '', sessionKey))
      throw new AuthError('ERR_USER_DATA', 'rawData signature does not match')
    return JSON.parse(input.rawData ?? '{}') as Record<string, unknown>
  }
  return undefined
}
