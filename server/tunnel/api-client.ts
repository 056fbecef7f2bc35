// The business server's side of the tunnel: ask for tunnels and push or close through the
// service's signed API, and take its signed callbacks (connect, message, close).

import type { IncomingMessage, ServerResponse } from 'node:http'
import { type Logger, readBody, sendJson, silentLogger } from '../http-util.ts'
import { SIGNATURE_HEADER, signatureProblem, signedPost } from './signing.ts'

export interface TunnelApi {
  /** A new tunnel: its id (keep it with the user) and the URL the client connects to. */
  create(callbackUrl?: string): Promise<{ tunnelId: string; connectUrl: string }>
  /** `invalidTunnelIds`: tunnels this (single) service does not know. */
  send(
    tunnelIds: string[],
    type: string,
    content?: unknown,
  ): Promise<{ invalidTunnelIds: string[] }>
  broadcast(type: string, content?: unknown): Promise<void>
  close(tunnelIds: string[]): Promise<void>
}

export function tunnelApi(options: { url: string; secret: string }): TunnelApi {
  const post = async (path: string, body: unknown) =>
    (await signedPost(options.url + path, options.secret, body)).data as Record<string, unknown>
  return {
    create: async (callbackUrl) =>
      (await post('/tunnels', { callbackUrl })) as { tunnelId: string; connectUrl: string },
    send: async (tunnelIds, type, content) =>
      (await post('/send', { tunnelIds, type, content })) as { invalidTunnelIds: string[] },
    broadcast: async (type, content) => void (await post('/broadcast', { type, content })),
    close: async (tunnelIds) => void (await post('/close', { tunnelIds })),
  }
}

export interface TunnelEvents {
  connect?(tunnelId: string): unknown
  message?(tunnelId: string, type: string, content: unknown): unknown
  close?(tunnelId: string, reason: string): unknown
}

/** A node:http handler (Express takes it as is) for the service's callbacks; unsigned or
 *  wrongly signed ones are answered 401 and never reach `events`. */
export function tunnelCallbacks(
  secret: string,
  events: TunnelEvents,
  log: Logger = silentLogger,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let text: string
    try {
      text = await readBody(req, 1024 * 1024)
    } catch {
      return sendJson(res, 413, { code: -1, message: 'callback body too large' })
    }
    const problem = signatureProblem(secret, req.headers[SIGNATURE_HEADER], text)
    if (problem) {
      log('warn', `tunnel callback refused: ${problem}`)
      return sendJson(res, 401, { code: -1, message: problem })
    }
    const body = JSON.parse(text) as {
      tunnelId: string
      type: string
      data?: { type: string; content?: unknown }
      reason?: string
    }
    if (body.type === 'connect') await events.connect?.(body.tunnelId)
    if (body.type === 'message' && body.data)
      await events.message?.(body.tunnelId, body.data.type, body.data.content)
    if (body.type === 'close') await events.close?.(body.tunnelId, body.reason ?? '')
    sendJson(res, 200, { code: 0 })
  }
}
