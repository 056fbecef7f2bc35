// The cryptography of a login: check rawData's signature and decrypt encryptedData with the
// user's session key (the platform's scheme: sha1 and AES-128-CBC), and sign the app's own session
// tokens. Comparisons are constant-time.

import { createDecipheriv, createHash, createHmac, timingSafeEqual } from 'node:crypto'

export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** rawData's signature is sha1(rawData + session_key), in hex. */
export function verifyRawData(rawData: string, signature: string, sessionKey: string): boolean {
  const expected = createHash('sha1')
    .update(rawData + sessionKey)
    .digest('hex')
  return sameText(expected, signature)
}

/** Decrypts encryptedData; null when the key, iv or data do not fit (tampered or another key). */
export function decryptUserData(
  encryptedData: string,
  iv: string,
  sessionKey: string,
): Record<string, unknown> | null {
  try {
    const key = Buffer.from(sessionKey, 'base64')
    const decipher = createDecipheriv('aes-128-cbc', key, Buffer.from(iv, 'base64'))
    const plain = Buffer.concat([
      decipher.update(Buffer.from(encryptedData, 'base64')),
      decipher.final(),
    ])
    const value: unknown = JSON.parse(plain.toString('utf8'))
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

export function hmac(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text).digest('base64url')
}

export interface TokenClaims {
  /** The app the token was issued for. */
  app: string
  /** Session id in the store. */
  sid: string
  /** Expiry, ms since the epoch. */
  exp: number
}

/** `v1.<claims>.<mac>`: the mac covers the app id, so a token of another app never checks. */
export function signToken(secret: string, claims: TokenClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `v1.${body}.${hmac(secret, `${claims.app}.${body}`)}`
}

/** The claims of a token whose mac is right for `app`, else null. */
export function readToken(secret: string, app: string, token: string): TokenClaims | null {
  const [version, body, mac] = token.split('.')
  if (version !== 'v1' || !body || !mac || !sameText(hmac(secret, `${app}.${body}`), mac))
    return null
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenClaims
    return claims.app === app && typeof claims.sid === 'string' && typeof claims.exp === 'number'
      ? claims
      : null
  } catch {
    return null
  }
}
