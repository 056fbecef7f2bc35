// What a login or a session check can fail with. Each code has one HTTP status and one message;
// the client SDK logs in again (once) on the session codes.

export const AUTH_ERRORS = {
  ERR_LOGIN_FAILED: [401, 'the platform refused the login code'],
  ERR_PLATFORM: [502, 'the platform could not be reached'],
  ERR_USER_DATA: [400, 'user data does not match the session (signature, decryption or appid)'],
  ERR_SESSION_MISSING: [401, 'no session token (X-WX-Skey header)'],
  ERR_SESSION_INVALID: [401, 'session token is not valid for this app'],
  ERR_SESSION_EXPIRED: [401, 'session expired or revoked; log in again'],
  ERR_BAD_REQUEST: [400, 'bad request'],
} as const

export type AuthErrorCode = keyof typeof AUTH_ERRORS

export class AuthError extends Error {
  readonly status: number
  constructor(
    readonly code: AuthErrorCode,
    detail?: string,
  ) {
    super(detail ? `${AUTH_ERRORS[code][1]}: ${detail}` : AUTH_ERRORS[code][1])
    this.status = AUTH_ERRORS[code][0]
  }
}

/** The JSON an HTTP answer carries for an error (Wafer's shape: code -1 and an error name). */
export function errorBody(e: AuthError) {
  return { code: -1, error: e.code, message: e.message }
}
