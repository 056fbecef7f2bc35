// The one interface the middleware is written against: the business server does the login
// itself (Wafer 2, local.ts) or asks a session service (Wafer 1, remote.ts).

export interface LoginInput {
  code: string
  encryptedData?: string
  iv?: string
  rawData?: string
  signature?: string
}

/** What the server's handlers learn about the caller; no session key in it. */
export interface SessionInfo {
  openid: string
  unionid?: string
  userInfo?: Record<string, unknown>
  expiresAt: number
}

export interface LoginResult {
  /** The app's own session token, sent back in X-WX-Skey. */
  skey: string
  session: SessionInfo
}

export interface Authenticator {
  readonly appId: string
  login(input: LoginInput): Promise<LoginResult>
  /** The token's session; throws AuthError (ERR_SESSION_*) otherwise. */
  check(skey: string | undefined): Promise<SessionInfo>
  revoke(skey: string): Promise<void>
  close(): Promise<void>
}
