// What every framework's middleware does, written once over plain values: the login exchange
// (a JSON body { code, encryptedData?, iv?, rawData?, signature? }) and the session check
// (the X-WX-Skey header). Answers use Wafer's shape: { code: 0, data } or { code: -1, error }.

import { AuthError, errorBody } from '../auth/errors.ts'
import type { Authenticator, LoginInput, SessionInfo } from '../auth/types.ts'
import { HttpError, parseJson } from '../http-util.ts'

export const SKEY_HEADER = 'x-wx-skey'

export interface Answer {
  status: number
  body: unknown
}

export async function loginAnswer(auth: Authenticator, body: unknown): Promise<Answer> {
  try {
    const input = (typeof body === 'string' ? parseJson(body) : (body ?? {})) as LoginInput
    const { skey, session } = await auth.login(input)
    return {
      status: 200,
      body: { code: 0, data: { skey, userInfo: session.userInfo, ...ids(session) } },
    }
  } catch (e) {
    return failure(e)
  }
}

export async function logoutAnswer(auth: Authenticator, skey: unknown): Promise<Answer> {
  try {
    await auth.revoke(headerText(skey) ?? '')
    return { status: 200, body: { code: 0, data: {} } }
  } catch (e) {
    return failure(e)
  }
}

/** The caller's session, or the answer to send instead. */
export async function sessionOrAnswer(
  auth: Authenticator,
  skey: unknown,
): Promise<{ session: SessionInfo } | { answer: Answer }> {
  try {
    return { session: await auth.check(headerText(skey)) }
  } catch (e) {
    return { answer: failure(e) }
  }
}

function ids(session: SessionInfo) {
  return { openid: session.openid, expiresAt: session.expiresAt }
}

function headerText(value: unknown): string | undefined {
  return Array.isArray(value) ? String(value[0]) : typeof value === 'string' ? value : undefined
}

export function failure(e: unknown): Answer {
  if (e instanceof AuthError) return { status: e.status, body: errorBody(e) }
  if (e instanceof HttpError)
    return { status: e.status, body: { code: -1, error: 'ERR_BAD_REQUEST', message: e.message } }
  throw e
}
