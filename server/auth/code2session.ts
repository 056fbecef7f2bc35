// The server's call to the platform: jscode2session, at api.weixin.qq.com or at `mpsim platform`.

import { AuthError } from './errors.ts'

export const WECHAT_API = 'https://api.weixin.qq.com'

export interface PlatformSession {
  openid: string
  session_key: string
  unionid?: string
}

export async function code2Session(
  platformUrl: string,
  appId: string,
  secret: string,
  code: string,
): Promise<PlatformSession> {
  const url = new URL('/sns/jscode2session', platformUrl)
  url.search = new URLSearchParams({
    appid: appId,
    secret,
    js_code: code,
    grant_type: 'authorization_code',
  }).toString()
  let answer: Record<string, unknown>
  try {
    answer = (await (await fetch(url)).json()) as Record<string, unknown>
  } catch (e) {
    throw new AuthError('ERR_PLATFORM', e instanceof Error ? e.message : String(e))
  }
  if (typeof answer.openid === 'string' && typeof answer.session_key === 'string')
    return answer as unknown as PlatformSession
  // errmsg is the platform's own text; it never echoes the code or the secret.
  throw new AuthError('ERR_LOGIN_FAILED', `errcode ${answer.errcode}: ${answer.errmsg}`)
}
