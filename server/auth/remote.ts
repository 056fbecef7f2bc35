// The business server's Authenticator in the Wafer 1 layout: every login and check is a signed
// call to the session service (session-service/service.ts), whose errors come back as the same
// AuthError codes, so the middleware cannot tell the layouts apart.

import { INTERFACES } from '../session-service/service.ts'
import { signedPost } from '../tunnel/signing.ts'
import { AUTH_ERRORS, AuthError, type AuthErrorCode } from './errors.ts'
import type { Authenticator, LoginResult, SessionInfo } from './types.ts'

export function createRemoteAuth(options: {
  appId: string
  url: string
  serviceSecret: string
}): Authenticator {
  const call = async (interfaceName: string, para: Record<string, unknown>) => {
    let answer: Record<string, unknown>
    try {
      answer = await signedPost(options.url, options.serviceSecret, {
        interface: { interfaceName, para },
      })
    } catch (e) {
      throw new AuthError('ERR_PLATFORM', `session service: ${e instanceof Error ? e.message : e}`)
    }
    if (answer.returnCode === 0) return answer.returnData as Record<string, unknown>
    const code = String(answer.returnMessage)
    if (code in AUTH_ERRORS) throw new AuthError(code as AuthErrorCode, detailOf(answer.detail))
    throw new AuthError('ERR_PLATFORM', `session service: ${code}`)
  }
  return {
    appId: options.appId,
    async login(input) {
      const data = await call(INTERFACES.login, {
        code: input.code,
        encrypt_data: input.encryptedData,
        iv: input.iv,
        raw_data: input.rawData,
        signature: input.signature,
      })
      return { skey: data.skey, session: data.session } as LoginResult
    },
    check: async (skey) => (await call(INTERFACES.check, { skey })).session as SessionInfo,
    revoke: async (skey) => void (await call(INTERFACES.revoke, { skey })),
    close: async () => {},
  }
}

/** The part of the service's message after the code's own text. */
function detailOf(detail: unknown): string | undefined {
  if (typeof detail !== 'string') return undefined
  const cut = detail.indexOf(': ')
  return cut < 0 ? undefined : detail.slice(cut + 2)
}
