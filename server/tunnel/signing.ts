// Signed HTTP between the business server and the tunnel service, both ways (the push API and
// the callbacks): header `x-mpsim-signature: t=<ms>,s=<hmac-sha256(secret, t + "." + body)>`.
// A missing or wrong signature, or one more than 5 minutes off, is refused.

import { hmac, sameText } from '../crypto.ts'

export const SIGNATURE_HEADER = 'x-mpsim-signature'
const MAX_SKEW_MS = 5 * 60 * 1000

export function signature(secret: string, body: string, now = Date.now()): string {
  return `t=${now},s=${hmac(secret, `${now}.${body}`)}`
}

/** Why a request's signature is refused, or null when it is right. */
export function signatureProblem(
  secret: string,
  header: string | string[] | undefined,
  body: string,
  now = Date.now(),
): string | null {
  if (typeof header !== 'string' || !header) return 'missing signature'
  const match = /^t=(\d+),s=([\w-]+)$/.exec(header)
  if (!match) return 'malformed signature'
  const time = Number(match[1])
  if (Math.abs(now - time) > MAX_SKEW_MS) return 'signature timestamp out of range'
  return sameText(hmac(secret, `${time}.${body}`), match[2]!) ? null : 'wrong signature'
}

export async function signedPost(url: string, secret: string, payload: unknown) {
  const body = JSON.stringify(payload)
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature(secret, body) },
    body,
  })
  const text = await res.text()
  let answer: Record<string, unknown> = {}
  try {
    answer = JSON.parse(text) as Record<string, unknown>
  } catch {
    answer = { message: text }
  }
  const why = answer.message ?? answer.returnMessage ?? answer.error ?? ''
  if (!res.ok) throw new Error(`${url}: ${res.status} ${why}`)
  return answer
}
