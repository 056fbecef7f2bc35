// Middleware for node:http: handlers for login and logout, and a wrapper that lets a handler run
// only with a valid session.

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Authenticator, SessionInfo } from '../auth/types.ts'
import { readBody, sendJson } from '../http-util.ts'
import {
  type Answer,
  SKEY_HEADER,
  failure,
  loginAnswer,
  logoutAnswer,
  sessionOrAnswer,
} from './core.ts'

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

const send = (res: ServerResponse, answer: Answer) => sendJson(res, answer.status, answer.body)

export function loginHandler(auth: Authenticator): Handler {
  return async (req, res) => {
    let body: string
    try {
      body = await readBody(req)
    } catch (e) {
      return send(res, failure(e))
    }
    send(res, await loginAnswer(auth, body))
  }
}

export function logoutHandler(auth: Authenticator): Handler {
  return async (req, res) => send(res, await logoutAnswer(auth, req.headers[SKEY_HEADER]))
}

export function withSession(
  auth: Authenticator,
  handler: (req: IncomingMessage, res: ServerResponse, session: SessionInfo) => unknown,
): Handler {
  return async (req, res) => {
    const found = await sessionOrAnswer(auth, req.headers[SKEY_HEADER])
    if ('answer' in found) return send(res, found.answer)
    await handler(req, res, found.session)
  }
}
