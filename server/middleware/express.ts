// Middleware for Express: `expressLogin` answers the login exchange (with or without
// express.json() before it), `expressSession` puts the caller's session on `req.wxSession` or
// answers 401.

import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Authenticator, SessionInfo } from '../auth/types.ts'
import { readBody } from '../http-util.ts'
import { SKEY_HEADER, failure, loginAnswer, logoutAnswer, sessionOrAnswer } from './core.ts'

declare module 'express-serve-static-core' {
  interface Request {
    wxSession?: SessionInfo
  }
}

export function expressLogin(auth: Authenticator): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body !== undefined ? Promise.resolve(req.body as unknown) : readBody(req)
    body
      .then((b) => loginAnswer(auth, b), failure)
      .then((a) => void res.status(a.status).json(a.body), next)
  }
}

export function expressLogout(auth: Authenticator): RequestHandler {
  return (req, res, next) => {
    logoutAnswer(auth, req.headers[SKEY_HEADER]).then(
      (a) => void res.status(a.status).json(a.body),
      next,
    )
  }
}

export function expressSession(auth: Authenticator): RequestHandler {
  return (req, res, next) => {
    sessionOrAnswer(auth, req.headers[SKEY_HEADER]).then((found) => {
      if ('answer' in found) return void res.status(found.answer.status).json(found.answer.body)
      req.wxSession = found.session
      next()
    }, next)
  }
}
